import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

import { createBalanceModel } from '@/utils/balance-model';

import { BalanceView } from '@/components/BalanceView';

import { HistoryPage } from './history/HistoryPage';
import { LicensePage } from './license/LicensePage';
import { SECTIONS, sectionFromHash, type SectionId } from './sections';
import { SettingsPage } from './settings/SettingsPage';
import { SmmPage } from './smm/SmmPage';

const balance = createBalanceModel();
const section = signal<SectionId>(sectionFromHash(location.hash));

const PAGES: Record<SectionId, () => preact.JSX.Element> = {
  settings: SettingsPage,
  smm: SmmPage,
  licenses: LicensePage,
  history: HistoryPage,
};

export function OptionsApp() {
  useEffect(() => {
    const onHash = () => (section.value = sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    const stopBalance = balance.follow();
    void balance.refresh();
    return () => {
      window.removeEventListener('hashchange', onHash);
      stopBalance();
    };
  }, []);

  const Page = PAGES[section.value];
  return (
    <div class="options">
      <header class="options__header">
        <h1 class="options__title">pale100</h1>
        <BalanceView state={balance.state.value} onRefresh={() => void balance.refresh()} />
      </header>
      <nav class="options__nav" aria-label="Sections">
        {SECTIONS.map(({ id, title }) => (
          <a
            key={id}
            href={`#${id}`}
            class="options__nav-link"
            aria-current={section.value === id ? 'page' : undefined}
          >
            {title}
          </a>
        ))}
      </nav>
      <main class="options__main">
        <Page />
      </main>
    </div>
  );
}

import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

import { createBalanceModel } from '@/utils/balance-model';
import { t } from '@/utils/i18n';

import { BalanceView } from '@/components/BalanceView';

import { HistoryPage } from './history/HistoryPage';
import { LicensePage } from './license/LicensePage';
import { SECTIONS, sectionFromHash, sectionTitle, type SectionId } from './sections';
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

  // The tab's title names the section, in the page's language.
  const pageTitle = t('optionsPageTitle', sectionTitle(section.value));
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);

  const Page = PAGES[section.value];
  return (
    <div class="options">
      <header class="options__header">
        <h1 class="options__title">{t('optionsHeading')}</h1>
        <BalanceView state={balance.state.value} onRefresh={() => void balance.refresh()} />
      </header>
      <nav class="options__nav" aria-label={t('optionsNavLabel')}>
        {SECTIONS.map(({ id }) => (
          <a
            key={id}
            href={`#${id}`}
            class="options__nav-link"
            aria-current={section.value === id ? 'page' : undefined}
          >
            {sectionTitle(id)}
          </a>
        ))}
      </nav>
      <main class="options__main">
        <Page />
      </main>
    </div>
  );
}

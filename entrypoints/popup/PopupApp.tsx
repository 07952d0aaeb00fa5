import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { BalanceView } from '@/components/BalanceView';

import { createBalanceModel } from './balance-model';

const balance = createBalanceModel();

export function PopupApp() {
  useEffect(() => {
    void balance.refresh();
  }, []);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">pale100</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      <BalanceView state={balance.state.value} onRefresh={() => void balance.refresh()} />
    </main>
  );
}

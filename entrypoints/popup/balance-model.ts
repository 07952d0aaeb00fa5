import { signal } from '@preact/signals';

import type { BalanceState } from '@/components/BalanceView';
import { askBackground } from '@/utils/messages';

/** The account balance as the popup shows it, asked of the service worker. */
export function createBalanceModel() {
  const state = signal<BalanceState>({ kind: 'loading' });
  let latest = 0;

  /** Asks again; a known amount stays on screen meanwhile, and only the newest answer counts. */
  async function refresh(): Promise<void> {
    const mine = ++latest;
    const current = state.value;
    state.value =
      current.kind === 'ready' ? { ...current, isRefreshing: true } : { kind: 'loading' };

    const result = await askBackground({ type: 'getBalance' });
    if (mine !== latest) return;

    state.value = result.ok
      ? { kind: 'ready', balance: result.value, isRefreshing: false }
      : { kind: 'failed', error: result };
  }

  return { state, refresh };
}

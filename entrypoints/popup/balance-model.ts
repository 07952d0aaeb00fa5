import { signal } from '@preact/signals';

import type { BalanceState } from '@/components/BalanceView';
import { askBackground } from '@/utils/messages';

/** The account balance as the popup shows it, asked of the service worker. */
export function createBalanceModel() {
  const state = signal<BalanceState>({ kind: 'loading' });

  async function refresh(): Promise<void> {
    state.value = { kind: 'loading' };
    const result = await askBackground({ type: 'getBalance' });
    state.value = result.ok
      ? { kind: 'ready', balance: result.value }
      : { kind: 'failed', error: result };
  }

  return { state, refresh };
}

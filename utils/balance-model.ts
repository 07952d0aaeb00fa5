import { signal } from '@preact/signals';

import type { BalanceState } from '@/components/BalanceView';

import { askBackground } from './messages';
import { balanceItem } from './storage';

/**
 * The account balance as a page shows it. The worker stores every balance the service reports
 * (after purchases and refunds too), and each page follows that stored value, so the popup and
 * the options page never disagree.
 */
export function createBalanceModel() {
  const state = signal<BalanceState>({ kind: 'loading' });
  let latest = 0;

  function show(stored: Awaited<ReturnType<typeof balanceItem.getValue>>): void {
    if (stored) state.value = { kind: 'ready', balance: stored.balance, isRefreshing: false };
  }

  /** Shows the stored balance at once and follows it; returns the unwatch function. */
  function follow(): () => void {
    void balanceItem.getValue().then((stored) => {
      if (state.value.kind === 'loading') show(stored);
    });
    return balanceItem.watch((stored) => {
      latest++;
      show(stored);
    });
  }

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

  return { state, follow, refresh };
}

export type BalanceModel = ReturnType<typeof createBalanceModel>;

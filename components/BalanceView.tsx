import type { Balance } from '@/utils/api';
import type { ErrorData } from '@/utils/errors';
import { formatMoney } from '@/utils/format';

export type BalanceState =
  | { kind: 'loading' }
  /** `isRefreshing` while the amount shown is being asked again. */
  | { kind: 'ready'; balance: Balance; isRefreshing?: boolean }
  | { kind: 'failed'; error: ErrorData };

interface Props {
  state: BalanceState;
  onRefresh: () => void;
}

/** The balance line: the amount, a refresh button, or why there is no amount. */
export function BalanceView({ state, onRefresh }: Props) {
  const isBusy = state.kind === 'loading' || (state.kind === 'ready' && state.isRefreshing);
  return (
    <section class="balance" aria-live="polite" aria-busy={isBusy}>
      <span class="balance__label">Balance</span>
      {state.kind === 'loading' && <span class="balance__value">…</span>}
      {state.kind === 'ready' && (
        <span class="balance__value" data-testid="balance">
          {formatMoney(state.balance.balance, state.balance.currency)}
        </span>
      )}
      {state.kind === 'failed' && (
        <span class="balance__error" role="alert" data-testid="balance-error">
          {state.error.message}
        </span>
      )}
      <button
        type="button"
        class="icon-button"
        onClick={onRefresh}
        aria-label="Refresh balance"
        disabled={isBusy}
      >
        ↻
      </button>
    </section>
  );
}

import type { Balance } from '@/utils/api';
import { describeError } from '@/utils/error-text';
import type { ErrorData } from '@/utils/errors';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';

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
      <span class="balance__label">{t('popupBalance')}</span>
      {state.kind === 'loading' && (
        <span class="balance__value">
          <span aria-hidden="true">…</span>
          <span class="sr-only">{t('popupBalanceLoading')}</span>
        </span>
      )}
      {state.kind === 'ready' && (
        <span class="balance__value" data-testid="balance">
          {formatMoney(state.balance.balance, state.balance.currency)}
        </span>
      )}
      {state.kind === 'failed' && (
        <span class="balance__error" role="alert" data-testid="balance-error">
          {describeError(state.error)}
        </span>
      )}
      <button
        type="button"
        class="icon-button"
        onClick={onRefresh}
        aria-label={t('popupRefreshBalance')}
        disabled={isBusy}
      >
        ↻
      </button>
    </section>
  );
}

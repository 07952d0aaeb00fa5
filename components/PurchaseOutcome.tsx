import type { PurchaseModel, PurchaseState } from '@/entrypoints/popup/purchase-model';
import { describeError } from '@/utils/error-text';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';
import { displayNumber } from '@/utils/phone-display';

interface Props {
  purchase: PurchaseModel;
  onOpenHistory: () => void;
}

/** What became of the last Buy click, with the one next step that makes sense. */
export function PurchaseOutcome({ purchase, onOpenHistory }: Props) {
  const state = purchase.state.value;
  if (state.kind === 'idle') return null;
  if (state.kind === 'bought' && state.duplicates.length > 0) {
    return <DuplicateWarning state={state} onDismiss={purchase.dismiss} />;
  }
  // Not an outcome yet; and once bought, the new order card at the top says it all.
  if (state.kind === 'sending' || state.kind === 'bought') return <Progress state={state} />;

  const isAlert = state.kind === 'failed' || state.kind === 'unknown';
  return (
    <section
      class={`outcome outcome--${state.kind}`}
      data-testid="purchase-outcome"
      role={isAlert ? 'alert' : 'status'}
      aria-live={isAlert ? 'assertive' : 'polite'}
    >
      <OutcomeBody state={state} purchase={purchase} onOpenHistory={onOpenHistory} />
      <button
        type="button"
        class="icon-button outcome__close"
        aria-label={t('popupDismiss')}
        onClick={purchase.dismiss}
      >
        ×
      </button>
    </section>
  );
}

type Settled = Exclude<PurchaseState, { kind: 'idle' | 'sending' | 'bought' }>;

function Progress({ state }: { state: Extract<PurchaseState, { kind: 'sending' | 'bought' }> }) {
  return (
    <p class={state.kind === 'sending' ? 'progress' : 'sr-only'} role="status">
      {state.kind === 'sending'
        ? t('popupBuying', state.option.label)
        : t('popupBought', displayNumber(state.order), formatMoney(state.order.priceTl))}
    </p>
  );
}

/** The service sold more than one number for one click; each is listed and can be refunded. */
function DuplicateWarning({
  state,
  onDismiss,
}: {
  state: Extract<PurchaseState, { kind: 'bought' }>;
  onDismiss: () => void;
}) {
  const numbers = state.duplicates.map((order) => displayNumber(order)).join(', ');
  const key = state.duplicates.length === 1 ? 'popupDuplicatesOne' : 'popupDuplicatesOther';
  return (
    <section class="outcome outcome--unknown" data-testid="purchase-duplicates" role="alert">
      <p>{t(key, state.duplicates.length + 1, numbers)}</p>
      <button
        type="button"
        class="icon-button outcome__close"
        aria-label={t('popupDismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </section>
  );
}

function OutcomeBody({ state, purchase, onOpenHistory }: Props & { state: Settled }) {
  switch (state.kind) {
    case 'wrong_price':
      return (
        <>
          <p>{state.message}</p>
          <p>{t('popupNewPrice', formatMoney(state.altPriceTl))}</p>
          <button type="button" data-testid="accept-price" onClick={purchase.acceptPrice}>
            {t('popupBuyAtPrice', formatMoney(state.altPriceTl))}
          </button>
        </>
      );
    case 'no_numbers':
      return (
        <>
          <p>{t('popupNothingCharged', state.message)}</p>
          {state.next && (
            <button
              type="button"
              data-testid="buy-next-cheapest"
              onClick={purchase.buyNextCheapest}
            >
              {t('popupBuyOptionAt', state.next.label, formatMoney(state.next.priceTl))}
            </button>
          )}
        </>
      );
    case 'failed':
      return (
        <>
          <p>{describeError(state.error)}</p>
          {state.error.requiredAmount !== undefined && (
            <p>{t('popupBalanceTooLow', formatMoney(state.error.requiredAmount))}</p>
          )}
        </>
      );
    case 'unknown':
      return (
        <>
          <p class="outcome__headline">{state.message}</p>
          <p>{t('popupAnswerLost')}</p>
          <button type="button" class="link" onClick={onOpenHistory}>
            {t('popupOpenHistory')}
          </button>
        </>
      );
  }
}

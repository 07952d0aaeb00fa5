import { useState } from 'preact/hooks';

import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';

interface Props {
  /** The first button's text, in the page's language: "Order", "Buy". Its price is added. */
  label: string;
  totalTl: number;
  /** What is paid for, in the confirmation: "500 × Twitter likes". */
  summary: string;
  /** False while the form is not valid: nothing can be confirmed then. */
  canSpend: boolean;
  /** True from the confirming click until the worker has answered. */
  isSending: boolean;
  onConfirm: () => void;
  /**
   * Called by the price button while `canSpend` is false, to say what is missing; without it
   * that button is disabled.
   */
  onRefused?: () => void;
}

/** Stands for the total while the question is split around it. */
const TOTAL_MARK = '\u0000';

/**
 * Spending money in two steps: the button with the price, then one confirmation showing the
 * total. The confirm button is gone while the request is out, so a double click sends once.
 */
export function ConfirmSpend({
  label,
  totalTl,
  summary,
  canSpend,
  isSending,
  onConfirm,
  onRefused,
}: Props) {
  const [isAsking, setAsking] = useState(false);
  const total = formatMoney(totalTl, 'TRY');
  // The question with the total in bold, wherever the language puts it.
  const [beforeTotal = '', afterTotal = ''] = t('optionsSpendQuestion', TOTAL_MARK, summary).split(
    TOTAL_MARK,
  );

  if (isSending) {
    return (
      <p class="confirm-spend" role="status" aria-busy="true" data-testid="spend-sending">
        {t('optionsSpendSending', total)}
      </p>
    );
  }

  if (!isAsking) {
    return (
      <button
        type="submit"
        class="primary"
        disabled={!canSpend && !onRefused}
        data-testid="spend"
        onClick={(event) => {
          event.preventDefault();
          if (canSpend) setAsking(true);
          else onRefused?.();
        }}
      >
        {label} · {total}
      </button>
    );
  }

  return (
    <div
      class="confirm-spend"
      role="group"
      aria-label={t('optionsSpendConfirmGroup')}
      data-testid="spend-confirm"
    >
      <p>
        {beforeTotal}
        <strong>{total}</strong>
        {afterTotal}
      </p>
      <button
        type="button"
        class="primary"
        data-testid="spend-yes"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('optionsSpendPay', total)}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('optionsSpendBack')}
      </button>
    </div>
  );
}

import { useState } from 'preact/hooks';

import { formatMoney } from '@/utils/format';

interface Props {
  /** The first button's text: "Order", "Buy". Its price is added to it. */
  label: string;
  totalTl: number;
  /** What is paid for, in the confirmation: "500 × Twitter likes". */
  summary: string;
  /** False while the form is not valid: nothing can be confirmed then. */
  canSpend: boolean;
  /** True from the confirming click until the worker has answered. */
  isSending: boolean;
  onConfirm: () => void;
}

/**
 * Spending money in two steps: the button with the price, then one confirmation showing the
 * total. The confirm button is gone while the request is out, so a double click sends once.
 */
export function ConfirmSpend({ label, totalTl, summary, canSpend, isSending, onConfirm }: Props) {
  const [isAsking, setAsking] = useState(false);
  const total = formatMoney(totalTl, 'TRY');

  if (isSending) {
    return (
      <p class="confirm-spend" role="status" aria-busy="true" data-testid="spend-sending">
        Sending… {total}
      </p>
    );
  }

  if (!isAsking) {
    return (
      <button
        type="submit"
        class="primary"
        disabled={!canSpend}
        data-testid="spend"
        onClick={(event) => {
          event.preventDefault();
          if (canSpend) setAsking(true);
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
      aria-label="Confirm payment"
      data-testid="spend-confirm"
    >
      <p>
        Pay <strong>{total}</strong> for {summary}?
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
        Pay {total}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Back
      </button>
    </div>
  );
}

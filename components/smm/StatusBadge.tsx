import type { SmmOrderStatus } from '@/utils/api';

const MARKS: Record<SmmOrderStatus, string> = {
  pending: '…',
  processing: '↻',
  partial: '◐',
  completed: '✓',
  canceled: '✕',
  refunded: '↩',
  error: '!',
};

/** An order's status as a word with a mark and a colour, so no cue stands alone. */
export function StatusBadge({ status }: { status: SmmOrderStatus }) {
  return (
    <span class={`smm-status smm-status--${status}`} data-testid="smm-status" data-status={status}>
      <span aria-hidden="true">{MARKS[status]} </span>
      {status}
    </span>
  );
}

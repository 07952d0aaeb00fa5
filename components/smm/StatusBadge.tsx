import type { SmmOrderStatus } from '@/utils/api';
import { t, type MessageKey } from '@/utils/i18n';

const MARKS: Record<SmmOrderStatus, string> = {
  pending: '…',
  processing: '↻',
  partial: '◐',
  completed: '✓',
  canceled: '✕',
  refunded: '↩',
  error: '!',
};

const WORDS: Record<SmmOrderStatus, MessageKey> = {
  pending: 'smmStatusPending',
  processing: 'smmStatusProcessing',
  partial: 'smmStatusPartial',
  completed: 'smmStatusCompleted',
  canceled: 'smmStatusCanceled',
  refunded: 'smmStatusRefunded',
  error: 'smmStatusError',
};

/** An order's status as a person reads it, in the current language. */
export function smmStatusText(status: SmmOrderStatus): string {
  return t(WORDS[status]);
}

/** An order's status as a word with a mark and a colour, so no cue stands alone. */
export function StatusBadge({ status }: { status: SmmOrderStatus }) {
  return (
    <span class={`smm-status smm-status--${status}`} data-testid="smm-status" data-status={status}>
      <span aria-hidden="true">{MARKS[status]} </span>
      {smmStatusText(status)}
    </span>
  );
}

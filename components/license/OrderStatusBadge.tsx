import type { LicenseOrderStatus } from '@/utils/api';
import { t, type MessageKey } from '@/utils/i18n';

const WORDS: Record<LicenseOrderStatus, MessageKey> = {
  pending: 'licenseStatusPending',
  success: 'licenseStatusDelivered',
  failed: 'licenseStatusFailed',
};

/** The status of a license order as a word on a coloured badge (the word, not the colour, tells). */
export function OrderStatusBadge({ status }: { status: LicenseOrderStatus }) {
  return (
    <span class={`license-badge license-badge--${status}`} data-testid="order-status">
      {t(WORDS[status])}
    </span>
  );
}

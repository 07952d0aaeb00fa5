import type { LicenseOrderStatus } from '@/utils/api';

const WORDS: Record<LicenseOrderStatus, string> = {
  pending: 'Pending',
  success: 'Delivered',
  failed: 'Failed',
};

/** The status of a license order as a word on a coloured badge. */
export function OrderStatusBadge({ status }: { status: LicenseOrderStatus }) {
  return (
    <span class={`license-badge license-badge--${status}`} data-testid="order-status">
      {WORDS[status]}
    </span>
  );
}

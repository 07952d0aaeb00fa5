/**
 * How orders read in the popup: which are active, what the countdowns and the cancel button
 * say. Pure, with the service's time passed in; the words are those of the current language.
 */
import { t, type MessageKey } from '@/utils/i18n';
import {
  cancelState,
  isPending,
  sortNewestFirst,
  statusAfterExpiry,
  type NumberOrder,
  type OrderStatus,
} from '@/utils/orders';

export const RECENT_LIMIT = 5;

const pad = (value: number) => String(value).padStart(2, '0');

/** "04:59", or "1:59:59" with `withHours`; never below zero. */
export function formatCountdown(ms: number, withHours: boolean): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (withHours) return `${hours}:${pad(minutes)}:${pad(seconds)}`;

  return `${pad(hours * 60 + minutes)}:${pad(seconds)}`;
}

/** Rentals and physical-SIM rents run for hours; activations for minutes. */
export function hasLongCountdown(order: NumberOrder): boolean {
  return order.product === 'rental' || (order.durationHours ?? 0) > 0;
}

/** The time left before the number expires, as the order card shows it. */
export function expiryCountdown(order: NumberOrder, now: number): string {
  return formatCountdown(order.expiresAt - now, hasLongCountdown(order));
}

export interface CancelButton {
  label: string;
  disabled: boolean;
}

/** The cancel button of an order: waiting out the first two minutes, open, or gone (`null`). */
export function cancelButton(order: NumberOrder, now: number): CancelButton | null {
  const state = cancelState(order, now);
  if (state.kind === 'closed') return null;
  if (state.kind === 'open') return { label: t('popupCancelRefund'), disabled: false };

  const total = Math.max(0, Math.ceil((state.availableAt - now) / 1000));
  const wait = `${Math.floor(total / 60)}:${pad(total % 60)}`;
  return { label: t('popupCancelIn', wait), disabled: true };
}

/** The status as shown: a pending order past its time reads as what it is about to become. */
export function shownStatus(order: NumberOrder, now: number): OrderStatus {
  return isPending(order) && now >= order.expiresAt ? statusAfterExpiry(order) : order.status;
}

const STATUS_LABELS: Record<OrderStatus, MessageKey> = {
  pending: 'popupStatusPending',
  received: 'popupStatusReceived',
  canceled: 'popupStatusCanceled',
  expired: 'popupStatusExpired',
};

export function statusLabel(status: OrderStatus): string {
  return t(STATUS_LABELS[status]);
}

/** Worth watching: waiting for its SMS, or holding a code that is still within its time. */
export function isActive(order: NumberOrder, now: number): boolean {
  return isPending(order) || (order.status === 'received' && now < order.expiresAt);
}

/** The orders worth watching, newest first. */
export function activeOrders(orders: readonly NumberOrder[], now: number): NumberOrder[] {
  return sortNewestFirst(orders.filter((order) => isActive(order, now)));
}

/**
 * The last few orders that are over (cancelled, expired, or their code's time passed), newest
 * first. A code still in its time shows in its active card only, not twice.
 */
export function recentOrders(
  orders: readonly NumberOrder[],
  now: number,
  limit = RECENT_LIMIT,
): NumberOrder[] {
  return sortNewestFirst(orders.filter((order) => !isActive(order, now))).slice(0, limit);
}

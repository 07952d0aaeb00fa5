/**
 * A number order as the extension keeps it: one shape for the three number products, written
 * the moment the service confirms a purchase and updated by every poll. Pure functions only, so
 * the service worker, the popup and the options page read orders the same way.
 */
import type { ActivationStatus } from './api';
import type { PhoneParts } from './phone';

export type NumberProduct = 'virtual' | 'physical' | 'rental';

export type OrderStatus = ActivationStatus;

export interface OrderMessage {
  /** When the SMS arrived, ISO 8601, as the service reports it (or when it was first seen). */
  date: string;
  from: string | null;
  text: string;
  /** The code a person would type, extracted from `text`; `null` when there is none. */
  code: string | null;
}

export interface NumberOrder {
  /** `product:activationId`, unique across the three products. */
  key: string;
  product: NumberProduct;
  activationId: number;
  /** Digits with the country prefix, as the API gives them ("447543691031"). */
  number: string;
  /** The number split and formatted; absent on orders stored by an older version. */
  phone?: PhoneParts;
  serviceName: string | null;
  countryCode: string;
  countryName: string | null;
  operator: string | null;
  /** Rent length of physical-SIM and rental orders; 0 or null for a short activation. */
  durationHours: number | null;
  durationText: string | null;
  priceTl: number;
  /** Times in the service's clock, in ms since the epoch (see `utils/server-clock.ts`). */
  createdAt: number;
  expiresAt: number;
  status: OrderStatus;
  messages: OrderMessage[];
  refundedTl: number | null;
  /** How the order became known: bought here, found after a lost answer, or read from history. */
  source: 'purchase' | 'adopted' | 'history';
  /** False while a code has arrived that the popup has not shown yet. */
  seen: boolean;
  /** Set once an automatic cancel was tried, so it is never tried twice. */
  autoCancelTried?: boolean;
  /** The tab and its page's origin where the number was filled: where its code may go. */
  fillTarget?: { tabId: number; origin: string };
}

/** Orders whose number or code may still be wanted in a form: waiting, or a code not expired. */
export function isFillable(order: NumberOrder, now: number): boolean {
  return isPending(order) || (order.status === 'received' && now < order.expiresAt);
}

/** The refund window after purchase, in minutes, as the API documents it per product. */
export const REFUND_WINDOW_MINUTES: Record<NumberProduct, number> = {
  virtual: 15,
  physical: 20,
  rental: 20,
};

/** No cancel is accepted in the first two minutes (the service's spam guard). */
export const CANCEL_LOCK_MS = 2 * 60 * 1000;

export function orderKey(product: NumberProduct, activationId: number): string {
  return `${product}:${activationId}`;
}

export function isPending(order: NumberOrder): boolean {
  return order.status === 'pending';
}

export function latestCode(order: NumberOrder): string | null {
  for (let index = order.messages.length - 1; index >= 0; index--) {
    const code = order.messages[index]?.code;
    if (code) return code;
  }

  return null;
}

export type CancelState =
  /** Too early: `availableAt` is when the service starts accepting it. */
  | { kind: 'locked'; availableAt: number }
  | { kind: 'open'; closesAt: number }
  /** Not refundable any more: the window passed, an SMS came, or the order is over. */
  | { kind: 'closed' };

/** Whether a cancel with refund can be asked for at `now` (the service's clock). */
export function cancelState(order: NumberOrder, now: number): CancelState {
  if (!isPending(order) || order.messages.length > 0) return { kind: 'closed' };

  const closesAt = order.createdAt + REFUND_WINDOW_MINUTES[order.product] * 60_000;
  if (now >= closesAt) return { kind: 'closed' };

  const availableAt = order.createdAt + CANCEL_LOCK_MS;
  return now < availableAt ? { kind: 'locked', availableAt } : { kind: 'open', closesAt };
}

/** What a pending order becomes once its time is up, without asking the service. */
export function statusAfterExpiry(order: NumberOrder): OrderStatus {
  return order.messages.length > 0 ? 'received' : 'expired';
}

/** Newest first, the order every list of the extension uses. */
export function sortNewestFirst(orders: NumberOrder[]): NumberOrder[] {
  return [...orders].sort((a, b) => b.createdAt - a.createdAt || b.activationId - a.activationId);
}

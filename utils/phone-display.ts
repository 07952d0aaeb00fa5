/**
 * Phone numbers as people read them: "+44 7543 691031". The service worker splits and formats
 * each order's number once (`utils/phone.ts`); pages only show the result.
 */
import type { NumberOrder } from './orders';

/** The international form of an order's number; "+" and the digits for an older order. */
export function displayNumber(order: Pick<NumberOrder, 'number' | 'phone'>): string {
  return order.phone?.international ?? `+${order.number.replace(/\D/g, '')}`;
}

/** A number order for tests: a pending WhatsApp number from the UK, changed by `overrides`. */
import type { NumberOrder } from '@/utils/orders';

/** 2026-05-19 12:30 in Turkey, the time of the documentation's examples. */
export const T0 = Date.parse('2026-05-19T12:30:00+03:00');

export function makeOrder(overrides: Partial<NumberOrder> = {}): NumberOrder {
  return {
    key: 'virtual:54210',
    product: 'virtual',
    activationId: 54210,
    number: '447543691031',
    serviceName: 'WhatsApp',
    countryCode: 'GB',
    countryName: 'Birleşik Krallık (+44)',
    operator: 'any',
    durationHours: null,
    durationText: null,
    priceTl: 4.46,
    createdAt: T0,
    expiresAt: T0 + 20 * 60_000,
    status: 'pending',
    messages: [],
    refundedTl: null,
    source: 'purchase',
    seen: true,
    ...overrides,
  };
}

import { describe, expect, it } from 'vitest';

import { prune } from '@/entrypoints/background/order-store';
import { mergeHistory } from '@/entrypoints/background/reconcile';
import { cancelState, latestCode, statusAfterExpiry, type NumberOrder } from '@/utils/orders';
import { nextOffset, parseDateHeader } from '@/utils/server-clock';
import { T0, makeOrder as order } from '../helpers/order-fixture';

const sms = (code: string | null) => ({
  date: '2026-05-19T12:31:00+03:00',
  from: null,
  text: 'x',
  code,
});

describe('the refund window of an order', () => {
  it('is locked for two minutes, open until minute 15, then closed', () => {
    expect(cancelState(order(), T0 + 60_000)).toEqual({
      kind: 'locked',
      availableAt: T0 + 120_000,
    });
    expect(cancelState(order(), T0 + 121_000)).toEqual({ kind: 'open', closesAt: T0 + 900_000 });
    expect(cancelState(order(), T0 + 900_000)).toEqual({ kind: 'closed' });
  });

  it('stays open until minute 20 for physical SIM and rental numbers', () => {
    expect(cancelState(order({ product: 'rental' }), T0 + 1000_000).kind).toBe('open');
    expect(cancelState(order({ product: 'physical' }), T0 + 1200_000).kind).toBe('closed');
  });

  it('closes once an SMS has arrived or the order is over', () => {
    expect(cancelState(order({ messages: [sms('1234')] }), T0 + 200_000).kind).toBe('closed');
    expect(cancelState(order({ status: 'canceled' }), T0 + 200_000).kind).toBe('closed');
  });
});

describe('an order at its end', () => {
  it('is received when an SMS came and expired otherwise', () => {
    expect(statusAfterExpiry(order({ messages: [sms(null)] }))).toBe('received');
    expect(statusAfterExpiry(order())).toBe('expired');
  });

  it('shows its newest code', () => {
    expect(latestCode(order({ messages: [sms('1111'), sms(null), sms('2222')] }))).toBe('2222');
    expect(latestCode(order())).toBeNull();
  });
});

describe('the stored history', () => {
  it('keeps pending orders and the newest finished ones when over the cap', () => {
    const orders = Object.fromEntries(
      [1, 2, 3, 4].map((id) => [
        `virtual:${id}`,
        order({
          key: `virtual:${id}`,
          activationId: id,
          createdAt: T0 + id,
          status: id === 1 ? 'pending' : 'expired',
        }),
      ]),
    );

    const kept = prune(orders, 2);

    expect(Object.keys(kept).sort()).toEqual(['virtual:1', 'virtual:4']);
  });

  it('takes a finished status from the service but never reopens an order', () => {
    const orders = {
      'virtual:1': order({ key: 'virtual:1', activationId: 1 }),
      'virtual:2': order({ key: 'virtual:2', activationId: 2, status: 'canceled' }),
    };
    const item = (id: number, status: NumberOrder['status']) => ({
      activation_id: id,
      country_code: 'GB',
      number: '447543691031',
      price_tl: 4.46,
      order_status: status,
      otp: status === 'received' ? '482917' : null,
      created_at: '2026-05-19T12:30:00+03:00',
    });

    mergeHistory(orders, 'virtual', [item(1, 'received'), item(2, 'pending')]);

    expect(orders['virtual:1']).toMatchObject({
      status: 'received',
      messages: [{ code: '482917' }],
    });
    expect(orders['virtual:2']?.status).toBe('canceled');
  });
});

describe("the service's clock", () => {
  it('reads HTTP dates and ignores what it cannot read', () => {
    expect(parseDateHeader('Tue, 19 May 2026 09:30:00 GMT')).toBe(T0);
    expect(parseDateHeader('soon')).toBeNull();
    expect(parseDateHeader(null)).toBeNull();
  });

  it('moves its offset only for differences the header can show', () => {
    expect(nextOffset(0, T0 - 800, T0)).toBe(0);
    expect(nextOffset(0, T0 + 150_000, T0)).toBe(150_000);
  });
});

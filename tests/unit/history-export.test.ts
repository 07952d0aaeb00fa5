import { describe, expect, it } from 'vitest';

import { historyToCsv, historyToJson } from '@/utils/history-export';

import { T0, makeOrder } from '../helpers/order-fixture';

describe('exporting the history', () => {
  it('writes one CSV line per order, newest first, under a header', () => {
    const older = makeOrder({ key: 'virtual:1', activationId: 1, status: 'expired' });
    const newer = makeOrder({
      key: 'virtual:2',
      activationId: 2,
      createdAt: T0 + 60_000,
      status: 'received',
      messages: [{ date: '2026-05-19T12:31:00+03:00', from: null, text: 'x', code: '482917' }],
    });

    const lines = historyToCsv([older, newer]).trimEnd().split('\r\n');

    expect(lines[0]).toBe(
      'product,activation_id,number,service,country,price_tl,status,created_at,expires_at,codes,refunded_tl',
    );
    expect(lines[1]).toMatch(/^virtual,2,447543691031,WhatsApp,GB,4.46,received,.*,482917,$/);
    expect(lines[2]).toMatch(/^virtual,1,/);
  });

  it('quotes cells that hold commas or quotes', () => {
    const order = makeOrder({ serviceName: 'Twitter, "X"' });

    expect(historyToCsv([order])).toContain('"Twitter, ""X"""');
  });

  it('keeps every field in the JSON export', () => {
    const order = makeOrder({ refundedTl: 4.46, status: 'canceled' });

    expect(JSON.parse(historyToJson([order]))).toEqual([order]);
  });
});

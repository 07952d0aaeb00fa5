import { describe, expect, it } from 'vitest';

import type { LicenseOrder, SmmOrder } from '@/utils/api';
import {
  NO_FILTER,
  checkDateRange,
  filterRows,
  licenseRow,
  localDay,
  localDayStart,
  numberRow,
  smmRefund,
  smmRow,
  toHistoryRows,
  totalSpent,
  type HistoryRow,
} from '@/utils/history';

import { T0, makeOrder } from '../helpers/order-fixture';

function smmOrder(overrides: Partial<SmmOrder> = {}): SmmOrder {
  return {
    order_id: 1284,
    service_id: 10,
    service_name: 'Twitter Anlık Beğeni',
    link: 'https://x.com/elonmusk/status/20503',
    quantity: 500,
    comments: null,
    extras: [],
    total_price_tl: 99.19,
    order_status: 'processing',
    start_count: 120,
    remains: 380,
    created_at: '2026-05-19T14:30:00+03:00',
    ...overrides,
  };
}

function licenseOrder(overrides: Partial<LicenseOrder> = {}): LicenseOrder {
  return {
    order_id: 1280,
    product_id: 1885200,
    product_name: 'Adobe Creative Cloud - 14 Günlük',
    amount_tl: 50,
    order_status: 'success',
    delivery_data: 'ClementKaya1234@outlook.com:abcdEFGH2345',
    order_params: {},
    created_at: '2026-05-19T13:00:00+03:00',
    ...overrides,
  };
}

describe('number orders in the history', () => {
  it('show the number, the codes and the price, and cost the price', () => {
    const row = numberRow(
      makeOrder({
        status: 'received',
        messages: [
          { date: '2026-05-19T12:31:00+03:00', from: null, text: 'a', code: '482917' },
          { date: '2026-05-19T12:32:00+03:00', from: null, text: 'no code', code: null },
        ],
      }),
    );

    expect(row).toMatchObject({
      key: 'virtual:54210',
      product: 'virtual',
      id: 54210,
      item: 'WhatsApp',
      country: 'Birleşik Krallık (+44)',
      number: '447543691031',
      codes: ['482917'],
      detail: '+447543691031 · 482917',
      status: 'received',
      group: 'done',
      createdAt: T0,
      priceTl: 4.46,
      spentTl: 4.46,
    });
  });

  it('group every number status', () => {
    const groupOf = (status: 'pending' | 'received' | 'canceled' | 'expired') =>
      numberRow(makeOrder({ status })).group;

    expect(groupOf('pending')).toBe('active');
    expect(groupOf('received')).toBe('done');
    expect(groupOf('canceled')).toBe('refunded');
    expect(groupOf('expired')).toBe('failed');
  });

  it('take the refund off, and count a cancel of unknown refund as refunded in full', () => {
    expect(numberRow(makeOrder({ status: 'canceled', refundedTl: 4.46 })).spentTl).toBe(0);
    expect(numberRow(makeOrder({ status: 'canceled', refundedTl: null })).spentTl).toBe(0);
    expect(numberRow(makeOrder({ priceTl: 10, refundedTl: 3.3, status: 'received' })).spentTl).toBe(
      6.7,
    );
    expect(numberRow(makeOrder({ status: 'expired' })).spentTl).toBe(4.46);
  });

  it('name a rental without a service by its length', () => {
    const row = numberRow(
      makeOrder({ product: 'rental', serviceName: null, durationText: '2 saat', key: 'rental:1' }),
    );

    expect(row).toMatchObject({ product: 'rental', item: 'Rent, 2 saat', key: 'rental:54210' });
  });
});

describe('SMM orders in the history', () => {
  it('show the link and the delivery progress while active', () => {
    const row = smmRow(smmOrder());

    expect(row).toMatchObject({
      key: 'smm:1284',
      product: 'smm',
      id: 1284,
      item: 'Twitter Anlık Beğeni',
      link: 'https://x.com/elonmusk/status/20503',
      quantity: 500,
      detail: 'https://x.com/elonmusk/status/20503 · 120 of 500 delivered',
      status: 'processing',
      group: 'active',
      createdAt: Date.parse('2026-05-19T14:30:00+03:00'),
      priceTl: 99.19,
      spentTl: 99.19,
    });
  });

  it('group every SMM status', () => {
    const groups = (
      ['pending', 'processing', 'partial', 'completed', 'canceled', 'refunded', 'error'] as const
    ).map((order_status) => smmRow(smmOrder({ order_status })).group);

    expect(groups).toEqual(['active', 'active', 'done', 'done', 'refunded', 'refunded', 'failed']);
  });

  it('refund the undelivered share of a partial order', () => {
    // 60 % of 500 delivered: 200 remain, 200/500 of 99.19 back.
    const order = smmOrder({ order_status: 'partial', remains: 200 });

    expect(smmRefund(order)).toBe(39.68);
    expect(smmRow(order).spentTl).toBe(59.51);
    expect(smmRow(order).detail).toBe('https://x.com/elonmusk/status/20503 · 500 ordered');
  });

  it('give everything back for canceled, refunded and error, and nothing for completed', () => {
    for (const order_status of ['canceled', 'refunded', 'error'] as const) {
      expect(smmRow(smmOrder({ order_status })).spentTl).toBe(0);
    }
    expect(smmRow(smmOrder({ order_status: 'completed', remains: 0 })).spentTl).toBe(99.19);
    expect(smmRow(smmOrder({ order_status: 'partial', remains: null })).spentTl).toBe(99.19);
  });
});

describe('license orders in the history', () => {
  it('show the delivery once delivered', () => {
    expect(licenseRow(licenseOrder())).toMatchObject({
      key: 'license:1280',
      product: 'license',
      id: 1280,
      item: 'Adobe Creative Cloud - 14 Günlük',
      delivery: 'ClementKaya1234@outlook.com:abcdEFGH2345',
      detail: 'Delivered · shown under Licenses',
      group: 'done',
      priceTl: 50,
      spentTl: 50,
    });
  });

  it('say a delivery is awaited, and cost nothing once failed', () => {
    const pending = licenseRow(licenseOrder({ order_status: 'pending', delivery_data: null }));
    const failed = licenseRow(licenseOrder({ order_status: 'failed', delivery_data: null }));

    expect(pending).toMatchObject({ group: 'active', detail: 'Waiting for delivery', spentTl: 50 });
    expect(failed).toMatchObject({ group: 'failed', spentTl: 0, delivery: null });
  });
});

function allRows(): HistoryRow[] {
  return toHistoryRows({
    numbers: {
      'virtual:54210': makeOrder({ status: 'received' }),
      'rental:54211': makeOrder({
        key: 'rental:54211',
        product: 'rental',
        activationId: 54211,
        number: '33612345678',
        serviceName: null,
        countryName: 'Fransa',
        countryCode: 'FR',
        priceTl: 85.5,
        status: 'canceled',
        refundedTl: 85.5,
        createdAt: T0 - 2 * 86_400_000,
      }),
    },
    smm: { 1284: smmOrder() },
    licenses: { 1280: licenseOrder() },
  });
}

describe('the history table', () => {
  it('puts every product together, newest first', () => {
    expect(allRows().map((row) => row.key)).toEqual([
      'smm:1284',
      'license:1280',
      'virtual:54210',
      'rental:54211',
    ]);
  });

  it('breaks ties of time by the higher id', () => {
    const rows = toHistoryRows({
      numbers: {},
      smm: { 1: smmOrder({ order_id: 1 }), 2: smmOrder({ order_id: 2 }) },
      licenses: {},
    });

    expect(rows.map((row) => row.id)).toEqual([2, 1]);
  });

  it('filters by product and by status group', () => {
    const keys = (filter: Partial<typeof NO_FILTER>) =>
      filterRows(allRows(), { ...NO_FILTER, ...filter }).map((row) => row.key);

    expect(keys({})).toHaveLength(4);
    expect(keys({ product: 'smm' })).toEqual(['smm:1284']);
    expect(keys({ product: 'rental' })).toEqual(['rental:54211']);
    expect(keys({ group: 'done' })).toEqual(['license:1280', 'virtual:54210']);
    expect(keys({ group: 'refunded' })).toEqual(['rental:54211']);
    expect(keys({ product: 'virtual', group: 'active' })).toEqual([]);
  });

  it('filters by local days, both ends included', () => {
    const day = localDay(T0);
    const twoDaysBefore = localDay(T0 - 2 * 86_400_000);
    const keys = (from: string, to: string) =>
      filterRows(allRows(), { ...NO_FILTER, from, to }).map((row) => row.key);

    expect(keys(twoDaysBefore, twoDaysBefore)).toEqual(['rental:54211']);
    expect(keys('', twoDaysBefore)).toEqual(['rental:54211']);
    expect(keys(day, '')).not.toContain('rental:54211');
    expect(keys(day, day)).toContain('virtual:54210');
  });

  it('includes the whole end day and nothing of the next', () => {
    const start = localDayStart('2026-03-10') ?? 0;
    const rows = [start - 1, start, start + 86_399_000].map((createdAt, index) =>
      numberRow(makeOrder({ activationId: index, createdAt })),
    );

    const shown = filterRows(rows, { ...NO_FILTER, from: '2026-03-10', to: '2026-03-10' });

    expect(shown.map((row) => row.id)).toEqual([1, 2]);
  });

  it('refuses a range that ends before it starts, or a day that does not exist', () => {
    expect(checkDateRange('2026-05-20', '2026-05-19')).toBe(
      'The start date is after the end date.',
    );
    expect(checkDateRange('2026-02-30', '')).toBe('The start date is not a date.');
    expect(checkDateRange('', 'soon')).toBe('The end date is not a date.');
    expect(checkDateRange('2026-05-19', '2026-05-19')).toBeNull();
    expect(filterRows(allRows(), { ...NO_FILTER, from: '2026-05-20', to: '2026-05-19' })).toEqual(
      [],
    );
  });

  it('searches names, numbers, links and ids, ignoring case and Turkish letters', () => {
    const keys = (search: string) =>
      filterRows(allRows(), { ...NO_FILTER, search }).map((row) => row.key);

    expect(keys('whatsapp')).toEqual(['virtual:54210']);
    expect(keys('ANLIK BEGENI')).toEqual(['smm:1284']);
    expect(keys('status/20503')).toEqual(['smm:1284']);
    expect(keys('+44 7543 69')).toEqual(['virtual:54210']);
    expect(keys('adobe')).toEqual(['license:1280']);
    expect(keys('1280')).toEqual(['license:1280']);
    expect(keys('fransa')).toEqual(['rental:54211']);
    expect(keys('   ')).toHaveLength(4);
    expect(keys('nothing like it')).toEqual([]);
  });

  it('totals what was spent, refunds taken off', () => {
    const rows = allRows();

    // 99.19 (SMM) + 50 (license) + 4.46 (number) + 0 (refunded rental)
    expect(totalSpent(rows)).toBe(153.65);
    expect(totalSpent(filterRows(rows, { ...NO_FILTER, group: 'refunded' }))).toBe(0);
    expect(totalSpent([])).toBe(0);
  });
});

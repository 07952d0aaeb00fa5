import { describe, expect, it } from 'vitest';

import type { LicenseOrder, SmmOrder } from '@/utils/api';
import { licenseRow, numberRow, smmRow } from '@/utils/history';
import { historyFileName, historyToCsv, historyToJson } from '@/utils/history-export';

import { T0, makeOrder } from '../helpers/order-fixture';

const smm: SmmOrder = {
  order_id: 1280,
  service_id: 1,
  service_name: 'Tweet Görüntülenme',
  link: 'https://x.com/a/status/1',
  quantity: 100,
  comments: null,
  extras: [],
  total_price_tl: 0.15,
  order_status: 'processing',
  start_count: 0,
  remains: 100,
  created_at: '2026-05-19T14:30:00+03:00',
};

const license: LicenseOrder = {
  order_id: 1281,
  product_id: 1885200,
  product_name: 'Adobe Creative Cloud - 14 Günlük',
  amount_tl: 50,
  order_status: 'failed',
  delivery_data: null,
  order_params: {},
  created_at: '2026-05-19T13:00:00+03:00',
};

describe('exporting the history', () => {
  it('writes one CSV line per row under a header, with CRLF line ends', () => {
    const number = numberRow(
      makeOrder({
        activationId: 2,
        createdAt: T0 + 60_000,
        status: 'received',
        messages: [{ date: '2026-05-19T12:31:00+03:00', from: null, text: 'x', code: '482917' }],
      }),
    );
    const csv = historyToCsv([smmRow(smm), number, licenseRow(license)]);
    const lines = csv.split('\r\n');

    expect(lines[0]).toBe(
      'product,order_id,item,country,number,link,quantity,codes,delivery,status,status_group,price_tl,refunded_tl,spent_tl,created_at',
    );
    expect(lines[1]).toBe(
      'smm,1280,Tweet Görüntülenme,,,https://x.com/a/status/1,100,,,processing,active,0.15,0,0.15,2026-05-19T11:30:00.000Z',
    );
    expect(lines[2]).toBe(
      `virtual,2,WhatsApp,Birleşik Krallık (+44),447543691031,,,482917,,received,done,4.46,0,4.46,${new Date(T0 + 60_000).toISOString()}`,
    );
    expect(lines[3]).toMatch(
      /^license,1281,Adobe Creative Cloud - 14 Günlük,.*,failed,failed,50,50,0,/,
    );
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('quotes cells that hold commas, quotes or line breaks', () => {
    const quoted = numberRow(makeOrder({ serviceName: 'Twitter, "X"' }));
    const multiline = licenseRow({ ...license, order_status: 'success', delivery_data: 'a\nb' });

    const csv = historyToCsv([quoted, multiline]);

    expect(csv).toContain(',"Twitter, ""X""",');
    expect(csv).toContain(',"a\nb",');
  });

  it('keeps every row and the order as stored in the JSON export', () => {
    const order = makeOrder({ refundedTl: 4.46, status: 'canceled' });

    const [item] = JSON.parse(historyToJson([numberRow(order), smmRow(smm)])) as Record<
      string,
      unknown
    >[];

    expect(item).toMatchObject({
      key: 'virtual:54210',
      group: 'refunded',
      spentTl: 0,
      createdAt: new Date(T0).toISOString(),
      order,
    });
  });

  it('names the files by the day', () => {
    expect(historyFileName('2026-05-19', 'csv')).toBe('pale100-history-2026-05-19.csv');
    expect(historyFileName('2026-05-19', 'json')).toBe('pale100-history-2026-05-19.json');
  });
});

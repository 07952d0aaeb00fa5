import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createHistoryModel } from '@/entrypoints/options/history/history-model';
import { createHistoryToolsModel } from '@/entrypoints/options/history/history-tools-model';
import type { LicenseOrder, SmmOrder } from '@/utils/api';
import { numberRow } from '@/utils/history';
import type { BackgroundRequest } from '@/utils/messages';
import { licenseOrdersItem, ordersItem, smmOrdersItem } from '@/utils/storage';

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
  created_at: new Date(T0 + 60_000).toISOString(),
};

const license: LicenseOrder = {
  order_id: 1290,
  product_id: 1885200,
  product_name: 'Adobe Creative Cloud - 14 Günlük',
  amount_tl: 50,
  order_status: 'success',
  delivery_data: 'KEY-1',
  order_params: {},
  created_at: new Date(T0 + 120_000).toISOString(),
};

async function settled(): Promise<void> {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function numbers(count: number) {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => {
      const order = makeOrder({
        key: `virtual:${index}`,
        activationId: index,
        createdAt: T0 - index * 1000,
      });
      return [order.key, order];
    }),
  );
}

describe('the history model', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the three stores into one list, newest first, and totals it', async () => {
    await ordersItem.setValue(numbers(1));
    await smmOrdersItem.setValue({ 1280: smm });
    await licenseOrdersItem.setValue({ 1290: license });
    const model = createHistoryModel();

    expect(model.load.value.kind).toBe('loading');
    const stop = model.follow();
    await settled();

    expect(model.load.value.kind).toBe('ready');
    expect(model.filtered.value.map((row) => row.key)).toEqual([
      'license:1290',
      'smm:1280',
      'virtual:0',
    ]);
    expect(model.total.value).toBe(54.61);
    stop();
  });

  it('follows the stores while the page is open, and stops when asked', async () => {
    const model = createHistoryModel();
    const stop = model.follow();
    await settled();
    expect(model.rows.value).toEqual([]);

    await smmOrdersItem.setValue({ 1280: smm });
    await settled();
    expect(model.rows.value.map((row) => row.key)).toEqual(['smm:1280']);

    await smmOrdersItem.setValue({ 1280: { ...smm, order_status: 'completed', remains: 0 } });
    await settled();
    expect(model.rows.value[0]?.group).toBe('done');

    stop();
    await licenseOrdersItem.setValue({ 1290: license });
    await settled();
    expect(model.rows.value).toHaveLength(1);
  });

  it('pages the filtered rows and goes back to page one when a filter changes', async () => {
    await ordersItem.setValue(numbers(7));
    await smmOrdersItem.setValue({ 1280: smm });
    const model = createHistoryModel(3);
    model.follow();
    await settled();

    expect(model.totalPages.value).toBe(3);
    expect(model.pageRows.value.map((row) => row.key)).toEqual([
      'smm:1280',
      'virtual:0',
      'virtual:1',
    ]);
    model.goToPage(3);
    expect(model.pageRows.value.map((row) => row.key)).toEqual(['virtual:5', 'virtual:6']);
    model.goToPage(9);
    expect(model.page.value).toBe(3);

    model.setFilter({ product: 'virtual' });
    expect(model.page.value).toBe(1);
    expect(model.filtered.value).toHaveLength(7);
    expect(model.total.value).toBe(31.22);
    expect(model.isFiltered.value).toBe(true);

    model.setFilter({ from: '2026-05-20', to: '2026-05-19' });
    expect(model.dateError.value).toBe('The start date is after the end date.');
    expect(model.filtered.value).toEqual([]);

    model.clearFilters();
    expect(model.isFiltered.value).toBe(false);
    expect(model.filtered.value).toHaveLength(8);
  });

  it('says when the stores cannot be read, and reads again on retry', async () => {
    const model = createHistoryModel();
    const original = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    fakeBrowser.storage.local.get = () => Promise.reject(new Error('disk gone'));
    model.follow();
    await settled();
    expect(model.load.value).toEqual({
      kind: 'failed',
      message: 'The stored orders could not be read: disk gone',
    });

    fakeBrowser.storage.local.get = original;
    await model.retry();
    expect(model.load.value.kind).toBe('ready');
  });
});

describe('the history tools', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('export the rows shown, as CSV and as JSON, named by the day', () => {
    const saved: { name: string; type: string; text: string }[] = [];
    const rows = [numberRow(makeOrder({ status: 'received' }))];
    const tools = createHistoryToolsModel(
      () => rows,
      (name, type, text) => saved.push({ name, type, text }),
    );

    tools.exportAs('csv');
    tools.exportAs('json');

    expect(saved[0]?.name).toMatch(/^pale100-history-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved[0]?.type).toBe('text/csv');
    expect(saved[0]?.text.split('\r\n')[1]).toMatch(/^virtual,54210,WhatsApp,/);
    expect(saved[1]?.name).toMatch(/\.json$/);
    expect(JSON.parse(saved[1]?.text ?? '[]')).toHaveLength(1);
  });

  it('clear only once confirmed, and say how many finished orders went', async () => {
    const sent: BackgroundRequest[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      sent.push(message as BackgroundRequest);
      return { ok: true, value: { removed: 3 } };
    });
    const tools = createHistoryToolsModel(() => []);

    await tools.clear(false);
    expect(sent).toEqual([]);

    await tools.clear(true);
    expect(sent).toEqual([{ type: 'clearHistory' }]);
    expect(tools.state.value).toEqual({ kind: 'cleared', removed: 3 });
  });

  it('show the worker’s refusal', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({
      ok: false,
      code: 'storage',
      message: 'Could not write.',
      outcomeUnknown: false,
    }));
    const tools = createHistoryToolsModel(() => []);

    await tools.clear(true);

    // Not a refusal of the service: described as the extension's own failure.
    expect(tools.state.value).toEqual({
      kind: 'failed',
      message: 'Something went wrong in the extension: Could not write.',
    });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SMM_SEED } from './catalog/smm';
import { arrayField, numberField, objectField, useSandbox } from './harness';

const harness = useSandbox();
const TWEET = 'https://x.com/elonmusk/status/20503';

const order = (params: Record<string, string | number>) => harness.api('smm', 'placeOrder', params);
const readOrder = async (orderId: number) =>
  objectField((await harness.api('smm', 'getOrder', { order_id: orderId })).body, 'order');

describe('SMM order progress', () => {
  it('starts pending, then processes, sets the start count and completes', async () => {
    const placed = await order({
      service_id: SMM_SEED.usernameServiceId,
      link: 'pale100',
      quantity: 1000,
    });
    const orderId = numberField(objectField(placed.body, 'order'), 'order_id');

    await harness.advanceClock(330);
    const starting = await readOrder(orderId);
    // Work started at 300 s; the start count comes 60 s later, then 1800 s of delivery.
    await harness.advanceClock(930);
    const halfway = await readOrder(orderId);
    await harness.advanceClock(900);
    const done = await readOrder(orderId);

    expect(objectField(placed.body, 'order')).toMatchObject({
      order_status: 'pending',
      start_count: 0,
      remains: 1000,
    });
    expect(starting).toMatchObject({ order_status: 'processing', start_count: 0, remains: 1000 });
    expect(halfway.order_status).toBe('processing');
    expect(numberField(halfway, 'remains')).toBeGreaterThan(490);
    expect(numberField(halfway, 'remains')).toBeLessThanOrEqual(500);
    expect(numberField(halfway, 'start_count')).toBeGreaterThan(0);
    expect(done).toMatchObject({ order_status: 'completed', remains: 0 });
    expect(Object.keys(done)).toEqual([
      'order_id',
      'service_id',
      'service_name',
      'link',
      'quantity',
      'total_price_tl',
      'order_status',
      'start_count',
      'remains',
      'created_at',
    ]);
  });

  it('ends partial and refunds what was not delivered', async () => {
    const placed = await order({
      service_id: SMM_SEED.partialServiceId,
      link: '@pale100',
      quantity: 1000,
    });
    const orderId = numberField(objectField(placed.body, 'order'), 'order_id');

    await harness.advanceClock(3600);

    expect(await readOrder(orderId)).toMatchObject({ order_status: 'partial', remains: 400 });
    expect(await harness.balance()).toBe(1000 - 90 + 36);
  });

  it('lists orders newest first, paged, limit capped, filtered by status and search', async () => {
    await order({ service_id: 10, link: TWEET, quantity: 500 });
    await order({ service_id: 1, link: 'https://x.com/a/status/20502', quantity: 10000 });
    await order({ service_id: 20, link: 'pale100', quantity: 100 });

    const page = await harness.api('smm', 'getOrders', { page: 1, limit: 2 });
    const capped = await harness.api('smm', 'getOrders', { limit: 80 });
    const pending = await harness.api('smm', 'getOrders', { order_status: 'pending' });
    const byName = await harness.api('smm', 'getOrders', { search: 'görüntülenme' });
    const byLink = await harness.api('smm', 'getOrders', { search: '20503' });
    const byId = await harness.api('smm', 'getOrders', { search: '1282' });

    const ids = (body: typeof page.body) => arrayField(body, 'items').map((item) => item.order_id);
    expect(page.body).toMatchObject({ page: 1, limit: 2, total: 3, total_pages: 2 });
    expect(ids(page.body)).toEqual([1282, 1281]);
    expect(capped.body.limit).toBe(50);
    expect(ids(pending.body)).toEqual([1282]);
    expect(ids(byName.body)).toEqual([1281]);
    expect(ids(byLink.body)).toEqual([1280]);
    expect(ids(byId.body)).toEqual([1282]);
  });

  it('answers an error for an unknown order', async () => {
    const answer = await harness.api('smm', 'getOrder', { order_id: 1 });

    expect(answer.body).toEqual({ status: 'error', message: 'Sipariş bulunamadı.' });
  });
});

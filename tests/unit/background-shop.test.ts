import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { LicenseOrder, SmmOrder } from '@/utils/api';

import { useBackground } from '../helpers/background-env';
import { LICENSE_SEED, MANUAL_DELIVERY_SEC } from '../sandbox/catalog/license';
import { SMM_SEED } from '../sandbox/catalog/smm';

const env = useBackground({ balance: 100 });

const LINK_ORDER = {
  service_id: SMM_SEED.linkServiceId,
  link: 'https://x.com/pale/status/1',
  quantity: 1000,
};

async function sent(action: string): Promise<number> {
  return (await env.control.requests()).filter((entry) => entry.action === action).length;
}

async function shownNotifications(): Promise<string[]> {
  return Object.keys(await fakeBrowser.notifications.getAll());
}

async function balanceOnRecord(): Promise<number | undefined> {
  // The balance is refreshed after the answer, without holding it up.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return (await env.bg.storage.balanceItem.getValue())?.balance.balance;
}

describe('SMM orders in the service worker', () => {
  it('stores the order before answering and records the new balance', async () => {
    const outcome = await env.bg.shop.shopHandlers.placeSmmOrder({
      type: 'placeSmmOrder',
      purchaseId: 'click-1',
      params: LINK_ORDER,
    });

    if (outcome.kind !== 'placed') throw new Error(outcome.kind);
    const stored = await env.bg.storage.smmOrdersItem.getValue();
    expect(stored[outcome.order.order_id]).toMatchObject({
      link: LINK_ORDER.link,
      quantity: 1000,
      total_price_tl: 1.5,
    });
    expect(await balanceOnRecord()).toBe(98.5);
  });

  it('places once when the same click arrives twice', async () => {
    const request = { type: 'placeSmmOrder', purchaseId: 'click-2', params: LINK_ORDER } as const;
    const [first, second] = await Promise.all([
      env.bg.shop.shopHandlers.placeSmmOrder(request),
      env.bg.shop.shopHandlers.placeSmmOrder(request),
    ]);

    expect(second).toEqual(first);
    expect(await sent('placeOrder')).toBe(1);
  });

  it('passes a refusal on with its message and stores nothing', async () => {
    const refused = env.bg.shop.shopHandlers.placeSmmOrder({
      type: 'placeSmmOrder',
      purchaseId: 'click-3',
      params: { ...LINK_ORDER, quantity: 5 },
    });

    await expect(refused).rejects.toThrow(/Miktar/);
    expect(await env.bg.storage.smmOrdersItem.getValue()).toEqual({});
  });

  it('finds the order in the list when the answer is lost after the charge', async () => {
    await env.control.fault({ kind: 'drop_after_commit', action: 'placeOrder' });

    const outcome = await env.bg.shop.shopHandlers.placeSmmOrder({
      type: 'placeSmmOrder',
      purchaseId: 'click-4',
      params: LINK_ORDER,
    });

    expect(outcome).toMatchObject({ kind: 'placed', order: { link: LINK_ORDER.link } });
    expect(await sent('placeOrder')).toBe(1);
  });

  it('says the outcome is unknown when the lost order is nowhere to be found', async () => {
    await env.control.fault({ kind: 'drop', action: 'placeOrder' });

    const outcome = await env.bg.shop.shopHandlers.placeSmmOrder({
      type: 'placeSmmOrder',
      purchaseId: 'click-5',
      params: LINK_ORDER,
    });

    expect(outcome).toEqual({ kind: 'unknown', message: env.bg.shop.lostShopOrderMessage() });
    expect(await sent('placeOrder')).toBe(1);
  });

  it('keeps every order a list shows, with what the purchase answered', async () => {
    await env.control.setBalance(500);
    const placed = await env.bg.shop.shopHandlers.placeSmmOrder({
      type: 'placeSmmOrder',
      purchaseId: 'click-6',
      params: {
        service_id: SMM_SEED.extrasServiceId,
        link: LINK_ORDER.link,
        quantity: 100,
        extras: [{ name: '+Favoriye Ekleme' }],
      },
    });
    if (placed.kind !== 'placed') throw new Error(placed.kind);

    await env.bg.shop.shopHandlers.smmOrders({ type: 'smmOrders', params: {} });

    const stored = await env.bg.storage.smmOrdersItem.getValue();
    expect(stored[placed.order.order_id]?.extras).toEqual(placed.order.extras);
    expect(placed.order.extras.length).toBe(1);
  });
});

describe('license orders in the service worker', () => {
  it('stores an automatic delivery before answering', async () => {
    const outcome = await env.bg.shop.shopHandlers.buyLicense({
      type: 'buyLicense',
      purchaseId: 'buy-1',
      params: { product_id: LICENSE_SEED.automaticProductId },
    });

    if (outcome.kind !== 'placed') throw new Error(outcome.kind);
    expect(outcome.order.order_status).toBe('success');
    const stored = await env.bg.storage.licenseOrdersItem.getValue();
    expect(stored[outcome.order.order_id]?.delivery_data).toBe(outcome.order.delivery_data);
    expect(outcome.order.delivery_data).toBeTruthy();
  });

  it('watches a manual delivery until it succeeds, then notifies once', async () => {
    const outcome = await env.bg.shop.shopHandlers.buyLicense({
      type: 'buyLicense',
      purchaseId: 'buy-2',
      params: {
        product_id: LICENSE_SEED.manualProductId,
        fields: { email: 'ayla@example.com', institution_code: 'K-12' },
      },
    });
    if (outcome.kind !== 'placed') throw new Error(outcome.kind);
    expect(outcome.order.order_status).toBe('pending');
    await env.bg.licenseWatch.watchLicenseOrders();
    expect(await shownNotifications()).toEqual([]);
    expect(await fakeBrowser.alarms.get(env.bg.licenseWatch.LICENSE_ALARM)).toBeDefined();

    await env.control.advanceClock(MANUAL_DELIVERY_SEC + 10);
    await env.bg.licenseWatch.watchLicenseOrders();
    await env.bg.shop.shopHandlers.licenseOrders({ type: 'licenseOrders', params: {} });

    const stored = await env.bg.storage.licenseOrdersItem.getValue();
    expect(stored[outcome.order.order_id]?.order_status).toBe('success');
    expect(await shownNotifications()).toEqual([`license:${outcome.order.order_id}`]);
    await env.bg.licenseWatch.watchLicenseOrders();
    expect(await fakeBrowser.alarms.get(env.bg.licenseWatch.LICENSE_ALARM)).toBeUndefined();
  });

  it('tells of a failed delivery seen in a list, unless notifications are off', async () => {
    const failing = { product_id: LICENSE_SEED.failingProductId };
    const first = await env.bg.shop.shopHandlers.buyLicense({
      type: 'buyLicense',
      purchaseId: 'buy-3',
      params: failing,
    });
    if (first.kind !== 'placed') throw new Error(first.kind);
    await env.control.advanceClock(MANUAL_DELIVERY_SEC + 10);

    await env.bg.shop.shopHandlers.licenseOrder({
      type: 'licenseOrder',
      orderId: first.order.order_id,
    });
    expect(await shownNotifications()).toEqual([`license:${first.order.order_id}`]);

    await fakeBrowser.notifications.clear(`license:${first.order.order_id}`);
    const settings = await env.bg.storage.settingsItem.getValue();
    await env.bg.storage.settingsItem.setValue({ ...settings, notifications: false });
    const second = await env.bg.shop.shopHandlers.buyLicense({
      type: 'buyLicense',
      purchaseId: 'buy-4',
      params: failing,
    });
    if (second.kind !== 'placed') throw new Error(second.kind);
    await env.control.advanceClock(MANUAL_DELIVERY_SEC + 10);
    await env.bg.shop.shopHandlers.licenseOrders({ type: 'licenseOrders', params: {} });

    const stored = await env.bg.storage.licenseOrdersItem.getValue();
    expect(stored[second.order.order_id]?.order_status).toBe('failed');
    expect(await shownNotifications()).toEqual([]);
  });
});

describe('the stored SMM and license orders', () => {
  const smm = (id: number, status: SmmOrder['order_status'], day: number): SmmOrder => ({
    order_id: id,
    service_id: 1,
    service_name: 'Views',
    link: 'https://x.com/a',
    quantity: 100,
    comments: null,
    extras: [],
    total_price_tl: 1,
    order_status: status,
    start_count: null,
    remains: null,
    created_at: `2026-05-${String(day).padStart(2, '0')}T10:00:00+03:00`,
  });

  it('forget finished orders and keep those still running', async () => {
    await env.bg.shopStore.saveSmmOrders([smm(1, 'completed', 1), smm(2, 'processing', 2)]);
    const pending: LicenseOrder = {
      order_id: 7,
      product_id: 1,
      product_name: 'Office',
      amount_tl: 5,
      order_status: 'pending',
      delivery_data: null,
      order_params: {},
      created_at: '2026-05-01T10:00:00+03:00',
    };
    await env.bg.shopStore.saveLicenseOrders([
      pending,
      { ...pending, order_id: 8, order_status: 'failed' },
    ]);

    expect(await env.bg.shopStore.clearFinishedShopOrders()).toBe(2);
    expect(Object.keys(await env.bg.storage.smmOrdersItem.getValue())).toEqual(['2']);
    expect(Object.keys(await env.bg.storage.licenseOrdersItem.getValue())).toEqual(['7']);
  });

  it('drop the oldest finished orders first beyond the cap', () => {
    const orders = {
      1: smm(1, 'completed', 1),
      2: smm(2, 'pending', 2),
      3: smm(3, 'completed', 3),
      4: smm(4, 'completed', 4),
    };

    const kept = env.bg.shopStore.pruneShopOrders(orders, env.bg.shopStore.isFinishedSmmOrder, 3);

    expect(Object.keys(kept).sort()).toEqual(['2', '3', '4']);
  });
});

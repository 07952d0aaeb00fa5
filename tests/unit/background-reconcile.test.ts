import { describe, expect, it } from 'vitest';

import type { NumberOrder } from '@/utils/orders';

import { syncServerClock, useBackground } from '../helpers/background-env';
import { RENTAL_SEED } from '../sandbox/catalog/rental';

const env = useBackground({ balance: 1000 });

/** A WhatsApp number from the UK, bought through the worker as a click in the popup would. */
async function buyWhatsapp(): Promise<NumberOrder> {
  const outcome = await env.bg.purchase.buyNumber(crypto.randomUUID(), {
    product: 'virtual',
    params: { service_id: 1, country_code: 'GB' },
    serviceName: 'WhatsApp',
    countryName: null,
  });
  if (outcome.kind !== 'bought') throw new Error(outcome.kind);

  return outcome.order;
}

async function storedOrders(): Promise<NumberOrder[]> {
  return Object.values(await env.bg.storage.ordersItem.getValue());
}

describe('reconciling with the service', () => {
  it('adds orders bought elsewhere and keeps the pending ones polled', async () => {
    const api = await env.bg.api.getApi();
    const rented = await api.rental.buyNumber({
      country_id: RENTAL_SEED.franceCountryId,
      duration_hours: 2,
    });
    const bought = await api.virtual.buyNumber({ service_id: 1, country_code: 'GB' });
    if (rented.status !== 'success' || bought.status !== 'success') throw new Error('not bought');

    await env.bg.reconcile.reconcileOrders();

    const orders = await storedOrders();
    expect(orders.map((order) => order.key).sort()).toEqual(
      [`rental:${rented.activation_id}`, `virtual:${bought.activation_id}`].sort(),
    );
    expect(orders.every((order) => order.source === 'history' && order.status === 'pending')).toBe(
      true,
    );
  });

  it('applies a status that changed while the worker was stopped', async () => {
    const order = await buyWhatsapp();
    await env.control.deliverSms(order.activationId, 'code 654321');

    await env.bg.reconcile.reconcileOrders();

    const [stored] = await storedOrders();
    expect(stored).toMatchObject({
      status: 'received',
      messages: [{ code: '654321' }],
      serviceName: 'WhatsApp',
    });
  });

  it('reads nothing without an API key', async () => {
    await env.bg.storage.apiKeyItem.setValue('');
    await env.control.clearRequests();

    await env.bg.reconcile.reconcileOrders();

    expect(await env.control.requests()).toEqual([]);
  });
});

describe('cancelling from the service worker', () => {
  it('passes the early refusal on, then stores the refund after two minutes', async () => {
    const order = await buyWhatsapp();

    const early = await env.bg.cancel.cancelOrder(order.key).catch((error: unknown) => error);
    await env.control.advanceClock(150);
    await syncServerClock(env);
    const canceled = await env.bg.cancel.cancelOrder(order.key);

    expect(early).toMatchObject({
      name: 'ApiError',
      message: expect.stringMatching(/kalan: \d+s/),
    });
    expect(canceled).toMatchObject({ status: 'canceled', refundedTl: 4.46 });
    expect((await storedOrders())[0]).toMatchObject({ status: 'canceled', refundedTl: 4.46 });
  });

  it('sends one cancel for a double click', async () => {
    const order = await buyWhatsapp();
    await env.control.advanceClock(150);

    await Promise.all([env.bg.cancel.cancelOrder(order.key), env.bg.cancel.cancelOrder(order.key)]);

    const cancels = (await env.control.requests()).filter(
      (entry) => entry.action === 'cancelNumber',
    );
    expect(cancels).toHaveLength(1);
  });
});

describe('clearing the history', () => {
  it('forgets finished orders and keeps the pending ones', async () => {
    const order = await buyWhatsapp();
    await env.bg.store.saveOrder({
      ...order,
      key: 'virtual:1',
      activationId: 1,
      status: 'expired',
    });

    const removed = await env.bg.store.clearFinishedOrders();

    expect(removed).toBe(1);
    expect((await storedOrders()).map((order) => order.key)).toEqual([order.key]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { PurchaseRequest } from '@/utils/messages';
import type { NumberOrder } from '@/utils/orders';

import { syncServerClock, useBackground } from '../helpers/background-env';
import { PHYSICAL_SEED } from '../sandbox/catalog/physical';

const env = useBackground({ balance: 500 });

afterEach(() => {
  vi.useRealTimers();
});

/** Moves this computer's clock on, so that orders fall due for their next poll. */
function passTime(ms: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + ms);
}

const virtualRequest: PurchaseRequest = {
  product: 'virtual',
  params: { service_id: 1, country_code: 'GB' },
  serviceName: 'WhatsApp',
  countryName: null,
};

async function buy(request: PurchaseRequest = virtualRequest): Promise<NumberOrder> {
  const outcome = await env.bg.purchase.buyNumber(crypto.randomUUID(), request);
  if (outcome.kind !== 'bought') throw new Error(`not bought: ${outcome.kind}`);
  return outcome.order;
}

async function stored(key: string): Promise<NumberOrder> {
  return (await env.bg.storage.ordersItem.getValue())[key]!;
}

async function requestsFor(action: string): Promise<number> {
  return (await env.control.requests()).filter((entry) => entry.action === action).length;
}

describe('polling pending orders', () => {
  it('keeps the code of a virtual number and notifies once', async () => {
    const order = await buy();
    await env.control.deliverSms(order.activationId, 'WhatsApp code 482917');

    await env.bg.poller.pollNow();
    const afterFirst = await fakeBrowser.notifications.getAll();
    env.bg.poller.stopPolling();

    expect(await stored(order.key)).toMatchObject({
      status: 'received',
      seen: false,
      messages: [{ code: '482917' }],
    });
    expect(Object.keys(afterFirst)).toHaveLength(1);
  });

  it('keeps every SMS of a physical-SIM rent and notifies only the new ones', async () => {
    const order = await buy({
      product: 'physical',
      params: { service_id: 9, country_id: PHYSICAL_SEED.kyrgyzstanCountryId, duration_hours: 2 },
      serviceName: 'Diğer Platformlar',
      countryName: 'Kırgızistan',
    });
    await env.control.deliverSms(order.activationId, 'Your code is 482917');
    await env.bg.poller.pollNow();
    env.bg.poller.stopPolling();
    await env.control.deliverSms(order.activationId, 'Your code is 750183');
    passTime(6000);

    await env.bg.poller.pollNow();
    env.bg.poller.stopPolling();

    const texts = (await stored(order.key)).messages.map((message) => message.text);
    expect(texts).toEqual(['Your code is 482917', 'Your code is 750183']);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(2);
  });

  it('asks nothing while no order is pending', async () => {
    await env.control.clearRequests();

    await env.bg.poller.pollNow();

    expect(await env.control.requests()).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('sets the backstop alarm while an order waits', async () => {
    await buy();

    await env.bg.poller.pollNow();

    expect(await fakeBrowser.alarms.get('poll-orders')).toMatchObject({ periodInMinutes: 0.5 });
  });

  it('closes an order past its expiry without asking the service', async () => {
    const order = await buy();
    await env.control.advanceClock(21 * 60);
    await syncServerClock(env);
    await env.control.clearRequests();

    await env.bg.poller.pollNow();

    expect((await stored(order.key)).status).toBe('expired');
    expect(await requestsFor('getOtp')).toBe(0);
  });

  it('backs off after errors and recovers', async () => {
    const order = await buy();
    await env.control.fault({ kind: 'http500', action: 'getOtp', count: 3 });

    await env.bg.poller.pollNow();
    await env.control.deliverSms(order.activationId, 'WhatsApp code 111222');
    await env.bg.poller.pollNow();
    const whileBackingOff = await requestsFor('getOtp');
    passTime(11_000);
    await env.bg.poller.pollNow();

    expect(whileBackingOff).toBe(3);
    expect((await stored(order.key)).messages[0]?.code).toBe('111222');
  });

  it('cancels automatically after the minutes the settings give, once', async () => {
    await env.bg.storage.settingsItem.setValue({
      ...(await env.bg.storage.readSettings()),
      autoCancelMinutes: 3,
    });
    const order = await buy();
    await env.control.advanceClock(4 * 60);
    await syncServerClock(env);

    await env.bg.poller.pollNow();

    expect(await stored(order.key)).toMatchObject({
      status: 'canceled',
      refundedTl: order.priceTl,
    });
    expect(await requestsFor('cancelNumber')).toBe(1);
  });
});

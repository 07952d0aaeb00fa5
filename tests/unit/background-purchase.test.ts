import { describe, expect, it } from 'vitest';

import type { PurchaseRequest } from '@/utils/messages';

import { useBackground } from '../helpers/background-env';
import { VIRTUAL_SEED } from '../sandbox/catalog/virtual';

const env = useBackground({ balance: 100 });

const whatsappGb: PurchaseRequest = {
  product: 'virtual',
  params: { service_id: 1, country_code: 'GB' },
  serviceName: 'WhatsApp',
  countryName: 'Birleşik Krallık',
  countryCode: 'GB',
};

async function buyCount(): Promise<number> {
  return (await env.control.requests()).filter((entry) => entry.action === 'buyNumber').length;
}

describe('buying a number in the service worker', () => {
  it('stores the order before answering and leaves no journal behind', async () => {
    const outcome = await env.bg.purchase.buyNumber('click-1', whatsappGb);

    const orders = await env.bg.storage.ordersItem.getValue();
    const journal = await env.bg.storage.purchaseJournalItem.getValue();
    if (outcome.kind !== 'bought') throw new Error(outcome.kind);
    expect(orders[outcome.order.key]).toMatchObject({ status: 'pending', serviceName: 'WhatsApp' });
    expect(outcome.order.expiresAt - outcome.order.createdAt).toBe(1200 * 1000);
    expect(journal).toEqual({});
  });

  it('buys once when the same click arrives twice', async () => {
    const [first, second] = await Promise.all([
      env.bg.purchase.buyNumber('click-2', whatsappGb),
      env.bg.purchase.buyNumber('click-2', whatsappGb),
    ]);

    expect(second).toBe(first);
    expect(await buyCount()).toBe(1);
  });

  it('adopts the order of a purchase whose answer was lost, charging once', async () => {
    await env.control.fault({ kind: 'drop_after_commit', action: 'buyNumber' });

    const outcome = await env.bg.purchase.buyNumber('click-3', whatsappGb);

    const { balance } = await (await env.bg.api.getApi()).virtual.getBalance();
    expect(outcome).toMatchObject({
      kind: 'bought',
      order: { source: 'adopted', countryCode: 'GB' },
    });
    expect(balance).toBeCloseTo(100 - 4.46);
    expect(await buyCount()).toBe(1);
  });

  it('says the outcome is unknown when the answer was lost and no order turned up', async () => {
    await env.control.fault({ kind: 'drop', action: 'buyNumber' });

    const outcome = await env.bg.purchase.buyNumber('click-4', whatsappGb);

    expect(outcome.kind).toBe('unknown');
    expect(await env.bg.storage.ordersItem.getValue()).toEqual({});
    expect(await buyCount()).toBe(1);
  });

  it('hands back wrong_price and no_numbers without storing an order', async () => {
    const drifted = await env.bg.purchase.buyNumber('click-5', {
      ...whatsappGb,
      params: { operator_id: VIRTUAL_SEED.priceDriftOperatorId },
    });
    const soldOut = await env.bg.purchase.buyNumber('click-6', {
      ...whatsappGb,
      params: { operator_id: VIRTUAL_SEED.zeroStockOperatorId },
    });

    expect(drifted).toMatchObject({ kind: 'wrong_price', alt_price_tl: 35.93 });
    expect(soldOut.kind).toBe('no_numbers');
    expect(await env.bg.storage.ordersItem.getValue()).toEqual({});
  });

  it("passes the service's refusal on, with the amount an empty balance needs", async () => {
    await env.control.setBalance(1);

    const refusal = await env.bg.purchase
      .buyNumber('click-7', whatsappGb)
      .catch((error: unknown) => error);

    expect(refusal).toMatchObject({ name: 'ApiError', requiredAmount: 4.46 });
  });

  it('lists a second new number of the same kind as a duplicate, so it is never missed', async () => {
    const api = await env.bg.api.getApi();
    await api.virtual.buyNumber({ service_id: 1, country_code: 'GB' });

    const outcome = await env.bg.purchase.buyNumber('click-8', whatsappGb);

    if (outcome.kind !== 'bought') throw new Error(outcome.kind);
    expect(outcome.duplicates).toHaveLength(1);
    expect(Object.keys(await env.bg.storage.ordersItem.getValue())).toHaveLength(2);
  });
});

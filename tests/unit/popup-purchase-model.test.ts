import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createPurchaseModel, type PurchaseState } from '@/entrypoints/popup/purchase-model';
import type { PurchaseOption } from '@/entrypoints/popup/purchase-options';
import type { BackgroundRequest, PurchaseOutcome, Result } from '@/utils/messages';

type BuyRequest = Extract<BackgroundRequest, { type: 'buyNumber' }>;

/** Answers every purchase with the next of `answers` and keeps what was asked. */
function answerPurchases(...answers: Result<PurchaseOutcome>[]): BuyRequest[] {
  const sent: BuyRequest[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    sent.push(message as BuyRequest);
    return answers.shift();
  });
  return sent;
}

function makeOption(id: string, priceTl: number, inStock = true): PurchaseOption {
  return {
    id,
    request: {
      product: 'virtual',
      params: { operator_id: Number(id) },
      serviceName: 'WhatsApp',
      countryName: 'Kırgızistan (+996)',
    },
    priceTl,
    inStock,
    label: `operator ${id}`,
  };
}

/** Lets a purchase started without awaiting it (a click) get its answer. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const noNumbers: Result<PurchaseOutcome> = {
  ok: true,
  value: { kind: 'no_numbers', message: 'Bu kombinasyonda şu anda numara yok.' },
};

describe('buying from the popup', () => {
  let settled: PurchaseState[];

  beforeEach(() => {
    fakeBrowser.reset();
    settled = [];
  });

  it('sends one purchase for two clicks made before the answer', async () => {
    const sent = answerPurchases(noNumbers, noNumbers);
    const purchase = createPurchaseModel({ onSettled: (state) => settled.push(state) });

    const first = purchase.buy(makeOption('64540', 11.2));
    const second = purchase.buy(makeOption('64540', 11.2));
    await Promise.all([first, second]);

    expect(sent).toHaveLength(1);
    expect(settled).toHaveLength(1);
  });

  it('is busy while the purchase is on its way', async () => {
    answerPurchases(noNumbers);
    const purchase = createPurchaseModel({ onSettled: () => undefined });

    const buying = purchase.buy(makeOption('64540', 11.2));
    const wasBusy = purchase.isBusy.value;
    await buying;

    expect(wasBusy).toBe(true);
    expect(purchase.isBusy.value).toBe(false);
  });

  it('offers the next cheapest in stock after a sold-out answer, and buys it', async () => {
    const sent = answerPurchases(noNumbers, noNumbers);
    const purchase = createPurchaseModel({ onSettled: () => undefined });
    const list = [
      makeOption('1', 6.69),
      makeOption('2', 12.05),
      makeOption('3', 9.19),
      makeOption('4', 7, false),
    ];

    await purchase.buy(list[0]!, list);
    const offered = purchase.state.value;
    purchase.buyNextCheapest();
    await settle();

    expect(offered).toMatchObject({ kind: 'no_numbers', next: { id: '3' } });
    expect(sent.map((request) => request.request.params)).toEqual([
      { operator_id: 1 },
      { operator_id: 3 },
    ]);
    expect(purchase.state.value).toMatchObject({ kind: 'no_numbers', next: { id: '2' } });
  });

  it('buys at the moved price with a new purchase id', async () => {
    const sent = answerPurchases(
      {
        ok: true,
        value: {
          kind: 'wrong_price',
          message: 'Seçilen fiyat artık geçerli değil.',
          alt_price_tl: 9.19,
          alt_price_usd: 0.055,
        },
      },
      noNumbers,
    );
    const purchase = createPurchaseModel({ onSettled: () => undefined });

    await purchase.buy(makeOption('64538', 6.69));
    purchase.acceptPrice();
    await settle();

    expect(sent[1]?.request.params).toEqual({ operator_id: 64538, accept_price: 0.055 });
    expect(sent[1]?.purchaseId).not.toBe(sent[0]?.purchaseId);
  });

  it("keeps the API's refusal and the amount it requires", async () => {
    answerPurchases({
      ok: false,
      code: 'api',
      message: 'Bakiyeniz yetersiz. Gerekli: 2007.00',
      outcomeUnknown: false,
      requiredAmount: 2007,
    });
    const purchase = createPurchaseModel({ onSettled: () => undefined });

    await purchase.buy(makeOption('1', 2007));

    expect(purchase.state.value).toMatchObject({
      kind: 'failed',
      error: { message: 'Bakiyeniz yetersiz. Gerekli: 2007.00', requiredAmount: 2007 },
    });
  });

  it('treats an error whose outcome is unknown as a possibly bought number', async () => {
    answerPurchases({ ok: false, code: 'timeout', message: 'Zaman aşımı', outcomeUnknown: true });
    const purchase = createPurchaseModel({ onSettled: () => undefined });

    await purchase.buy(makeOption('1', 4.46));

    // The extension's own failures read from the locale files, not as the worker logged them.
    expect(purchase.state.value).toMatchObject({
      kind: 'unknown',
      message: 'The pale100 service did not answer in time. Try again in a moment.',
    });
  });
});

import { signal } from '@preact/signals';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createOrdersModel } from '@/entrypoints/popup/orders-model';
import type { BackgroundRequest } from '@/utils/messages';
import { ordersItem } from '@/utils/storage';
import { T0, makeOrder } from '../helpers/order-fixture';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Answers the service worker's requests through `answer` and keeps what was asked. */
function answerBackground(answer: (request: BackgroundRequest) => unknown): BackgroundRequest[] {
  const sent: BackgroundRequest[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const request = message as BackgroundRequest;
    sent.push(request);
    return answer(request);
  });
  return sent;
}

describe('the orders in the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('follow what the service worker stores', async () => {
    const model = createOrdersModel({ now: signal(T0 + 60_000), onCancelled: () => undefined });
    const stop = model.start();
    await settle();

    await ordersItem.setValue({ 'virtual:54210': makeOrder() });
    await settle();
    stop();

    expect(model.active.value.map((order) => order.key)).toEqual(['virtual:54210']);
  });

  it("show the API's refusal of a cancel under the order", async () => {
    answerBackground(() => ({
      ok: false,
      code: 'api',
      message: 'İptal için en az 2 dakika beklemelisiniz (kalan: 87s).',
      outcomeUnknown: false,
    }));
    const model = createOrdersModel({ now: signal(T0), onCancelled: () => undefined });

    await model.cancel('virtual:54210');

    expect(model.notices.value['virtual:54210']).toEqual({
      kind: 'error',
      text: 'İptal için en az 2 dakika beklemelisiniz (kalan: 87s).',
    });
  });

  it('move a refunded order to the history and say the balance changed', async () => {
    const refunded = makeOrder({ status: 'canceled', refundedTl: 4.46 });
    answerBackground(() => ({ ok: true, value: refunded }));
    let cancelled = 0;
    const model = createOrdersModel({ now: signal(T0), onCancelled: () => cancelled++ });
    model.upsert(makeOrder());

    await model.cancel('virtual:54210');

    expect(model.active.value).toEqual([]);
    expect(model.recent.value).toEqual([refunded]);
    expect(cancelled).toBe(1);
  });

  it('ask for the field first when there was none to fill', async () => {
    answerBackground(() => ({ ok: true, value: { filled: false } }));
    const model = createOrdersModel({ now: signal(T0), onCancelled: () => undefined });

    await model.fill('virtual:54210', 'number');

    expect(model.notices.value['virtual:54210']).toEqual({ kind: 'hint' });
  });

  it('mark the codes seen once shown, and again only for a new code', async () => {
    const sent = answerBackground(() => ({ ok: true, value: null }));
    const model = createOrdersModel({ now: signal(T0), onCancelled: () => undefined });
    const stop = model.start();
    await settle();

    model.acknowledgeShown();
    model.acknowledgeShown();
    model.upsert(makeOrder({ seen: false }));
    model.acknowledgeShown();
    stop();

    expect(sent.filter((request) => request.type === 'markCodesSeen')).toHaveLength(2);
  });
});

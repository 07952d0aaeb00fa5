import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createBalanceModel } from '@/utils/balance-model';
import { balanceItem } from '@/utils/storage';

const balance = (amount: number) => ({
  status: 'success' as const,
  balance: amount,
  currency: 'TRY',
  isReseller: false,
});

function answerBalanceWith(answer: () => unknown) {
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(answer()));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the balance a page shows', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts from the stored balance and follows every change to it', async () => {
    await balanceItem.setValue({ balance: balance(40), savedAt: 1 });
    const model = createBalanceModel();

    const stop = model.follow();
    await settle();
    expect(model.state.value).toMatchObject({ kind: 'ready', balance: { balance: 40 } });

    await balanceItem.setValue({ balance: balance(12.5), savedAt: 2 });
    await settle();
    expect(model.state.value).toMatchObject({ kind: 'ready', balance: { balance: 12.5 } });

    stop();
    await balanceItem.setValue({ balance: balance(1), savedAt: 3 });
    await settle();
    expect(model.state.value).toMatchObject({ balance: { balance: 12.5 } });
  });

  it('shows why there is no amount when the worker cannot get one', async () => {
    answerBalanceWith(() => ({ ok: false, code: 'no_api_key', message: 'Save an API key first' }));
    const model = createBalanceModel();

    await model.refresh();

    expect(model.state.value).toMatchObject({
      kind: 'failed',
      error: { message: 'Save an API key first' },
    });
  });

  it('lets a stored balance that arrives during a refresh win over the older answer', async () => {
    let release: (value: unknown) => void = () => undefined;
    fakeBrowser.runtime.onMessage.addListener(() => new Promise((resolve) => (release = resolve)));
    const model = createBalanceModel();
    model.follow();

    const refreshing = model.refresh();
    await balanceItem.setValue({ balance: balance(7), savedAt: 5 });
    await settle();
    release({ ok: true, value: balance(99) });
    await refreshing;

    expect(model.state.value).toMatchObject({ kind: 'ready', balance: { balance: 7 } });
  });
});

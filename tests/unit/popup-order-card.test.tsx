// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { OrderCard } from '@/components/OrderCard';
import { createCopyModel } from '@/entrypoints/popup/copy-model';
import { createOrdersModel } from '@/entrypoints/popup/orders-model';
import { locale } from '@/utils/i18n';
import type { NumberOrder, OrderMessage } from '@/utils/orders';
import { splitNumber } from '@/utils/phone';

import { T0, makeOrder } from '../helpers/order-fixture';
import { mountRoot, unmountRoot } from '../helpers/dom-root';

function makeMessage(overrides: Partial<OrderMessage> = {}): OrderMessage {
  return {
    date: '2026-05-19T12:42:11+03:00',
    from: 'WhatsApp',
    text: 'Your code is 482917',
    code: '482917',
    ...overrides,
  };
}

let root: HTMLElement;

function show(order: NumberOrder, now: number): HTMLElement {
  const orders = createOrdersModel({ now: signal(now), onCancelled: () => undefined });
  act(() => {
    render(<OrderCard order={order} now={now} orders={orders} copy={createCopyModel()} />, root);
  });
  return root;
}

const byTestId = (element: HTMLElement, id: string) =>
  [...element.querySelectorAll(`[data-testid="${id}"]`)].map((found) => found.textContent);

describe('an order card', () => {
  beforeEach(() => {
    root = mountRoot();
  });

  afterEach(() => unmountRoot(root));

  it('shows the number with its calling code and the time left', () => {
    const card = show(makeOrder({ phone: splitNumber('447543691031', 'GB') }), T0 + 60_000);

    expect(byTestId(card, 'order-number')).toEqual(['+44 7543 691031']);
    expect(byTestId(card, 'order-countdown')).toEqual(['19:00']);
  });

  it('holds the cancel button disabled with a countdown in the first two minutes', () => {
    const card = show(makeOrder(), T0 + 33_000);

    const cancel = card.querySelector<HTMLButtonElement>('[data-testid="cancel-order"]');

    expect(cancel?.disabled).toBe(true);
    expect(cancel?.textContent).toBe('Cancel in 1:27');
  });

  it('offers the refund after two minutes', () => {
    const card = show(makeOrder(), T0 + 3 * 60_000);

    const cancel = card.querySelector<HTMLButtonElement>('[data-testid="cancel-order"]');

    expect(cancel?.disabled).toBe(false);
    expect(cancel?.textContent).toBe('Cancel & refund');
  });

  it('shows a virtual code large, without a cancel button once it came', () => {
    const card = show(
      makeOrder({ status: 'received', messages: [makeMessage()] }),
      T0 + 5 * 60_000,
    );

    expect(byTestId(card, 'order-code')).toEqual(['482917']);
    expect(byTestId(card, 'cancel-order')).toEqual([]);
  });

  it('shows every SMS of a rented number with its sender and text', () => {
    const order = makeOrder({
      key: 'rental:54310',
      product: 'rental',
      durationHours: 4,
      expiresAt: T0 + 4 * 3_600_000,
      messages: [
        makeMessage({ code: null }),
        makeMessage({ from: 'Telegram', text: 'Login code: 75432', code: '75432' }),
      ],
    });

    const card = show(order, T0 + 60_000);

    expect(byTestId(card, 'order-message')).toEqual(['Your code is 482917', 'Login code: 75432']);
    expect(byTestId(card, 'order-code')).toEqual(['75432']);
    expect(card.textContent).toContain('Telegram');
    expect(byTestId(card, 'order-countdown')).toEqual(['3:59:00']);
  });

  describe('in Turkish', () => {
    afterEach(() => {
      locale.value = 'en';
    });

    it('reads its status, time and cancel button in Turkish', () => {
      locale.value = 'tr';
      const card = show(makeOrder(), T0 + 3 * 60_000);

      expect(byTestId(card, 'order-status')).toEqual(['SMS bekleniyor']);
      expect(byTestId(card, 'cancel-order')).toEqual(['İptal et ve iade al']);
      expect(card.textContent).toContain('17:00 kaldı');
      expect(card.querySelector('.copy')?.getAttribute('aria-label')).toBe('Numarayı kopyala');
    });

    it('changes to English when the language does, without being drawn again by its parent', () => {
      locale.value = 'tr';
      const card = show(makeOrder(), T0 + 33_000);
      expect(byTestId(card, 'cancel-order')).toEqual(['1:27 sonra iptal']);

      act(() => {
        locale.value = 'en';
      });

      expect(byTestId(card, 'cancel-order')).toEqual(['Cancel in 1:27']);
      expect(byTestId(card, 'order-status')).toEqual(['Waiting for SMS']);
    });
  });
});

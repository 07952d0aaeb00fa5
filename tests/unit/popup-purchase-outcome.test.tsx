// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PurchaseOutcome } from '@/components/PurchaseOutcome';
import { createPurchaseModel, type PurchaseState } from '@/entrypoints/popup/purchase-model';
import type { PurchaseOption } from '@/entrypoints/popup/purchase-options';
import { locale } from '@/utils/i18n';
import type { NumberOrder } from '@/utils/orders';
import { mountRoot, unmountRoot } from '../helpers/dom-root';

const option: PurchaseOption = {
  id: 'virtual:operator:64539',
  request: {
    product: 'virtual',
    params: { operator_id: 64539 },
    serviceName: 'WhatsApp',
    countryName: 'Kırgızistan (+996)',
  },
  priceTl: 9.19,
  inStock: true,
  label: 'Kırgızistan (+996) · any',
};

let root: HTMLElement;

function show(state: PurchaseState): HTMLElement | null {
  const purchase = createPurchaseModel({ onSettled: () => undefined });
  purchase.state.value = state;
  act(() => {
    render(<PurchaseOutcome purchase={purchase} onOpenHistory={() => undefined} />, root);
  });
  return root.querySelector('[data-testid="purchase-outcome"]');
}

describe('the outcome of a purchase', () => {
  beforeEach(() => {
    root = mountRoot();
  });

  afterEach(() => unmountRoot(root));

  it('warns when one click bought more than one number', () => {
    const order = { number: '447543691031', priceTl: 4.46 } as NumberOrder;
    show({ kind: 'bought', option, order, duplicates: [{ ...order, number: '447543691032' }] });

    const warning = root.querySelector('[data-testid="purchase-duplicates"]');

    expect(warning?.textContent).toContain('2 numbers');
    expect(warning?.textContent).toContain('7543691032');
  });

  it('warns in Turkish, naming each extra number once', () => {
    locale.value = 'tr';
    try {
      const order = { number: '447543691031', priceTl: 4.46 } as NumberOrder;
      const duplicates = [
        { ...order, number: '447543691032' },
        { ...order, number: '447543691033' },
      ];
      show({ kind: 'bought', option, order, duplicates });

      const warning = root.querySelector('[data-testid="purchase-duplicates"]');

      expect(warning?.textContent).toContain('3 numara satıldı');
      expect(warning?.textContent).toContain(
        'Fazladan satılan numaralar +447543691032, +447543691033',
      );
      expect(warning?.querySelector('button')?.getAttribute('aria-label')).toBe('Kapat');
    } finally {
      locale.value = 'en';
    }
  });

  it('says nothing more once one number is bought', () => {
    const order = { number: '447543691031', priceTl: 4.46 } as NumberOrder;

    const outcome = show({ kind: 'bought', option, order, duplicates: [] });

    expect(outcome).toBeNull();
    expect(root.querySelector('[data-testid="purchase-duplicates"]')).toBeNull();
  });

  it('offers the moved price on one button', () => {
    const outcome = show({
      kind: 'wrong_price',
      option,
      message: 'Seçilen fiyat artık geçerli değil.',
      altPriceTl: 9.19,
      altPriceUsd: 0.055,
    });

    expect(outcome?.textContent).toContain('Seçilen fiyat artık geçerli değil.');
    expect(outcome?.querySelector('[data-testid="accept-price"]')?.textContent).toBe(
      'Buy at ₺9,19',
    );
  });

  it('says nothing was charged and offers the next cheapest', () => {
    const outcome = show({ kind: 'no_numbers', option, message: 'Numara yok.', next: option });

    expect(outcome?.textContent).toContain('Nothing was charged: Numara yok.');
    expect(outcome?.querySelector('[data-testid="buy-next-cheapest"]')?.textContent).toBe(
      'Buy Kırgızistan (+996) · any at ₺9,19',
    );
  });

  it("shows the API's refusal as it is, with the amount required", () => {
    const outcome = show({
      kind: 'failed',
      option,
      error: {
        ok: false,
        code: 'api',
        message: 'Bakiyeniz yetersiz. Gerekli: 2007.00',
        outcomeUnknown: false,
        requiredAmount: 2007,
      },
    });

    expect(outcome?.textContent).toContain('Bakiyeniz yetersiz. Gerekli: 2007.00');
    expect(outcome?.textContent).toContain('Balance too low: ₺2.007,00 needed');
  });

  it('is not shown while the purchase is on its way', () => {
    expect(show({ kind: 'sending', option })).toBeNull();
    expect(root.textContent).toContain('Buying Kırgızistan (+996) · any…');
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { DeliveryData } from '@/components/license/DeliveryData';
import { LicenseProductView } from '@/components/license/LicenseProductView';
import { createLicenseProductModel } from '@/entrypoints/options/license/product-model';
import { createRevealModel } from '@/entrypoints/options/license/reveal-model';
import { createCopyModel } from '@/entrypoints/popup/copy-model';
import { locale } from '@/utils/i18n';
import { mountRoot, unmountRoot } from '../helpers/dom-root';

let root: HTMLElement;

function button(name: RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((element) =>
    name.test(element.getAttribute('aria-label') ?? element.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('the license views', () => {
  beforeEach(() => {
    root = mountRoot();
  });

  afterEach(() => unmountRoot(root));

  it('hide a delivery until it is revealed, and hide it again', () => {
    const reveal = createRevealModel();
    const view = () => (
      <DeliveryData
        orderId={1284}
        data="mail@example.com:secret"
        reveal={reveal}
        copy={createCopyModel()}
        place="orders"
      />
    );
    act(() => render(view(), root));
    expect(root.textContent).not.toContain('secret');
    expect(button(/Reveal delivery/).getAttribute('aria-pressed')).toBe('false');

    act(() => button(/Reveal delivery/).click());
    act(() => render(view(), root));
    expect(root.querySelector('[data-testid="delivery-data"]')?.textContent).toBe(
      'mail@example.com:secret',
    );
    expect(button(/Hide delivery/).textContent).toBe('Hide');
    expect(button(/Hide delivery/).getAttribute('aria-pressed')).toBe('true');
    expect(button(/Copy delivery/)).toBeTruthy();
  });

  it('show the reason for a missing field next to it after a refused attempt', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({
      ok: true,
      value: {
        status: 'success',
        product: {
          product_id: 1885900,
          name: 'Office 365 Pro',
          description: null,
          image_url: null,
          price_tl: 250,
          is_stock: true,
          stock_count: 30,
          is_automatic_delivery: true,
          product_type: 'custom',
          required_fields: [{ name: 'first_name', label: 'Ad', type: 'text' }],
        },
      },
    }));
    const model = createLicenseProductModel();
    await model.open(1885900);
    const view = () => (
      <LicenseProductView
        model={model}
        reveal={createRevealModel()}
        copy={createCopyModel()}
        onBack={() => undefined}
        onShowOrders={() => undefined}
      />
    );
    act(() => render(view(), root));
    const input = root.querySelector<HTMLInputElement>('input[name="first_name"]');
    expect(input?.type).toBe('text');
    expect(root.querySelector('[data-testid="field-error"]')).toBeNull();

    act(() => button(/Buy/).click());
    act(() => render(view(), root));

    const error = root.querySelector('[data-testid="field-error"]');
    expect(error?.textContent).toBe('Ad is required.');
    expect(input?.getAttribute('aria-describedby')).toBe(error?.id);
    expect(root.querySelector('[data-testid="spend-confirm"]')).toBeNull();
  });

  it('speak Turkish when it is chosen, and change language without being opened again', () => {
    const reveal = createRevealModel();
    act(() => {
      locale.value = 'tr';
      render(
        <DeliveryData
          orderId={1284}
          data="KEY-1"
          reveal={reveal}
          copy={createCopyModel()}
          place="orders"
        />,
        root,
      );
    });

    expect(root.textContent).toContain('Teslimat:');
    expect(button(/teslimatını göster/).textContent).toBe('Göster');
    expect(button(/teslimatını göster/).getAttribute('aria-label')).toBe(
      '1284 numaralı siparişin teslimatını göster',
    );

    act(() => {
      locale.value = 'en';
    });
    expect(button(/Reveal delivery/).textContent).toBe('Reveal');
    expect(root.textContent).not.toContain('Teslimat');
  });
});

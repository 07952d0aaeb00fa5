// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { OrderForm } from '@/components/smm/OrderForm';
import { StatusBadge } from '@/components/smm/StatusBadge';
import { createSmmOrderFormModel } from '@/entrypoints/options/smm/order-form-model';
import type { SmmService } from '@/utils/api';
import { locale } from '@/utils/i18n';
import { mountRoot, unmountRoot } from '../helpers/dom-root';

const likes: SmmService = {
  service_id: 2,
  category_id: 1,
  name: 'Tweet Beğeni',
  description: null,
  icon: null,
  input_type: 'link',
  input_placeholder: null,
  price_per_unit_tl: 0.1984,
  min_quantity: 100,
  max_quantity: 2500,
  avg_delivery_time: null,
  status: 'active',
  extras: [{ name: '+Favoriye Ekleme', price_per_unit_tl: 1 }],
};

let root: HTMLElement;

function labelText(id: string): string {
  return root.querySelector(`label[for="${id}"]`)?.textContent ?? '';
}

function type(id: string, text: string): void {
  const input = root.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no input ${id}`);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the SMM views', () => {
  beforeEach(() => {
    root = mountRoot();
  });

  afterEach(() => unmountRoot(root));

  it('show the order form in Turkish, and in English once the language changes', () => {
    locale.value = 'tr';
    const model = createSmmOrderFormModel();
    model.setService(likes);
    act(() => render(<OrderForm model={model} />, root));

    expect(labelText('smm-target')).toBe('Bağlantı');
    expect(labelText('smm-quantity')).toBe('Miktar (100 – 2500)');
    expect(root.querySelector('legend')?.textContent).toBe('Ekstralar');
    expect(root.textContent).toContain('+Favoriye Ekleme (birim başına +₺1,00)');
    expect(root.querySelector('[data-testid="spend"]')?.textContent).toContain('Sipariş ver');

    act(() => type('smm-quantity', '50'));
    expect(root.querySelector('[data-testid="smm-error-quantity"]')?.textContent).toBe(
      'Miktar 100 – 2500 arasında olmalıdır.',
    );

    act(() => {
      locale.value = 'en';
    });
    expect(labelText('smm-quantity')).toBe('Quantity (100 – 2500)');
    expect(root.querySelector('[data-testid="smm-error-quantity"]')?.textContent).toBe(
      'The quantity must be from 100 – 2500.',
    );
  });

  it('show a status as a word of the language with its mark, keeping the machine value', () => {
    locale.value = 'tr';
    act(() =>
      render(
        <>
          <StatusBadge status="pending" />
          <StatusBadge status="partial" />
        </>,
        root,
      ),
    );

    const badges = [...root.querySelectorAll('[data-testid="smm-status"]')];
    expect(badges.map((badge) => badge.getAttribute('data-status'))).toEqual([
      'pending',
      'partial',
    ]);
    expect(badges.map((badge) => badge.textContent)).toEqual([
      '… Beklemede',
      '◐ Kısmen tamamlandı',
    ]);
  });

  it('describe a failed order in the words of the extension, with the amount needed', () => {
    const model = createSmmOrderFormModel();
    model.setService(likes);
    model.outcome.value = {
      kind: 'failed',
      error: {
        ok: false,
        code: 'network',
        message: 'Failed to fetch',
        outcomeUnknown: false,
        requiredAmount: 19.84,
      },
    };
    act(() => render(<OrderForm model={model} />, root));

    const shown = root.querySelector('[data-testid="smm-failed"]')?.textContent ?? '';
    expect(shown).toContain('could not be reached');
    expect(shown).not.toContain('Failed to fetch');
    expect(shown).toContain('(needed: ₺19,84)');
  });
});

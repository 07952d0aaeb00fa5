// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { HistoryFilters } from '@/components/history/HistoryFilters';
import { HistoryTable } from '@/components/history/HistoryTable';
import { createHistoryModel, type HistoryModel } from '@/entrypoints/options/history/history-model';
import { locale } from '@/utils/i18n';
import { ordersItem } from '@/utils/storage';

import { T0, makeOrder } from '../helpers/order-fixture';
import { mountRoot, unmountRoot } from '../helpers/dom-root';

let root: HTMLElement;

async function settled(): Promise<void> {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

async function showModel(orderCount: number, pageSize = 50): Promise<HistoryModel> {
  const orders = Array.from({ length: orderCount }, (_, index) =>
    makeOrder({
      key: `virtual:${index}`,
      activationId: index,
      createdAt: T0 - index * 1000,
      status: index === 0 ? 'canceled' : 'received',
      refundedTl: index === 0 ? 4.46 : null,
    }),
  );
  await ordersItem.setValue(Object.fromEntries(orders.map((order) => [order.key, order])));
  const model = createHistoryModel(pageSize);
  model.follow();
  await settled();
  act(() => {
    render(
      <>
        <HistoryFilters model={model} />
        <HistoryTable model={model} />
      </>,
      root,
    );
  });
  return model;
}

function rerender(model: HistoryModel): void {
  act(() => {
    render(
      <>
        <HistoryFilters model={model} />
        <HistoryTable model={model} />
      </>,
      root,
    );
  });
}

describe('the history page', () => {
  beforeEach(() => {
    root = mountRoot();
  });

  afterEach(() => unmountRoot(root));

  it('shows a table with a caption, header cells, the count and the total spent', async () => {
    await showModel(3);

    const table = root.querySelector('table');
    expect(table?.querySelector('caption')?.textContent).toContain('Orders, newest first');
    expect(
      [...(table?.querySelectorAll('th[scope="col"]') ?? [])].map((th) => th.textContent),
    ).toEqual(['Date', 'Product', 'Bought', 'Detail', 'Status', 'Price', 'Spent']);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(root.querySelector('[data-testid="history-count"]')?.textContent).toBe('3 orders');
    // The cancelled one was refunded: two of three cost 4.46.
    expect(root.querySelector('[data-testid="history-total"]')?.textContent).toBe('₺8,92');
    expect(root.querySelector('tbody tr')?.textContent).toContain('₺4,46 refunded');
  });

  it('labels every filter', async () => {
    await showModel(1);

    const labels = [...root.querySelectorAll('label.field > span')].map((span) => span.textContent);
    expect(labels).toEqual(['Product', 'Status', 'From', 'To', 'Search']);
    expect(root.querySelectorAll('label.field select, label.field input')).toHaveLength(5);
  });

  it('pages long lists', async () => {
    const model = await showModel(5, 2);

    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(root.querySelector('[data-testid="pager-where"]')?.textContent).toBe('Page 1 of 3');
    act(() => {
      (root.querySelector('[data-testid="pager-next"]') as HTMLButtonElement).click();
    });
    rerender(model);
    expect(root.querySelector('[data-testid="pager-where"]')?.textContent).toBe('Page 2 of 3');
  });

  it('tells an empty history from a filter that matches nothing', async () => {
    await showModel(0);
    expect(root.querySelector('[data-testid="history-empty"]')?.textContent).toBe('No orders yet.');
    expect(root.querySelector('table')).toBeNull();
    render(null, root);

    const model = await showModel(2);
    act(() => model.setFilter({ search: 'no such order' }));
    rerender(model);
    expect(root.querySelector('[data-testid="history-empty"]')?.textContent).toBe(
      'No orders match these filters.',
    );
  });

  it('puts the date problem next to the dates', async () => {
    const model = await showModel(1);

    act(() => model.setFilter({ from: '2026-05-20', to: '2026-05-19' }));
    rerender(model);

    const problem = root.querySelector('#history-date-error');
    expect(problem?.textContent).toBe('The start date is after the end date.');
    expect(root.querySelector('input[type="date"]')?.getAttribute('aria-describedby')).toBe(
      'history-date-error',
    );
  });

  it('shows loading, then a failure with a retry', async () => {
    const model = createHistoryModel();
    act(() => render(<HistoryTable model={model} />, root));
    expect(root.textContent).toContain('Loading…');

    act(() => {
      model.load.value = { kind: 'failed', message: 'The stored orders could not be read.' };
    });
    act(() => render(<HistoryTable model={model} />, root));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('could not be read');
    expect(root.querySelector('[role="alert"] button')?.textContent).toBe('Retry');
  });

  it('speaks Turkish as soon as the language changes', async () => {
    const model = await showModel(3);

    act(() => {
      locale.value = 'tr';
    });

    expect([...root.querySelectorAll('th[scope="col"]')].map((th) => th.textContent)).toEqual([
      'Tarih',
      'Ürün',
      'Satın alınan',
      'Ayrıntı',
      'Durum',
      'Fiyat',
      'Harcanan',
    ]);
    expect(root.querySelector('[data-testid="history-count"]')?.textContent).toBe('3 sipariş');
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(rows[0]).toContain('₺4,46 iade edildi');
    expect(rows[1]).toContain('Kod alındı');
    expect(rows[1]).toContain('Sanal numara');

    act(() => model.setFilter({ from: '2026-05-20', to: '2026-05-19' }));
    expect(root.querySelector('#history-date-error')?.textContent).toBe(
      'Başlangıç tarihi, bitiş tarihinden sonra.',
    );

    act(() => {
      locale.value = 'en';
    });
    expect(root.querySelector('#history-date-error')?.textContent).toBe(
      'The start date is after the end date.',
    );
  });
});

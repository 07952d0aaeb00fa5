import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createSmmCatalogModel } from '@/entrypoints/options/smm/catalog-model';
import { categoryGlyph } from '@/entrypoints/options/smm/category-icons';
import { createSmmOrderFormModel } from '@/entrypoints/options/smm/order-form-model';
import { createSmmOrdersModel, deliveredShare } from '@/entrypoints/options/smm/orders-model';
import type { SmmOrder, SmmService } from '@/utils/api';
import type { BackgroundRequest } from '@/utils/messages';
import { balanceItem } from '@/utils/storage';

const views: SmmService = {
  service_id: 1,
  category_id: 1,
  name: 'Tweet Görüntülenme',
  description: 'Düşüş Olmaz\nMavi Tik',
  icon: null,
  input_type: 'link',
  input_placeholder: 'https://x.com/...',
  price_per_unit_tl: 0.0015,
  min_quantity: 10,
  max_quantity: 30300,
  avg_delivery_time: '0-3 saat',
  status: 'active',
  extras: [],
};

const order: SmmOrder = {
  order_id: 1280,
  service_id: 1,
  service_name: 'Tweet Görüntülenme',
  link: 'https://x.com/a/status/1',
  quantity: 1000,
  comments: null,
  extras: [],
  total_price_tl: 1.5,
  order_status: 'processing',
  start_count: 0,
  remains: 1000,
  created_at: '2026-05-19T11:30:00.000Z',
};

type Answer = (request: BackgroundRequest) => unknown;

/** Answers the worker's requests with `answer` and keeps what was asked. */
function serve(answer: Answer): BackgroundRequest[] {
  const sent: BackgroundRequest[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    sent.push(message as BackgroundRequest);
    return answer(message as BackgroundRequest);
  });
  return sent;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the SMM order form model', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends one order for two confirmations and resets the form after it is placed', async () => {
    const sent = serve(() => ({ ok: true, value: { kind: 'placed', order, message: 'ok' } }));
    const placed: SmmOrder[] = [];
    let ids = 0;
    const model = createSmmOrderFormModel({
      onPlaced: (next) => placed.push(next),
      newPurchaseId: () => `purchase-${++ids}`,
    });
    model.setService(views);
    expect(model.form.value.quantity).toBe('10');
    model.edit({ target: 'https://x.com/a/status/1', quantity: '1000' });
    expect(model.check.value).toMatchObject({ ok: true, totalTl: 1.5 });

    await Promise.all([model.place(), model.place()]);

    expect(sent).toEqual([
      {
        type: 'placeSmmOrder',
        purchaseId: 'purchase-1',
        params: { service_id: 1, link: 'https://x.com/a/status/1', quantity: 1000 },
      },
    ]);
    expect(placed).toEqual([order]);
    expect(model.outcome.value).toMatchObject({ kind: 'placed', order: { order_id: 1280 } });
    expect(model.form.value).toMatchObject({ target: '', quantity: '10' });
    expect(model.isSending.value).toBe(false);
  });

  it('sends nothing while the form is wrong, and then shows every reason', async () => {
    const sent = serve(() => ({ ok: true, value: { kind: 'unknown', message: 'lost' } }));
    const model = createSmmOrderFormModel();
    model.setService(views);
    model.edit({ quantity: '5' });
    expect(model.errorOf('quantity')).toContain('10 – 30300');
    expect(model.errorOf('target')).toBeUndefined();

    await model.place();

    expect(sent).toEqual([]);
    expect(model.errorOf('target')).toBe('Enter the link.');
  });

  it('refuses a total above the stored balance and follows it as it changes', async () => {
    await balanceItem.setValue({
      balance: { status: 'success', balance: 1, currency: 'TRY', isReseller: false },
      savedAt: 0,
    });
    const model = createSmmOrderFormModel();
    const stop = model.followBalance();
    await settle();
    model.setService(views);
    model.edit({ target: 'https://x.com/a', quantity: '1000' });
    expect(model.errorOf('balance')).toContain('₺0,50 more');

    await balanceItem.setValue({
      balance: { status: 'success', balance: 5, currency: 'TRY', isReseller: false },
      savedAt: 1,
    });
    await settle();
    expect(model.errorOf('balance')).toBeUndefined();
    stop();
  });

  it("shows the service's refusal and a lost answer's message", async () => {
    const answers = [
      {
        ok: false,
        code: 'api',
        message: 'Bakiyeniz yetersiz. Gerekli: 1.50',
        outcomeUnknown: false,
      },
      { ok: true, value: { kind: 'unknown', message: 'The answer was lost.' } },
    ];
    serve(() => answers.shift());
    const model = createSmmOrderFormModel();
    model.setService(views);
    model.edit({ target: 'https://x.com/a', quantity: '1000' });

    await model.place();
    expect(model.outcome.value).toMatchObject({
      kind: 'failed',
      error: { message: 'Bakiyeniz yetersiz. Gerekli: 1.50' },
    });
    expect(model.form.value.target).toBe('https://x.com/a');

    await model.place();
    expect(model.outcome.value).toEqual({ kind: 'unknown', message: 'The answer was lost.' });
    expect(model.form.value.target).toBe('');
  });
});

describe('the SMM catalog model', () => {
  beforeEach(() => fakeBrowser.reset());

  it('chooses the first category, asks for coming services on request and pages them', async () => {
    const many = Array.from({ length: 11 }, (_, index) => ({ ...views, service_id: index + 1 }));
    const sent = serve((request) => {
      if (request.type === 'smmCategories') {
        return {
          ok: true,
          value: {
            status: 'success',
            categories: [
              { category_id: 4, name: 'TikTok', icon: 'bi-tiktok', display_order: 4 },
              { category_id: 1, name: 'Twitter (X)', icon: 'bi-twitter-x', display_order: 1 },
            ],
          },
        };
      }
      return { ok: true, value: { status: 'success', services: many } };
    });
    const catalog = createSmmCatalogModel({ searchDelayMs: 0 });

    await catalog.loadCategories();
    expect(catalog.categoryId.value).toBe(1);
    expect(catalog.pageOfServices.value.map((service) => service.service_id)).toHaveLength(8);
    expect(catalog.totalPages.value).toBe(2);
    catalog.page.value = 2;
    expect(catalog.pageOfServices.value.map((service) => service.service_id)).toEqual([9, 10, 11]);

    await catalog.setIncludeComing(true);
    catalog.setSearch(' beğeni ');
    await settle();
    await settle();

    expect(sent.filter((request) => request.type === 'smmServices')).toEqual([
      { type: 'smmServices', params: { category_id: 1 } },
      { type: 'smmServices', params: { category_id: 1, include_coming: 1 } },
      { type: 'smmServices', params: { category_id: 1, search: 'beğeni', include_coming: 1 } },
    ]);
    expect(catalog.page.value).toBe(1);
  });

  it("reads a chosen service's detail and keeps what only the list told", async () => {
    serve((request) =>
      request.type === 'smmServiceDetail'
        ? {
            ok: true,
            value: {
              status: 'success',
              service: { ...views, avg_delivery_time: null, price_per_unit_tl: 0.002 },
            },
          }
        : { ok: true, value: { status: 'success', services: [views] } },
    );
    const catalog = createSmmCatalogModel();
    catalog.categoryId.value = 1;
    await catalog.loadServices();

    await catalog.chooseService(1);

    expect(catalog.detail.state.value).toMatchObject({
      kind: 'ready',
      value: { price_per_unit_tl: 0.002, avg_delivery_time: '0-3 saat' },
    });
  });

  it('shows a failed list with a retry that asks again', async () => {
    const answers = [
      { ok: false, code: 'network', message: 'offline', outcomeUnknown: false },
      { ok: true, value: { status: 'success', categories: [] } },
    ];
    const sent = serve(() => answers.shift());
    const catalog = createSmmCatalogModel();

    await catalog.loadCategories();
    expect(catalog.categories.state.value).toMatchObject({
      kind: 'failed',
      error: { message: 'offline' },
    });
    await catalog.categories.retry();
    expect(catalog.categories.state.value).toEqual({ kind: 'ready', value: [] });
    expect(sent).toHaveLength(2);
  });
});

describe('the SMM orders model', () => {
  beforeEach(() => fakeBrowser.reset());

  const pageOf = (items: SmmOrder[]) => ({
    ok: true,
    value: { status: 'success', page: 1, limit: 10, total: items.length, total_pages: 1, items },
  });

  it('asks for the chosen page, status and search', async () => {
    const sent = serve(() => pageOf([order]));
    const orders = createSmmOrdersModel({ searchDelayMs: 0 });

    await orders.load(2);
    await orders.setStatus('partial');
    orders.setSearch(' 1280 ');
    await settle();
    await settle();

    expect(sent).toEqual([
      { type: 'smmOrders', params: { page: 2, limit: 10 } },
      { type: 'smmOrders', params: { page: 1, limit: 10, order_status: 'partial' } },
      {
        type: 'smmOrders',
        params: { page: 1, limit: 10, order_status: 'partial', search: '1280' },
      },
    ]);
  });

  it('reads an opened order afresh and shows the new state in the list', async () => {
    const later = { ...order, start_count: 120, remains: 380 };
    const sent = serve((request) =>
      request.type === 'smmOrder' ? { ok: true, value: later } : pageOf([order]),
    );
    const orders = createSmmOrdersModel();
    await orders.load(1);

    await orders.toggle(order);

    expect(sent.at(-1)).toEqual({ type: 'smmOrder', orderId: 1280 });
    expect(orders.detail.value).toEqual({ kind: 'ready', order: later });
    expect(orders.list.state.value).toMatchObject({ kind: 'ready', value: { items: [later] } });
    expect(deliveredShare(later)).toBeCloseTo(0.62);

    await orders.toggle(order);
    expect(orders.openId.value).toBeNull();
  });
});

describe('SMM helpers', () => {
  it('give a delivered share only when the remains are known', () => {
    expect(deliveredShare({ ...order, remains: null })).toBeNull();
    expect(deliveredShare({ ...order, remains: 0 })).toBe(1);
    expect(deliveredShare({ ...order, remains: 1200 })).toBe(0);
  });

  it('stand a glyph in for known icons and the first letter for others', () => {
    expect(categoryGlyph('bi-twitter-x', 'Twitter (X)')).toBe('𝕏');
    expect(categoryGlyph('bi-youtube', 'YouTube')).toBe('▶');
    expect(categoryGlyph('bi-unknown', 'instagram')).toBe('I');
    expect(categoryGlyph(null, 'ışık')).toBe('I');
    expect(categoryGlyph(null, '  ')).toBe('?');
  });
});

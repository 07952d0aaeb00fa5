import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  PRODUCTS_PER_PAGE,
  createLicenseCatalogModel,
  isInStock,
  productQuery,
} from '@/entrypoints/options/license/catalog-model';
import {
  createLicenseOrdersModel,
  mergeStoredOrders,
  orderQuery,
} from '@/entrypoints/options/license/orders-model';
import { createLicenseProductModel } from '@/entrypoints/options/license/product-model';
import { createRemoteList } from '@/entrypoints/options/license/remote-list';
import { createRevealModel } from '@/entrypoints/options/license/reveal-model';
import type { LicenseOrder, LicenseProductDetail } from '@/utils/api';
import type { BackgroundAnswers, BackgroundRequest, Result } from '@/utils/messages';
import { balanceItem, licenseOrdersItem } from '@/utils/storage';

type Answers = { [T in keyof BackgroundAnswers]?: (request: never) => Result<unknown> };

/** Answers the worker's requests by type and keeps every request asked. */
function serve(answers: Answers): BackgroundRequest[] {
  const sent: BackgroundRequest[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const request = message as BackgroundRequest;
    sent.push(request);
    const answer = answers[request.type] as ((request: BackgroundRequest) => unknown) | undefined;
    return answer ? answer(request) : { ok: false, code: 'internal', message: 'unexpected' };
  });
  return sent;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const ok = <T>(value: T) => ({ ok: true as const, value });

function detail(change: Partial<LicenseProductDetail> = {}): LicenseProductDetail {
  return {
    product_id: 1885900,
    name: 'Office 365 Pro',
    description: 'Hesabınıza 1 yıllık tanımlama',
    image_url: null,
    price_tl: 250,
    is_stock: true,
    stock_count: 30,
    is_automatic_delivery: true,
    product_type: 'custom',
    required_fields: [
      { name: 'email', label: 'E-posta Adresiniz', type: 'email' },
      { name: 'first_name', label: 'Ad', type: 'text' },
    ],
    ...change,
  };
}

function order(change: Partial<LicenseOrder> = {}): LicenseOrder {
  return {
    order_id: 1285,
    product_id: 1885901,
    product_name: 'Office 365 A1 Kurumsal',
    amount_tl: 90,
    order_status: 'pending',
    delivery_data: null,
    order_params: {},
    created_at: '2026-05-19T14:31:00.000Z',
    ...change,
  };
}

const placed = (value: LicenseOrder) => () =>
  ok({ kind: 'placed' as const, order: value, message: null });

describe('the license catalog', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends only the filters that are set', () => {
    const base = { categoryId: 30, subCategoryId: null, inStockOnly: false, search: '  ' };
    expect(productQuery(base, 2)).toEqual({ category_id: 30, page: 2, limit: PRODUCTS_PER_PAGE });
    expect(
      productQuery({ ...base, subCategoryId: 61, inStockOnly: true, search: ' Copilot ' }, 1),
    ).toEqual({
      category_id: 30,
      sub_category_id: 61,
      in_stock_only: 1,
      search: 'Copilot',
      page: 1,
      limit: PRODUCTS_PER_PAGE,
    });
  });

  it('counts a product out of stock by its flag or a stock of zero', () => {
    expect(isInStock({ is_stock: true, stock_count: 3 })).toBe(true);
    expect(isInStock({ is_stock: false, stock_count: 3 })).toBe(false);
    expect(isInStock({ is_stock: true, stock_count: 0 })).toBe(false);
    expect(isInStock({ is_stock: true, stock_count: null })).toBe(true);
  });

  it('loads the chosen category with its subcategories, and pages its products', async () => {
    const sent = serve({
      licenseCategories: () =>
        ok({
          status: 'success',
          categories: [
            { category_id: 30, name: 'Geliştirici Araçları', display_order: 4 },
            { category_id: 4, name: 'Adobe', display_order: 1 },
          ],
        }),
      licenseSubcategories: () =>
        ok({
          status: 'success',
          category_id: 30,
          subcategories: [{ sub_category_id: 60, name: 'JetBrains', display_order: 1 }],
        }),
      licenseProducts: (request: Extract<BackgroundRequest, { type: 'licenseProducts' }>) =>
        ok({
          status: 'success',
          page: request.params?.page ?? 1,
          limit: 25,
          total: 56,
          total_pages: 3,
          products: [{ ...detail(), product_id: 1886000 + (request.params?.page ?? 1) }],
        }),
    });
    const catalog = createLicenseCatalogModel({ searchDelayMs: 0 });

    await catalog.load();
    expect(catalog.categories.items.value.map((entry) => entry.name)).toEqual([
      'Adobe',
      'Geliştirici Araçları',
    ]);

    await catalog.chooseCategory(30);
    expect(catalog.subcategories.items.value).toEqual([{ id: 60, name: 'JetBrains' }]);
    expect(catalog.products.totalPages.value).toBe(3);

    await catalog.products.goTo(2);
    expect(catalog.products.page.value).toBe(2);
    expect(catalog.products.items.value[0]?.product_id).toBe(1886002);

    await catalog.setInStockOnly(true);
    catalog.setSearch('Rider');
    await settle();
    const last = sent.at(-1);
    expect(last).toMatchObject({
      type: 'licenseProducts',
      params: { category_id: 30, in_stock_only: 1, search: 'Rider', page: 1 },
    });
  });
});

describe('a paged list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows only the answer to the newest request, and retries after a failure', async () => {
    const waiting: Array<(answer: Result<{ items: string[] }>) => void> = [];
    const list = createRemoteList<string, string>(
      () =>
        new Promise((resolve) => {
          waiting.push((answer) =>
            resolve(
              answer.ok
                ? ok({ items: answer.value.items, page: 1, totalPages: 1, total: 1 })
                : answer,
            ),
          );
        }),
    );

    const older = list.load('old');
    const newer = list.load('new');
    waiting[1]?.(ok({ items: ['new'] }));
    waiting[0]?.(ok({ items: ['old'] }));
    await Promise.all([older, newer]);
    expect(list.items.value).toEqual(['new']);

    const failing = list.load('again');
    waiting[2]?.({ ok: false, code: 'network', message: 'offline', outcomeUnknown: false });
    await failing;
    expect(list.status.value).toMatchObject({ kind: 'failed', error: { message: 'offline' } });

    const retried = list.retry();
    waiting[3]?.(ok({ items: ['again'] }));
    await retried;
    expect(list.status.value.kind).toBe('ready');
    expect(list.items.value).toEqual(['again']);
  });
});

describe('buying a license', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses missing fields with their reasons and sends nothing', async () => {
    const sent = serve({
      licenseProductDetail: () => ok({ status: 'success', product: detail() }),
    });
    const model = createLicenseProductModel();
    await model.open(1885900);

    model.edit('email', 'ali@example.com');
    expect(model.fieldErrors.value).toEqual({});
    await model.buy();

    expect(model.fieldErrors.value).toEqual({ first_name: 'Ad is required.' });
    expect(sent.filter((request) => request.type === 'buyLicense')).toHaveLength(0);
  });

  it('shows a reason for a field once it has been left', async () => {
    serve({ licenseProductDetail: () => ok({ status: 'success', product: detail() }) });
    const model = createLicenseProductModel();
    await model.open(1885900);

    model.edit('email', 'not an address');
    model.touch('email');

    expect(Object.keys(model.fieldErrors.value)).toEqual(['email']);
  });

  it('sends the fields once for two confirmations made before the answer', async () => {
    const sent = serve({
      licenseProductDetail: () => ok({ status: 'success', product: detail() }),
      buyLicense: placed(order({ order_status: 'success', delivery_data: 'key' })),
    });
    let ids = 0;
    const model = createLicenseProductModel({ newPurchaseId: () => `purchase-${++ids}` });
    await model.open(1885900);
    model.edit('email', 'ali@example.com');
    model.edit('first_name', 'Ali');

    await Promise.all([model.buy(), model.buy()]);

    const buys = sent.filter((request) => request.type === 'buyLicense');
    expect(buys).toEqual([
      {
        type: 'buyLicense',
        purchaseId: 'purchase-1',
        params: { product_id: 1885900, fields: { email: 'ali@example.com', first_name: 'Ali' } },
      },
    ]);
    expect(model.purchase.value).toMatchObject({ kind: 'placed', order: { delivery_data: 'key' } });
  });

  it('refuses a price above the known balance, saying how much is needed', async () => {
    const sent = serve({
      licenseProductDetail: () =>
        ok({ status: 'success', product: detail({ required_fields: [], price_tl: 50 }) }),
    });
    await balanceItem.setValue({
      balance: { status: 'success', balance: 20, currency: 'TRY', isReseller: false },
      savedAt: 0,
    });
    const model = createLicenseProductModel();
    const stop = model.follow();
    await model.open(1885200);
    await settle();

    expect(model.refusal.value).toMatch(/₺30,00 more is needed/);
    expect(model.canBuy.value).toBe(false);
    await model.buy();
    expect(sent.filter((request) => request.type === 'buyLicense')).toHaveLength(0);
    stop();
  });

  it('refuses a product out of stock', async () => {
    serve({
      licenseProductDetail: () =>
        ok({
          status: 'success',
          product: detail({ required_fields: [], is_stock: false, stock_count: 0 }),
        }),
    });
    const model = createLicenseProductModel();
    await model.open(1885903);

    expect(model.refusal.value).toMatch(/Out of stock/);
    expect(model.canBuy.value).toBe(false);
  });

  it("keeps the service's refusal and a lost answer apart", async () => {
    const answers: Result<unknown>[] = [
      {
        ok: false,
        code: 'api',
        message: 'Bakiyeniz yetersiz. Gerekli: 50.00',
        outcomeUnknown: false,
        requiredAmount: 50,
      },
      ok({ kind: 'unknown', message: 'The answer was lost.' }),
    ];
    serve({
      licenseProductDetail: () =>
        ok({ status: 'success', product: detail({ required_fields: [] }) }),
      buyLicense: () => answers.shift() as Result<unknown>,
    });
    const model = createLicenseProductModel();
    await model.open(1885200);

    await model.buy();
    expect(model.purchase.value).toMatchObject({
      kind: 'refused',
      error: { requiredAmount: 50, message: 'Bakiyeniz yetersiz. Gerekli: 50.00' },
    });

    await model.buy();
    expect(model.purchase.value).toEqual({ kind: 'unknown', message: 'The answer was lost.' });
  });

  it('shows a pending order settle when the worker stores it', async () => {
    serve({
      licenseProductDetail: () =>
        ok({ status: 'success', product: detail({ required_fields: [], product_id: 1885301 }) }),
      buyLicense: placed(order()),
    });
    const model = createLicenseProductModel();
    const stop = model.follow();
    await model.open(1885301);
    await model.buy();
    expect(model.purchase.value).toMatchObject({ order: { order_status: 'pending' } });

    await licenseOrdersItem.setValue({
      '1285': order({ order_status: 'success', delivery_data: 'A1-KEY' }),
    });
    await settle();

    expect(model.purchase.value).toMatchObject({
      kind: 'placed',
      order: { order_id: 1285, order_status: 'success', delivery_data: 'A1-KEY' },
    });
    stop();
  });
});

describe('the license orders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the status filter and search only when set', () => {
    expect(orderQuery({ status: 'all', search: '' }, 1)).toEqual({ page: 1, limit: 10 });
    expect(orderQuery({ status: 'failed', search: ' Canva ' }, 3)).toEqual({
      page: 3,
      limit: 10,
      order_status: 'failed',
      search: 'Canva',
    });
  });

  it('merges what the worker stored into the shown orders by id', () => {
    const shown = [order(), order({ order_id: 1286, order_status: 'success', delivery_data: 'X' })];
    const merged = mergeStoredOrders(shown, {
      '1285': order({ order_status: 'success', delivery_data: 'KEY' }),
      '1286': order({ order_id: 1286, order_status: 'success', delivery_data: null }),
    });
    expect(merged.map((entry) => [entry.order_status, entry.delivery_data])).toEqual([
      ['success', 'KEY'],
      ['success', 'X'],
    ]);
  });

  it('updates a shown order when the stored one settles, without asking again', async () => {
    const sent = serve({
      licenseOrders: () =>
        ok({ status: 'success', page: 1, limit: 10, total: 1, total_pages: 1, items: [order()] }),
    });
    const orders = createLicenseOrdersModel({ searchDelayMs: 0 });
    const stop = orders.follow();
    await orders.reload();
    expect(orders.orders.value[0]?.order_status).toBe('pending');

    await licenseOrdersItem.setValue({ '1285': order({ order_status: 'failed' }) });
    await settle();

    expect(orders.orders.value[0]?.order_status).toBe('failed');
    expect(sent).toHaveLength(1);
    stop();
  });

  it('asks again with the status filter', async () => {
    const sent = serve({
      licenseOrders: () =>
        ok({ status: 'success', page: 1, limit: 10, total: 0, total_pages: 0, items: [] }),
    });
    const orders = createLicenseOrdersModel({ searchDelayMs: 0 });

    await orders.setStatus('pending');

    expect(sent.at(-1)).toMatchObject({ params: { order_status: 'pending', page: 1 } });
    expect(orders.list.status.value.kind).toBe('ready');
  });
});

describe('revealing a delivery', () => {
  it('starts hidden and toggles each delivery on its own', () => {
    const reveal = createRevealModel();
    expect(reveal.isShown('orders:1')).toBe(false);

    reveal.toggle('orders:1');
    expect(reveal.isShown('orders:1')).toBe(true);
    expect(reveal.isShown('purchase:1')).toBe(false);

    reveal.toggle('orders:1');
    expect(reveal.isShown('orders:1')).toBe(false);
  });
});

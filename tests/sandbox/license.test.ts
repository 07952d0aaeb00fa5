// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LICENSE_SEED } from './catalog/license';
import { arrayField, numberField, objectField, useSandbox } from './harness';

const harness = useSandbox();
const API_TIME = /^\d{4}-\d{2}-\d{2} \d{2}: \d{2}: \d{2}$/;

const purchase = (productId: number, fields?: Record<string, string>) =>
  harness.api('lisans-bayi', 'purchase', {
    product_id: productId,
    ...(fields === undefined ? {} : { fields: JSON.stringify(fields) }),
  });
const readOrder = async (orderId: number) =>
  objectField((await harness.api('lisans-bayi', 'getOrder', { order_id: orderId })).body, 'order');

describe('license catalog', () => {
  it('lists categories and the subcategories of one', async () => {
    const categories = await harness.api('lisans-bayi', 'getCategories');
    const subcategories = await harness.api('lisans-bayi', 'getSubcategories', { category_id: 4 });

    expect(arrayField(categories.body, 'categories')[0]).toEqual({
      category_id: 4,
      name: 'Adobe',
      display_order: 1,
    });
    expect(subcategories.body).toEqual({
      status: 'success',
      category_id: 4,
      subcategories: [
        { sub_category_id: 33, name: 'Adobe Creative Cloud', display_order: 1 },
        { sub_category_id: 34, name: 'Adobe Stock', display_order: 2 },
      ],
    });
  });

  it('pages products 50 by default, by the given limit, at most 100', async () => {
    const category = LICENSE_SEED.largeCategoryId;

    const byDefault = await harness.api('lisans-bayi', 'getProducts', { category_id: category });
    const limited = await harness.api('lisans-bayi', 'getProducts', {
      category_id: category,
      limit: 25,
      page: 3,
    });
    const capped = await harness.api('lisans-bayi', 'getProducts', {
      category_id: category,
      limit: 500,
    });

    expect(byDefault.body).toMatchObject({ page: 1, limit: 50, total: 56, total_pages: 2 });
    expect(arrayField(byDefault.body, 'products')).toHaveLength(50);
    expect(limited.body).toMatchObject({ page: 3, limit: 25, total_pages: 3 });
    expect(arrayField(limited.body, 'products')).toHaveLength(6);
    expect(capped.body).toMatchObject({ limit: 100, total_pages: 1 });
  });

  it('filters by subcategory, name and stock', async () => {
    const sub = await harness.api('lisans-bayi', 'getProducts', { sub_category_id: 41 });
    const inStock = await harness.api('lisans-bayi', 'getProducts', {
      sub_category_id: 41,
      in_stock_only: 1,
    });
    const search = await harness.api('lisans-bayi', 'getProducts', { search: 'creative cloud' });

    const ids = (body: typeof sub.body) =>
      arrayField(body, 'products').map((product) => product.product_id);
    expect(ids(sub.body)).toEqual([1885902, LICENSE_SEED.outOfStockProductId]);
    expect(ids(inStock.body)).toEqual([1885902]);
    expect(ids(search.body)).toEqual([1885200, 1885202]);
  });

  it('describes products with their required fields', async () => {
    const plain = await harness.api('lisans-bayi', 'getProductDetail', {
      product_id: LICENSE_SEED.automaticProductId,
    });
    const custom = await harness.api('lisans-bayi', 'getProductDetail', {
      product_id: LICENSE_SEED.requiredFieldsProductId,
    });

    expect(objectField(plain.body, 'product')).toEqual({
      product_id: 1885200,
      category_id: 4,
      sub_category_id: 33,
      name: 'Adobe Creative Cloud - 14 Günlük',
      description: 'Tüm Adobe ürünleri dahil',
      image_url: null,
      price_tl: 50,
      is_stock: true,
      stock_count: 12,
      is_automatic_delivery: true,
      product_type: 'none',
      required_fields: [],
    });
    expect(objectField(custom.body, 'product')).toMatchObject({
      product_type: 'custom',
      required_fields: [
        { name: 'email', label: 'E-posta Adresiniz', type: 'email' },
        { name: 'first_name', label: 'Ad', type: 'text' },
      ],
    });
  });
});

describe('license purchase', () => {
  it('delivers an automatic product at once and lowers its stock', async () => {
    const answer = await purchase(LICENSE_SEED.automaticProductId);

    const detail = await harness.api('lisans-bayi', 'getProductDetail', {
      product_id: LICENSE_SEED.automaticProductId,
    });
    expect(answer.body).toEqual({
      status: 'success',
      message: 'Sipariş başarıyla tamamlandı, teslimat hazır.',
      order: {
        order_id: 1280,
        product_id: 1885200,
        product_name: 'Adobe Creative Cloud - 14 Günlük',
        amount_tl: 50,
        order_status: 'success',
        delivery_data: expect.stringMatching(/^\S+@outlook\.com:\S+$/),
        order_params: [],
        created_at: expect.stringMatching(API_TIME),
      },
    });
    expect(objectField(detail.body, 'product').stock_count).toBe(11);
  });

  it('names every missing or blank required field', async () => {
    const none = await purchase(LICENSE_SEED.requiredFieldsProductId);
    const blank = await purchase(LICENSE_SEED.requiredFieldsProductId, {
      email: 'a@b.co',
      first_name: '  ',
    });

    expect(none.body).toEqual({ status: 'error', message: 'Eksik alanlar: email, first_name' });
    expect(blank.body).toEqual({ status: 'error', message: 'Eksik alanlar: first_name' });
    expect(await harness.balance()).toBe(1000);
  });

  it('strips HTML, ignores unknown fields and keeps the values as order_params', async () => {
    const answer = await purchase(LICENSE_SEED.requiredFieldsProductId, {
      email: 'user@example.com',
      first_name: '<b>Ali</b><script>x</script>',
      favourite_colour: 'mavi',
    });

    expect(objectField(answer.body, 'order')).toMatchObject({
      order_status: 'success',
      order_params: { email: 'user@example.com', first_name: 'Alix' },
    });
  });

  it('refuses a field value longer than 250 characters', async () => {
    const answer = await purchase(LICENSE_SEED.requiredFieldsProductId, {
      email: 'user@example.com',
      first_name: 'a'.repeat(251),
    });
    const longest = await purchase(LICENSE_SEED.requiredFieldsProductId, {
      email: 'user@example.com',
      first_name: 'a'.repeat(250),
    });

    expect(answer.body).toMatchObject({ status: 'error', message: expect.stringContaining('250') });
    expect(longest.body.status).toBe('success');
  });

  it('answers 400 when fields is not JSON', async () => {
    const answer = await harness.api('lisans-bayi', 'purchase', {
      product_id: LICENSE_SEED.requiredFieldsProductId,
      fields: '{email:',
    });

    expect(answer.status).toBe(400);
  });

  it('keeps a manual order pending for three minutes, then delivers it', async () => {
    const placed = await purchase(LICENSE_SEED.manualProductId, {
      email: 'ogr@okul.edu.tr',
      institution_code: 'K-42',
    });
    const orderId = numberField(objectField(placed.body, 'order'), 'order_id');

    await harness.advanceClock(179);
    const waiting = await readOrder(orderId);
    await harness.advanceClock(2);
    const delivered = await readOrder(orderId);

    expect(placed.body).toMatchObject({
      message: 'Sipariş oluşturuldu, teslimat bekleniyor.',
      order: {
        order_status: 'pending',
        delivery_data: null,
        order_params: { email: 'ogr@okul.edu.tr', institution_code: 'K-42' },
      },
    });
    expect(waiting).toMatchObject({
      order_status: 'pending',
      delivery_data: null,
      updated_at: expect.stringMatching(API_TIME),
    });
    expect(delivered).toMatchObject({
      order_status: 'success',
      delivery_data: expect.stringContaining('ogr@okul.edu.tr'),
    });
    expect(delivered.updated_at).not.toBe(delivered.created_at);
  });

  it('refunds a manual order that fails', async () => {
    const placed = await purchase(LICENSE_SEED.failingProductId);
    const orderId = numberField(objectField(placed.body, 'order'), 'order_id');
    const charged = await harness.balance();

    await harness.advanceClock(200);

    expect(charged).toBe(925);
    expect(await readOrder(orderId)).toMatchObject({ order_status: 'failed', delivery_data: null });
    expect(await harness.balance()).toBe(1000);
  });

  it('refuses an out-of-stock product', async () => {
    const detail = await harness.api('lisans-bayi', 'getProductDetail', {
      product_id: LICENSE_SEED.outOfStockProductId,
    });

    const answer = await purchase(LICENSE_SEED.outOfStockProductId);

    expect(objectField(detail.body, 'product')).toMatchObject({ is_stock: false, stock_count: 0 });
    expect(answer.body).toMatchObject({ status: 'error' });
    expect(await harness.balance()).toBe(1000);
  });

  it('refuses a purchase the balance cannot cover', async () => {
    await harness.control('balance', { balance: 20 });

    const answer = await purchase(LICENSE_SEED.automaticProductId);

    expect(answer.body).toEqual({ status: 'error', message: 'Bakiyeniz yetersiz. Gerekli: 50.00' });
  });

  it('lists orders newest first with status filter and product-name search', async () => {
    await purchase(LICENSE_SEED.automaticProductId);
    await purchase(LICENSE_SEED.failingProductId);
    await purchase(1885902);

    const all = await harness.api('lisans-bayi', 'getOrders', { page: 1, limit: 99 });
    const pending = await harness.api('lisans-bayi', 'getOrders', { order_status: 'pending' });
    const search = await harness.api('lisans-bayi', 'getOrders', { search: 'office' });

    const ids = (body: typeof all.body) => arrayField(body, 'items').map((item) => item.order_id);
    expect(all.body).toMatchObject({ page: 1, limit: 50, total: 3, total_pages: 1 });
    expect(ids(all.body)).toEqual([1282, 1281, 1280]);
    expect(arrayField(all.body, 'items')[0]).not.toHaveProperty('updated_at');
    expect(ids(pending.body)).toEqual([1281]);
    expect(ids(search.body)).toEqual([1282]);
  });
});

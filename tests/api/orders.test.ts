import { describe, expect, it } from 'vitest';

import { refusal, useClientSandbox } from '../helpers/client-sandbox';
import { LICENSE_SEED } from '../sandbox/catalog/license';
import { SMM_SEED } from '../sandbox/catalog/smm';

const sb = useClientSandbox({ balance: 5000 });

describe('SMM orders through the client', () => {
  it('lists categories with icons and leaves coming services out unless asked', async () => {
    const { categories } = await sb.api.smm.getCategories();
    const active = await sb.api.smm.getServices();
    const all = await sb.api.smm.getServices({ include_coming: 1 });

    expect(categories[0]).toMatchObject({ icon: expect.stringMatching(/^bi-/) });
    expect(active.services.map((service) => service.service_id)).not.toContain(
      SMM_SEED.comingServiceId,
    );
    expect(all.services.map((service) => service.service_id)).toContain(SMM_SEED.comingServiceId);
  });

  it('orders a link with extras at the price the detail gives', async () => {
    const { service } = await sb.api.smm.getServiceDetail({ service_id: SMM_SEED.extrasServiceId });
    const extra = service.extras[0]!;

    const { order } = await sb.api.smm.placeOrder({
      service_id: service.service_id,
      link: 'https://x.com/pale100/status/20503',
      quantity: 500,
      extras: [{ name: extra.name }],
    });

    const expected = 500 * service.price_per_unit_tl + 500 * extra.price_per_unit_tl;
    expect(order.total_price_tl).toBeCloseTo(expected, 1);
    expect(order.created_at).toMatch(/\+03:00$/);
  });

  it('counts custom comments from their lines', async () => {
    const { order } = await sb.api.smm.placeOrder({
      service_id: SMM_SEED.customCommentsServiceId,
      link: 'https://x.com/pale100/status/1',
      comments: 'Harika!\nÇok iyi\nSüper\nBravo\nTeşekkürler\n',
    });

    expect(order.quantity).toBe(5);
    expect(order.comments).toContain('Bravo');
  });

  it("refuses a quantity outside the service's limits with the server's message", async () => {
    const error = await refusal(
      sb.api.smm.placeOrder({
        service_id: SMM_SEED.extrasServiceId,
        link: 'https://x.com/a',
        quantity: 5,
      }),
    );

    expect(error.message).toBe('Miktar sınırların dışında: 100 – 2500 adet.');
  });

  it('follows an order to completion and finds it in the list', async () => {
    const { order } = await sb.api.smm.placeOrder({
      service_id: SMM_SEED.linkServiceId,
      link: 'https://x.com/pale100/status/2',
      quantity: 1000,
    });
    await sb.control.advanceClock(24 * 3600);
    const later = await sb.api.smm.getOrder({ order_id: order.order_id });
    const list = await sb.api.smm.getOrders({ search: String(order.order_id) });

    expect(later.order).toMatchObject({ order_status: 'completed', remains: 0 });
    expect(list.items.map((item) => item.order_id)).toContain(order.order_id);
  });
});

describe('license orders through the client', () => {
  it('walks categories, subcategories and products page by page', async () => {
    const { categories } = await sb.api.license.getCategories();
    const { subcategories } = await sb.api.license.getSubcategories({
      category_id: categories[0]!.category_id,
    });
    const page1 = await sb.api.license.getProducts({
      category_id: LICENSE_SEED.largeCategoryId,
      limit: 25,
    });
    const page3 = await sb.api.license.getProducts({
      category_id: LICENSE_SEED.largeCategoryId,
      limit: 25,
      page: 3,
    });

    expect(subcategories.length).toBeGreaterThan(0);
    expect(page1).toMatchObject({ total_pages: 3, page: 1 });
    expect(page3.products.length).toBe(page1.total - 50);
  });

  it('delivers an automatic product at once', async () => {
    const { order } = await sb.api.license.purchase({
      product_id: LICENSE_SEED.automaticProductId,
    });

    expect(order).toMatchObject({ order_status: 'success', order_params: {} });
    expect(order.delivery_data).toBeTruthy();
  });

  it('asks for the required fields and keeps what was given', async () => {
    const { product } = await sb.api.license.getProductDetail({
      product_id: LICENSE_SEED.requiredFieldsProductId,
    });
    const missing = await refusal(sb.api.license.purchase({ product_id: product.product_id }));
    const fields = Object.fromEntries(
      product.required_fields.map((field) => [field.name, 'ali@example.com']),
    );

    const { order } = await sb.api.license.purchase({ product_id: product.product_id, fields });

    expect(missing.message).toMatch(/^Eksik alanlar: /);
    expect(order.order_params).toEqual(fields);
  });

  it('sees a manual delivery succeed later', async () => {
    const fields = { email: 'ali@example.com', institution_code: 'TR-123' };
    const { order } = await sb.api.license.purchase({
      product_id: LICENSE_SEED.manualProductId,
      fields,
    });
    await sb.control.advanceClock(10 * 60);
    const later = await sb.api.license.getOrder({ order_id: order.order_id });
    const pendingList = await sb.api.license.getOrders({ order_status: 'pending' });

    expect(order.order_status).toBe('pending');
    expect(later.order.order_status).toBe('success');
    expect(later.order.updated_at).toBeDefined();
    expect(pendingList.items.map((item) => item.order_id)).not.toContain(order.order_id);
  });

  it('refuses a product out of stock', async () => {
    const error = await refusal(
      sb.api.license.purchase({ product_id: LICENSE_SEED.outOfStockProductId }),
    );

    expect(error.message.length).toBeGreaterThan(0);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SMM_SEED } from './catalog/smm';
import { arrayField, objectField, useSandbox } from './harness';

const harness = useSandbox();
const TWEET = 'https://x.com/elonmusk/status/20503';

const order = (params: Record<string, string | number>) => harness.api('smm', 'placeOrder', params);

describe('SMM catalog', () => {
  it('lists categories with icons in display order', async () => {
    const answer = await harness.api('smm', 'getCategories');

    const categories = arrayField(answer.body, 'categories');
    expect(categories[0]).toEqual({
      category_id: 1,
      name: 'Twitter (X)',
      icon: 'bi-twitter-x',
      display_order: 1,
    });
    expect(categories[1]).toMatchObject({ icon: 'bi-instagram', display_order: 2 });
  });

  it('lists a category’s services with extras or an empty extras list', async () => {
    const answer = await harness.api('smm', 'getServices', { category_id: 1 });

    const services = arrayField(answer.body, 'services');
    expect(answer.body.count).toBe(3);
    expect(services[0]).toEqual({
      service_id: 1,
      category_id: 1,
      name: 'Tweet Görüntülenme (Analytic View)',
      description: 'Düşüş Olmaz ✅\nMavi Tik Analytic Panelde yansır',
      icon: null,
      input_type: 'link',
      input_placeholder: 'https://x.com/elonmusk/status/...',
      price_per_unit_tl: 0.0015,
      min_quantity: 10,
      max_quantity: 30300,
      avg_delivery_time: '0-3 saat',
      status: 'active',
      extras: [],
    });
    expect(services[1]?.extras).toEqual([
      { name: '+Favoriye Ekleme', price_per_unit_tl: 1 },
      { name: '+Günde sadece 1 yorum gelsin', price_per_unit_tl: 1 },
    ]);
  });

  it('hides coming services unless include_coming=1', async () => {
    const ids = async (params: Record<string, string | number>) =>
      arrayField((await harness.api('smm', 'getServices', params)).body, 'services').map(
        (service) => service.service_id,
      );

    expect(await ids({})).not.toContain(SMM_SEED.comingServiceId);
    expect(await ids({ include_coming: 1 })).toContain(SMM_SEED.comingServiceId);
  });

  it('searches service names', async () => {
    const answer = await harness.api('smm', 'getServices', { search: 'yorum' });

    expect(arrayField(answer.body, 'services').map((service) => service.input_type)).toEqual([
      'custom_comments',
      'custom_comments',
    ]);
  });

  it('shows one service’s detail', async () => {
    const answer = await harness.api('smm', 'getServiceDetail', {
      service_id: SMM_SEED.extrasServiceId,
    });

    expect(objectField(answer.body, 'service')).toMatchObject({
      service_id: 10,
      name: 'Twitter Anlık Beğeni',
      input_type: 'link',
      price_per_unit_tl: 0.19838,
      min_quantity: 100,
      max_quantity: 2500,
      status: 'active',
    });
  });
});

describe('SMM placeOrder', () => {
  it('places the docs’ example order and charges it', async () => {
    const answer = await order({ service_id: 10, link: TWEET, quantity: 500 });

    expect(answer.body).toEqual({
      status: 'success',
      message: 'Sipariş başarıyla alındı.',
      order: {
        order_id: 1280,
        service_id: 10,
        service_name: 'Twitter Anlık Beğeni',
        link: TWEET,
        quantity: 500,
        comments: null,
        extras: [],
        total_price_tl: 99.19,
        order_status: 'processing',
        start_count: 0,
        remains: 500,
        created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}: \d{2}: \d{2}$/),
      },
    });
    expect(await harness.balance()).toBe(900.81);
  });

  it('refuses a quantity outside the service limits', async () => {
    const answer = await order({ service_id: 10, link: TWEET, quantity: 99 });

    expect(answer.body).toEqual({
      status: 'error',
      message: 'Miktar sınırların dışında: 100 – 2500 adet.',
    });
  });

  it('needs a link of at most 255 characters', async () => {
    const missing = await order({ service_id: 10, quantity: 500 });
    const tooLong = await order({
      service_id: 10,
      quantity: 500,
      link: `https://x.com/${'a'.repeat(242)}`,
    });
    const longest = await order({
      service_id: 10,
      quantity: 500,
      link: `https://x.com/${'a'.repeat(241)}`,
    });

    expect(missing.status).toBe(400);
    expect(tooLong.body).toMatchObject({ status: 'error' });
    expect(longest.body.status).toBe('success');
  });

  it('counts the non-empty comment lines as the quantity of a custom comments order', async () => {
    const comments = 'Harika!\n\n  Çok iyi  \nSüper\r\nBravo\n \nTebrikler\n';

    const answer = await order({
      service_id: SMM_SEED.customCommentsServiceId,
      link: TWEET,
      comments,
      quantity: 999,
    });

    expect(objectField(answer.body, 'order')).toMatchObject({
      quantity: 5,
      comments: 'Harika!\nÇok iyi\nSüper\nBravo\nTebrikler',
      total_price_tl: 12.5,
    });
  });

  it('needs comments for a custom comments service and applies its limits to them', async () => {
    const missing = await order({ service_id: SMM_SEED.customCommentsServiceId, link: TWEET });
    const tooFew = await order({
      service_id: SMM_SEED.customCommentsServiceId,
      link: TWEET,
      comments: 'a\nb',
    });

    expect(missing.status).toBe(400);
    expect(tooFew.body).toEqual({
      status: 'error',
      message: 'Miktar sınırların dışında: 5 – 100 adet.',
    });
  });

  it('prices chosen extras per unit on top of the service price', async () => {
    const answer = await order({
      service_id: SMM_SEED.extrasServiceId,
      link: TWEET,
      quantity: 500,
      extras: JSON.stringify([{ name: '+Favoriye Ekleme' }]),
    });

    expect(objectField(answer.body, 'order')).toMatchObject({
      total_price_tl: 599.19,
      extras: [{ name: '+Favoriye Ekleme', price_per_unit_tl: 1 }],
    });
  });

  it('refuses an extra the service does not have and malformed extras JSON', async () => {
    const unknown = await order({
      service_id: 10,
      link: TWEET,
      quantity: 500,
      extras: '[{"name":"+Yok"}]',
    });
    const malformed = await order({
      service_id: 10,
      link: TWEET,
      quantity: 500,
      extras: '[{"name":',
    });

    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({
      status: 'error',
      message: expect.stringContaining('+Yok'),
    });
    expect(malformed.status).toBe(400);
    expect(await harness.balance()).toBe(1000);
  });

  it('refuses unknown and coming services', async () => {
    const unknown = await order({ service_id: 999, link: TWEET, quantity: 100 });
    const coming = await order({
      service_id: SMM_SEED.comingServiceId,
      link: TWEET,
      quantity: 100,
    });

    expect(unknown.body.status).toBe('error');
    expect(coming.body.status).toBe('error');
  });

  it('refuses an order the balance cannot cover', async () => {
    await harness.control('balance', { balance: 50 });

    const answer = await order({ service_id: 10, link: TWEET, quantity: 500 });

    expect(answer.body).toEqual({ status: 'error', message: 'Bakiyeniz yetersiz. Gerekli: 99.19' });
  });
});

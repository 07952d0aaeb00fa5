// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PHYSICAL_SEED } from './catalog/physical';
import { arrayField, numberField, useSandbox } from './harness';

const harness = useSandbox();
const { otherPlatformsServiceId: serviceId, kyrgyzstanCountryId: countryId } = PHYSICAL_SEED;

const buy = async (params: Record<string, string | number> = {}) => {
  const answer = await harness.api('fiziksel-smsonay', 'buyNumber', {
    service_id: serviceId,
    country_id: countryId,
    ...params,
  });
  return answer.body;
};

describe('physical catalog', () => {
  it('lists services with Diğer Platformlar first', async () => {
    const answer = await harness.api('fiziksel-smsonay', 'getServices');

    expect(answer.body).toMatchObject({ page: 1, limit: 25, count: 7, hasMore: false });
    expect(arrayField(answer.body, 'services').slice(0, 2)).toEqual([
      {
        service_id: 9,
        name: 'Diğer Platformlar',
        image_url: '/uploads/service_other.webp',
        min_price_tl: 6.69,
      },
      {
        service_id: 7,
        name: 'Telegram',
        image_url: '/uploads/service_tg.webp',
        min_price_tl: expect.any(Number),
      },
    ]);
  });

  it('lists regions with an operator count but no operators', async () => {
    const answer = await harness.api('fiziksel-smsonay', 'getRegions', { service_id: serviceId });

    const regions = arrayField(answer.body, 'regions');
    expect(answer.body).toMatchObject({ status: 'success', page: 1, limit: 25, hasMore: false });
    expect(regions[0]).toEqual({
      country_code: 'KG',
      country_id: 11,
      country_name: 'Kırgızistan (+996)',
      min_price_tl: 6.69,
      operator_count: 4,
    });
  });

  it('offers activation and rent deals per operator, by country_id or country_code', async () => {
    const byId = await harness.api('fiziksel-smsonay', 'getOffers', {
      service_id: serviceId,
      country_id: countryId,
    });
    const byCode = await harness.api('fiziksel-smsonay', 'getOffers', {
      service_id: serviceId,
      country_code: 'kg',
    });

    const [any] = arrayField(byId.body, 'operators');
    expect(byCode.body).toEqual(byId.body);
    expect(byId.body).toMatchObject({ service_id: 9, country_id: 11, country_code: 'KG' });
    expect(any?.operator).toBe('any');
    expect(any?.deals).toEqual([
      {
        deal_type: 'activation',
        duration_hours: 0,
        duration_text: '20 Dakika',
        activation_minutes: 20,
        price_tl: 6.69,
        stock: 238,
      },
      { deal_type: 'rent', duration_hours: 1, duration_text: '1 Saat', price_tl: 9.5, stock: 20 },
      { deal_type: 'rent', duration_hours: 2, duration_text: '2 Saat', price_tl: 12.82, stock: 15 },
      {
        deal_type: 'rent',
        duration_hours: 12,
        duration_text: '12 Saat',
        price_tl: 17.3,
        stock: 11,
      },
      { deal_type: 'rent', duration_hours: 24, duration_text: '1 Gün', price_tl: 21.19, stock: 9 },
      { deal_type: 'rent', duration_hours: 48, duration_text: '2 Gün', price_tl: 35.4, stock: 0 },
    ]);
  });

  it('needs a country for offers', async () => {
    const answer = await harness.api('fiziksel-smsonay', 'getOffers', { service_id: serviceId });

    expect(answer.status).toBe(400);
  });
});

describe('physical buyNumber', () => {
  it('buys a 20-minute activation by default', async () => {
    const body = await buy();

    expect(body).toEqual({
      status: 'success',
      activation_id: 54200,
      number: expect.stringMatching(/^996\d{9}$/),
      service_id: 9,
      country_code: 'KG',
      operator: 'any',
      duration_hours: 0,
      duration_text: '20 Dakika',
      price_tl: 6.69,
      expires_in: 1200,
    });
  });

  it('rents for the asked hours and takes that deal from stock', async () => {
    const body = await buy({ duration_hours: 2, operator: 'any' });

    const offers = await harness.api('fiziksel-smsonay', 'getOffers', {
      service_id: serviceId,
      country_id: countryId,
    });
    expect(body).toMatchObject({
      duration_hours: 2,
      duration_text: '2 Saat',
      price_tl: 12.82,
      expires_in: 7200,
    });
    expect(JSON.stringify(offers.body)).toContain(
      '"duration_hours":2,"duration_text":"2 Saat","price_tl":12.82,"stock":14',
    );
  });

  it('answers no_numbers for a sold-out deal and gives the money back', async () => {
    const body = await buy({ duration_hours: PHYSICAL_SEED.soldOutRentHours });

    expect(body).toEqual({
      status: 'no_numbers',
      message: 'Bu kombinasyonda şu anda numara yok. Lütfen birazdan tekrar deneyin.',
    });
    expect(await harness.balance()).toBe(1000);
  });

  it('refuses a duration nobody offers', async () => {
    const body = await buy({ duration_hours: 5 });

    expect(body.status).toBe('error');
  });
});

describe('physical getSms and history', () => {
  it('collects every SMS and stays pending until the number expires', async () => {
    const id = numberField(await buy({ duration_hours: 2 }), 'activation_id');
    await harness.control('sms', {
      activation_id: id,
      text: 'Your code is 482917',
      from: 'WhatsApp',
    });
    await harness.advanceClock(600);
    await harness.control('sms', { activation_id: id, text: 'Your code is 750183' });

    const during = await harness.api('fiziksel-smsonay', 'getSms', { id });
    await harness.advanceClock(7200);
    const after = await harness.api('fiziksel-smsonay', 'getSms', { id });

    expect(during.body).toMatchObject({ order_status: 'pending', sms_count: 2 });
    expect(numberField(during.body, 'remaining_sec')).toBeGreaterThan(6590);
    expect(numberField(during.body, 'remaining_sec')).toBeLessThanOrEqual(6600);
    expect(arrayField(during.body, 'messages')).toEqual([
      {
        date: expect.stringMatching(/: \d{2}: \d{2}$/),
        from: 'WhatsApp',
        text: 'Your code is 482917',
      },
      { date: expect.any(String), from: 'Diğer Platformlar', text: 'Your code is 750183' },
    ]);
    expect(after.body).toMatchObject({ order_status: 'received', remaining_sec: 0, sms_count: 2 });
  });

  it('ends expired when no SMS arrived', async () => {
    const id = numberField(await buy(), 'activation_id');

    await harness.advanceClock(1200);

    const answer = await harness.api('fiziksel-smsonay', 'getSms', { id });
    expect(answer.body).toEqual({
      status: 'success',
      activation_id: id,
      number: expect.any(String),
      order_status: 'expired',
      remaining_sec: 0,
      sms_count: 0,
      messages: [],
    });
  });

  it('lists activations with remaining time and expiry', async () => {
    await buy({ duration_hours: 2 });

    const answer = await harness.api('fiziksel-smsonay', 'getActivations', { page: 1 });

    expect(answer.body).toMatchObject({ page: 1, limit: 25, total: 1, total_pages: 1 });
    expect(arrayField(answer.body, 'items')[0]).toEqual({
      activation_id: 54200,
      service_name: 'Diğer Platformlar',
      country_code: 'KG',
      number: expect.any(String),
      price_tl: 12.82,
      order_status: 'pending',
      remaining_sec: expect.any(Number),
      expires_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}: \d{2}: \d{2}$/),
      created_at: expect.any(String),
    });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RENTAL_SEED } from './catalog/rental';
import { arrayField, numberField, useSandbox } from './harness';

const harness = useSandbox();
const { franceCountryId, germanyCountryId, soldOutCountryId } = RENTAL_SEED;

const rent = async (params: Record<string, string | number>) =>
  (await harness.api('numara-kiralama', 'buyNumber', params)).body;

describe('rental catalog', () => {
  it('lists countries 25 a page in Turkish order with lower-case codes', async () => {
    const first = await harness.api('numara-kiralama', 'getCountries');
    const second = await harness.api('numara-kiralama', 'getCountries', { page: 2 });

    expect(first.body).toMatchObject({ page: 1, limit: 25, count: 25, total: 34, hasMore: true });
    expect(arrayField(first.body, 'countries')[0]).toEqual({
      country_id: 43,
      country_code: 'de',
      country_name: 'Almanya (+49)',
      stock: 1,
    });
    expect(second.body).toMatchObject({ page: 2, count: 9, total: 34, hasMore: false });
  });

  it('searches countries by code or name', async () => {
    const byCode = await harness.api('numara-kiralama', 'getCountries', { search: 'FR' });
    const byName = await harness.api('numara-kiralama', 'getCountries', { search: 'italya' });

    expect(arrayField(byCode.body, 'countries').map((country) => country.country_code)).toContain(
      'fr',
    );
    expect(arrayField(byName.body, 'countries')).toEqual([
      { country_id: 86, country_code: 'it', country_name: 'İtalya (+39)', stock: 1 },
    ]);
  });

  it('offers durations per operator as the docs show', async () => {
    const answer = await harness.api('numara-kiralama', 'getOffers', {
      country_id: germanyCountryId,
    });

    expect(answer.body).toEqual({
      status: 'success',
      country_id: 43,
      operators: [
        {
          operator: 'any',
          deals: [
            { duration_hours: 2, duration_text: '2 Saat', price_tl: 1924.49, stock: 1 },
            { duration_hours: 4, duration_text: '4 Saat', price_tl: 2007, stock: 1 },
            { duration_hours: 24, duration_text: '1 Gün', price_tl: 2890, stock: 1 },
          ],
        },
      ],
    });
  });

  it('finds offers by country_code in either case', async () => {
    const answer = await harness.api('numara-kiralama', 'getOffers', { country_code: 'FR' });

    expect(answer.body.country_id).toBe(franceCountryId);
    expect(JSON.stringify(answer.body)).toContain('"duration_hours":72,"duration_text":"3 Gün"');
  });
});

describe('rental buyNumber', () => {
  it('needs duration_hours', async () => {
    const answer = await harness.api('numara-kiralama', 'buyNumber', {
      country_id: franceCountryId,
    });

    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe('duration_hours parametresi zorunludur.');
  });

  it('rents a number with the documented answer including expires_at', async () => {
    const body = await rent({ country_code: 'fr', duration_hours: 4, operator: 'any' });

    expect(body).toEqual({
      status: 'success',
      activation_id: 54200,
      number: expect.stringMatching(/^33\d{10}$/),
      country_id: 78,
      country_code: 'fr',
      operator: 'any',
      duration_hours: 4,
      duration_text: '4 Saat',
      price_tl: 120,
      expires_in: 14400,
      expires_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}: \d{2}: \d{2}$/),
    });
  });

  it('refuses with the documented message when the balance is short', async () => {
    const body = await rent({ country_id: germanyCountryId, duration_hours: 4 });

    expect(body).toEqual({ status: 'error', message: 'Bakiyeniz yetersiz. Gerekli: 2007.00' });
    expect(await harness.balance()).toBe(1000);
  });

  it('answers no_numbers for a country without stock and keeps the balance', async () => {
    const body = await rent({ country_id: soldOutCountryId, duration_hours: 2 });

    expect(body.status).toBe('no_numbers');
    expect(await harness.balance()).toBe(1000);
  });

  it('runs out once its only number is rented', async () => {
    await harness.control('balance', { balance: 5000 });
    await rent({ country_id: germanyCountryId, duration_hours: 4 });

    const second = await rent({ country_id: germanyCountryId, duration_hours: 2 });

    const countries = await harness.api('numara-kiralama', 'getCountries', { search: 'de' });
    expect(second.status).toBe('no_numbers');
    expect(arrayField(countries.body, 'countries')[0]).toMatchObject({
      country_code: 'de',
      stock: 0,
    });
    expect(await harness.balance()).toBe(2993);
  });
});

describe('rental getSms and history', () => {
  it('receives SMS from several platforms during the rental', async () => {
    const id = numberField(
      await rent({ country_id: franceCountryId, duration_hours: 4 }),
      'activation_id',
    );
    await harness.control('sms', {
      activation_id: id,
      text: 'Your WhatsApp code: 482917',
      from: 'WhatsApp',
    });
    await harness.control('sms', {
      activation_id: id,
      text: 'Login code: 75432',
      from: 'Telegram',
    });
    await harness.control('sms', {
      activation_id: id,
      text: 'G-308194 is your Google verification code.',
      from: 'Google',
    });
    await harness.advanceClock(150);

    const answer = await harness.api('numara-kiralama', 'getSms', { id });

    expect(answer.body).toMatchObject({ activation_id: id, order_status: 'pending', sms_count: 3 });
    expect(numberField(answer.body, 'remaining_sec')).toBeLessThanOrEqual(14250);
    expect(arrayField(answer.body, 'messages').map((sms) => sms.from)).toEqual([
      'WhatsApp',
      'Telegram',
      'Google',
    ]);
  });

  it('ends received at expiry after messages, expired without any', async () => {
    const texted = numberField(
      await rent({ country_id: franceCountryId, duration_hours: 2 }),
      'activation_id',
    );
    const silent = numberField(
      await rent({ country_id: franceCountryId, duration_hours: 2 }),
      'activation_id',
    );
    await harness.control('sms', { activation_id: texted, text: 'code 1234' });

    await harness.advanceClock(2 * 3600);

    const statuses = await harness.api('numara-kiralama', 'getActivations', {});
    expect(
      arrayField(statuses.body, 'items').map((item) => [item.activation_id, item.order_status]),
    ).toEqual([
      [silent, 'expired'],
      [texted, 'received'],
    ]);
  });

  it('refuses further SMS to an expired rental with 409', async () => {
    const id = numberField(
      await rent({ country_id: franceCountryId, duration_hours: 2 }),
      'activation_id',
    );
    await harness.advanceClock(2 * 3600);

    const answer = await harness.control('sms', { activation_id: id, text: 'late 1234' });

    expect(answer.status).toBe(409);
  });

  it('lists rentals in the documented shape', async () => {
    await rent({ country_id: franceCountryId, duration_hours: 4 });

    const answer = await harness.api('numara-kiralama', 'getActivations', {
      page: 1,
      order_status: 'pending',
    });

    expect(answer.body).toMatchObject({ page: 1, limit: 25, total: 1, total_pages: 1 });
    expect(arrayField(answer.body, 'items')[0]).toEqual({
      activation_id: 54200,
      country_code: 'fr',
      number: expect.any(String),
      price_tl: 120,
      order_status: 'pending',
      remaining_sec: expect.any(Number),
      expires_at: expect.any(String),
      created_at: expect.any(String),
    });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { VIRTUAL_SEED } from './catalog/virtual';
import { arrayField, numberField, useSandbox } from './harness';

const harness = useSandbox();
const { buyableOperatorId, zeroStockOperatorId, lastNumberOperatorId, priceDriftOperatorId } =
  VIRTUAL_SEED;

const regionsOf = async (params: Record<string, string | number>) =>
  arrayField((await harness.api('sanal-smsonay', 'getRegions', params)).body, 'regions');

describe('virtual catalog', () => {
  it('lists services 25 a page with count and hasMore', async () => {
    const first = await harness.api('sanal-smsonay', 'getServices');
    const second = await harness.api('sanal-smsonay', 'getServices', { page: 2 });

    expect(first.body).toMatchObject({
      status: 'success',
      page: 1,
      limit: 25,
      count: 25,
      hasMore: true,
    });
    expect(arrayField(first.body, 'services')[0]).toEqual({
      service_id: 1,
      name: 'WhatsApp',
      image_url: '/uploads/service_wa.webp',
      min_price_tl: 4.46,
    });
    expect(second.body).toMatchObject({ page: 2, count: 7, hasMore: false });
  });

  it('searches service names case-insensitively, Turkish i included', async () => {
    const answer = await harness.api('sanal-smsonay', 'getServices', { search: 'İNSTAGRAM' });

    expect(answer.body).toMatchObject({ count: 1, hasMore: false });
    expect(arrayField(answer.body, 'services')[0]).toMatchObject({
      service_id: 4,
      name: 'Instagram',
    });
  });

  it('pages the regions of a service sold in more than 25 countries', async () => {
    const first = await harness.api('sanal-smsonay', 'getRegions', { service_id: 1 });
    const second = await harness.api('sanal-smsonay', 'getRegions', { service_id: 1, page: 2 });

    expect(first.body).toMatchObject({ page: 1, limit: 25, hasMore: true });
    expect(arrayField(first.body, 'regions')).toHaveLength(25);
    expect(second.body).toMatchObject({ page: 2, hasMore: false });
    expect(arrayField(second.body, 'regions')).toHaveLength(15);
  });

  it('describes each region with its operators as the docs show', async () => {
    const [kyrgyzstan] = await regionsOf({ service_id: 1, search: 'kg' });

    expect(kyrgyzstan).toEqual({
      country_code: 'KG',
      country_id: 11,
      country_name: 'Kırgızistan (+996)',
      min_price_tl: 6.69,
      operator_count: 4,
      operators: [
        { operator_id: 64538, operator: 'any', price_tl: 6.69, stock: 10 },
        { operator_id: 64539, operator: 'any', price_tl: 9.19, stock: 60 },
        { operator_id: 64540, operator: 'beeline', price_tl: 11.2, stock: 1 },
        { operator_id: 64541, operator: 'megacom', price_tl: 12.05, stock: 4 },
      ],
    });
  });

  it('sorts regions by price ascending by default, descending or by name on request', async () => {
    const ascending = (await regionsOf({ service_id: 2 })).map((region) => region.min_price_tl);
    const descending = (await regionsOf({ service_id: 2, sort: 'price_desc' })).map(
      (region) => region.min_price_tl,
    );
    const byName = (await regionsOf({ service_id: 2, sort: 'name' })).map((region) =>
      String(region.country_name),
    );

    expect(ascending).toEqual([...ascending].sort((left, right) => Number(left) - Number(right)));
    expect(descending).toEqual([...ascending].reverse());
    expect(byName).toEqual([...byName].sort((left, right) => left.localeCompare(right, 'tr')));
    expect(byName[0]).toMatch(/^Almanya/);
  });

  it('refuses an unknown sort with 400', async () => {
    const answer = await harness.api('sanal-smsonay', 'getRegions', {
      service_id: 1,
      sort: 'cheap',
    });

    expect(answer.status).toBe(400);
  });

  it('searches regions by country code or Turkish name', async () => {
    const byCode = await regionsOf({ service_id: 1, search: 'gb' });
    const byName = await regionsOf({ service_id: 1, search: 'kırgız' });
    const folded = await regionsOf({ service_id: 1, search: 'turkiye' });

    expect(byCode.map((region) => region.country_code)).toEqual(['GB']);
    expect(byName.map((region) => region.country_code)).toEqual(['KG']);
    expect(folded.map((region) => region.country_code)).toEqual(['TR']);
  });
});

describe('virtual buyNumber', () => {
  it('buys an operator by id with the documented answer and lowers its stock', async () => {
    const answer = await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: buyableOperatorId,
    });

    expect(answer.body).toEqual({
      status: 'success',
      activation_id: 54200,
      number: expect.stringMatching(/^44\d{10}$/),
      service_id: 1,
      country_code: 'GB',
      price_tl: 4.46,
      expires_in: 1200,
    });
    expect((await regionsOf({ service_id: 1, search: 'GB' }))[0]).toMatchObject({
      operators: expect.arrayContaining([
        { operator_id: buyableOperatorId, operator: 'any', price_tl: 4.46, stock: 49 },
      ]),
    });
    expect(await harness.balance()).toBe(995.54);
  });

  it('picks the cheapest stocked operator for a service and a lower-case country', async () => {
    const answer = await harness.api('sanal-smsonay', 'buyNumber', {
      service_id: 1,
      country_code: 'tr',
    });

    expect(answer.body).toMatchObject({ status: 'success', country_code: 'TR', price_tl: 14.9 });
  });

  it('buys the named operator when one is given', async () => {
    const answer = await harness.api('sanal-smsonay', 'buyNumber', {
      service_id: 1,
      country_code: 'GB',
      operator: 'vodafone',
    });

    expect(answer.body).toMatchObject({ status: 'success', price_tl: 5.35 });
  });

  it('needs operator_id or service_id with country_code', async () => {
    const answer = await harness.api('sanal-smsonay', 'buyNumber', { service_id: 1 });

    expect(answer.status).toBe(400);
    expect(answer.body.status).toBe('error');
  });

  it('answers no_numbers for an operator without stock and keeps the balance', async () => {
    const answer = await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: zeroStockOperatorId,
    });

    expect(answer.body).toEqual({
      status: 'no_numbers',
      message:
        'Seçilen servis/ülke kombinasyonunda şu an numara yok. Lütfen birazdan tekrar deneyin.',
    });
    expect(await harness.balance()).toBe(1000);
  });

  it('sells the last number once and then answers no_numbers', async () => {
    const first = await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: lastNumberOperatorId,
    });

    const second = await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: lastNumberOperatorId,
    });

    expect(first.body.status).toBe('success');
    expect(second.body.status).toBe('no_numbers');
    expect(await harness.balance()).toBe(988.8);
  });

  it('answers wrong_price for a drifted price and buys at it once accepted', async () => {
    const refused = await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: priceDriftOperatorId,
    });

    const accepted = await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: priceDriftOperatorId,
      accept_price: numberField(refused.body, 'alt_price_usd'),
    });

    expect(refused.body).toEqual({
      status: 'wrong_price',
      message: 'Seçilen fiyat artık geçerli değil. Alternatif fiyatı onaylayarak yeniden deneyin.',
      alt_price_usd: 0.215,
      alt_price_tl: 35.93,
      retry_param: 'accept_price',
    });
    expect(accepted.body).toMatchObject({ status: 'success', price_tl: 35.93 });
    expect(await harness.balance()).toBe(964.07);
  });

  it('offers the price set through the control API as the alternative', async () => {
    await harness.control('price', { operator_id: buyableOperatorId, price_tl: 9.19 });

    const refused = await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: buyableOperatorId,
    });
    const lowBid = await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: buyableOperatorId,
      accept_price: 0.01,
    });

    expect(refused.body).toMatchObject({
      status: 'wrong_price',
      alt_price_tl: 9.19,
      alt_price_usd: 0.055,
    });
    expect(lowBid.body.status).toBe('wrong_price');
    expect(await harness.balance()).toBe(1000);
  });

  it('refuses a purchase the balance cannot cover and changes nothing', async () => {
    await harness.control('balance', { balance: 4 });

    const answer = await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: buyableOperatorId,
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'error', message: 'Bakiyeniz yetersiz. Gerekli: 4.46' });
    expect(await harness.balance()).toBe(4);
    expect((await harness.control('state')).body.activations).toEqual([]);
  });
});

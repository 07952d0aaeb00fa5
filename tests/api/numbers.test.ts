import { describe, expect, it } from 'vitest';

import type { Pale100Api } from '@/utils/api';
import { toErrorData } from '@/utils/errors';

import { refusal, useClientSandbox } from '../helpers/client-sandbox';
import { VIRTUAL_SEED } from '../sandbox/catalog/virtual';

const sb = useClientSandbox({ balance: 5000 });

describe('virtual numbers through the client', () => {
  it('pages the services and sorts the regions by price', async () => {
    const first = await sb.api.virtual.getServices();
    const second = await sb.api.virtual.getServices({ page: 2 });
    const regions = await sb.api.virtual.getRegions({ service_id: 1, sort: 'price_asc' });

    expect(first.hasMore).toBe(true);
    expect(first.services).toHaveLength(25);
    expect(second.services[0]?.service_id).not.toBe(first.services[0]?.service_id);
    const prices = regions.regions.map((region) => region.min_price_tl);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('buys the cheapest number of a country, waits for its code and lists it', async () => {
    const bought = await sb.api.virtual.buyNumber({ service_id: 1, country_code: 'gb' });
    if (bought.status !== 'success') throw new Error(`not bought: ${bought.status}`);
    const waiting = await sb.api.virtual.getOtp({ id: bought.activation_id });
    await sb.control.deliverSms(bought.activation_id, 'Your WhatsApp code: 482917');
    const arrived = await sb.api.virtual.getOtp({ id: bought.activation_id });
    const history = await sb.api.virtual.getActivations();

    expect(bought.country_code).toBe('GB');
    expect(waiting).toMatchObject({ order_status: 'pending', otp: null });
    expect(arrived.order_status).toBe('received');
    expect(arrived.otp).toBe('482917');
    expect(history.items[0]).toMatchObject({
      activation_id: bought.activation_id,
      order_status: 'received',
    });
    expect(Date.parse(history.items[0]!.created_at)).not.toBeNaN();
  });

  it('offers the new price when it changed, and buys at it once accepted', async () => {
    const { regions } = await sb.api.virtual.getRegions({ service_id: 1 });
    const operator = regions[0]!.operators[0]!;
    await sb.control.setPrice(operator.operator_id, operator.price_tl + 3);

    const offer = await sb.api.virtual.buyNumber({ operator_id: operator.operator_id });
    if (offer.status !== 'wrong_price')
      throw new Error(`expected wrong_price, got ${offer.status}`);
    const bought = await sb.api.virtual.buyNumber({
      operator_id: operator.operator_id,
      accept_price: offer.alt_price_usd,
    });

    expect(offer.alt_price_tl).toBeCloseTo(operator.price_tl + 3);
    expect(bought).toMatchObject({ status: 'success', price_tl: offer.alt_price_tl });
  });

  it('says no_numbers for an operator out of stock and charges nothing', async () => {
    const soldOut = VIRTUAL_SEED.zeroStockOperatorId;
    const before = (await sb.api.virtual.getBalance()).balance;

    const answer = await sb.api.virtual.buyNumber({ operator_id: soldOut });

    expect(answer.status).toBe('no_numbers');
    expect((await sb.api.virtual.getBalance()).balance).toBe(before);
  });

  it('refuses to cancel in the first two minutes, refunds after them, and not after fifteen', async () => {
    const first = await buyVirtual(sb.api);
    const second = await buyVirtual(sb.api);

    const early = await refusal(sb.api.virtual.cancelNumber({ id: first.activation_id }));
    await sb.control.advanceClock(150);
    const refund = await sb.api.virtual.cancelNumber({ id: first.activation_id });
    await sb.control.advanceClock(15 * 60);
    const late = await refusal(sb.api.virtual.cancelNumber({ id: second.activation_id }));

    expect(early.message).toMatch(/kalan: \d+s/);
    expect(refund.refunded_tl).toBe(first.price_tl);
    expect(late.message).toContain('15 dakika');
  });
});

describe('physical-SIM and rented numbers through the client', () => {
  it('buys a physical-SIM rent deal from the offers and reads every SMS', async () => {
    const { regions } = await sb.api.physical.getRegions({ service_id: 9 });
    const country = regions[0]!;
    const offers = await sb.api.physical.getOffers({
      service_id: 9,
      country_id: country.country_id,
    });
    const rent = offers.operators[0]!.deals.find(
      (deal) => deal.deal_type === 'rent' && deal.stock > 0,
    )!;

    const bought = await sb.api.physical.buyNumber({
      service_id: 9,
      country_id: country.country_id,
      duration_hours: rent.duration_hours,
      operator: offers.operators[0]!.operator,
    });
    if (bought.status !== 'success') throw new Error(`not bought: ${bought.status}`);
    await sb.control.deliverSms(bought.activation_id, 'Your code is 482917');
    await sb.control.deliverSms(bought.activation_id, 'Your code is 750183');
    const sms = await sb.api.physical.getSms({ id: bought.activation_id });
    const history = await sb.api.physical.getActivations();

    expect(bought.expires_in).toBe(rent.duration_hours * 3600);
    expect(sms).toMatchObject({ order_status: 'pending', sms_count: 2 });
    expect(sms.messages.map((message) => message.text)).toEqual([
      'Your code is 482917',
      'Your code is 750183',
    ]);
    expect(history.items[0]?.activation_id).toBe(bought.activation_id);
  });

  it('rents a number, and refuses its refund once an SMS has come', async () => {
    const { countries } = await sb.api.rental.getCountries();
    const country = countries.find((entry) => entry.stock > 0)!;
    const offers = await sb.api.rental.getOffers({ country_id: country.country_id });
    const deal = offers.operators[0]!.deals.find((entry) => entry.stock > 0)!;

    const bought = await sb.api.rental.buyNumber({
      country_id: country.country_id,
      duration_hours: deal.duration_hours,
    });
    if (bought.status !== 'success') throw new Error(`not bought: ${bought.status}`);
    await sb.control.deliverSms(bought.activation_id, 'Login code: 75432', 'Telegram');
    await sb.control.advanceClock(180);
    const refused = await refusal(sb.api.rental.cancelNumber({ id: bought.activation_id }));
    const history = await sb.api.rental.getActivations();

    expect(country.country_code).toBe(country.country_code.toUpperCase());
    expect(refused.message).toContain('Login code: 75432');
    expect(history.items[0]).toMatchObject({ activation_id: bought.activation_id });
  });

  it('refuses a rental the balance cannot pay, naming the amount required', async () => {
    await sb.control.setBalance(1);
    const { countries } = await sb.api.rental.getCountries();
    const country = countries.find((entry) => entry.stock > 0)!;
    const offers = await sb.api.rental.getOffers({ country_id: country.country_id });
    const deal = offers.operators[0]!.deals.find((entry) => entry.stock > 0)!;

    const refused = await refusal(
      sb.api.rental.buyNumber({
        country_id: country.country_id,
        duration_hours: deal.duration_hours,
      }),
    );

    expect(toErrorData(refused)).toMatchObject({ code: 'api', requiredAmount: deal.price_tl });
  });

  it('shares one balance between the five sections', async () => {
    await buyVirtual(sb.api);

    const balances = await Promise.all([
      sb.api.virtual.getBalance(),
      sb.api.physical.getBalance(),
      sb.api.rental.getBalance(),
      sb.api.smm.getBalance(),
      sb.api.license.getBalance(),
    ]);

    expect(new Set(balances.map((balance) => balance.balance)).size).toBe(1);
    expect(balances[0]!.balance).toBeLessThan(5000);
  });
});

async function buyVirtual(client: Pale100Api) {
  const bought = await client.virtual.buyNumber({ service_id: 1, country_code: 'GB' });
  if (bought.status !== 'success') throw new Error(`not bought: ${bought.status}`);
  return bought;
}

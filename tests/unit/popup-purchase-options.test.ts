import { describe, expect, it } from 'vitest';

import {
  cheapestOption,
  dealOption,
  flattenOffers,
  nextCheapest,
  operatorOption,
  withAcceptedPrice,
  type PurchaseOption,
} from '@/entrypoints/popup/purchase-options';

function makeOption(overrides: Partial<PurchaseOption> = {}): PurchaseOption {
  return {
    id: 'virtual:operator:64500',
    request: {
      product: 'virtual',
      params: { operator_id: 64500 },
      serviceName: 'WhatsApp',
      countryName: 'Birleşik Krallık (+44)',
    },
    priceTl: 4.46,
    inStock: true,
    label: 'Birleşik Krallık (+44) · any',
    ...overrides,
  };
}

const region = {
  country_code: 'KG',
  country_id: 11,
  country_name: 'Kırgızistan (+996)',
  min_price_tl: 6.69,
  operator_count: 2,
  operators: [
    { operator_id: 64538, operator: 'any', price_tl: 6.69, stock: 0 },
    { operator_id: 64539, operator: 'any', price_tl: 9.19, stock: 60 },
  ],
};

describe('the next cheapest option', () => {
  const options = [
    makeOption({ id: 'a', priceTl: 6.69 }),
    makeOption({ id: 'b', priceTl: 11.2 }),
    makeOption({ id: 'c', priceTl: 9.19 }),
    makeOption({ id: 'd', priceTl: 7.5, inStock: false }),
  ];

  it('is the cheapest in stock after the sold-out one', () => {
    const next = nextCheapest(options, new Set(['a']));

    expect(next?.id).toBe('c');
  });

  it('skips every option the service has said is sold out', () => {
    expect(nextCheapest(options, new Set(['a', 'c']))?.id).toBe('b');
  });

  it('is none when nothing else is in stock', () => {
    expect(nextCheapest(options, new Set(['a', 'b', 'c']))).toBeNull();
  });

  it('goes to the option listed first on a tie', () => {
    const tied = [makeOption({ id: 'x', priceTl: 5 }), makeOption({ id: 'y', priceTl: 5 })];

    expect(nextCheapest(tied, new Set())?.id).toBe('x');
  });
});

describe('buying at a moved price', () => {
  it('repeats a virtual purchase with the price the service offered in USD', () => {
    const request = withAcceptedPrice(makeOption().request, 0.055);

    expect(request.params).toEqual({ operator_id: 64500, accept_price: 0.055 });
  });

  it('leaves other products as they were', () => {
    const rental = dealOption({
      service: null,
      country: { id: 43, code: 'DE', name: 'Almanya (+49)' },
      row: { operator: 'any', durationHours: 4, durationText: '4 Saat', priceTl: 2007, stock: 1 },
    }).request;

    expect(withAcceptedPrice(rental, 1)).toBe(rental);
  });
});

describe('the options behind the buy buttons', () => {
  const choice = { serviceId: 1, serviceName: 'WhatsApp', region };

  it('buy the cheapest of a country by service and country code', () => {
    const option = cheapestOption(choice);

    expect(option.request.params).toEqual({ service_id: 1, country_code: 'KG' });
    expect(option).toMatchObject({ priceTl: 6.69, inStock: true });
  });

  it('buy an operator by its id, out of stock when its stock is zero', () => {
    const option = operatorOption(choice, region.operators[0]!);

    expect(option.request.params).toEqual({ operator_id: 64538 });
    expect(option.inStock).toBe(false);
  });

  it('buy a physical-SIM deal by service, country, duration and operator', () => {
    const [row] = flattenOffers([
      {
        operator: 'any',
        deals: [{ duration_hours: 2, duration_text: '2 Saat', price_tl: 12.82, stock: 15 }],
      },
    ]);

    const option = dealOption({
      service: { id: 9, name: 'Diğer Platformlar' },
      country: { id: 11, code: 'KG', name: 'Kırgızistan (+996)' },
      row: row!,
    });

    expect(option.request).toEqual({
      product: 'physical',
      params: { service_id: 9, country_id: 11, duration_hours: 2, operator: 'any' },
      serviceName: 'Diğer Platformlar',
      countryName: 'Kırgızistan (+996)',
      countryCode: 'KG',
    });
    expect(option.label).toBe('2 Saat · any');
  });
});

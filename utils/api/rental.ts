/** Rented numbers (`numara-kiralama`): any platform, for hours or days. */
import * as v from 'valibot';

import {
  activationStatus,
  balanceResponse,
  cancelResponse,
  countryCode,
  morePaging,
  noNumbersResponse,
  num,
  pagedTotals,
  rentActivationEntries,
  rentPurchaseEntries,
  smsListResponse,
  success,
  timestamp,
} from './fields';
import type { CountryRef } from './physical';
import { createNumberCommon } from './number-section';
import { defineSection, type Call } from './transport';

export const rentalCountry = v.object({
  country_id: num,
  country_code: countryCode,
  country_name: v.string(),
  stock: num,
});

export const rentalDeal = v.object({
  duration_hours: num,
  duration_text: v.string(),
  price_tl: num,
  stock: num,
});

const offersResponse = v.object({
  status: success,
  country_id: num,
  country_code: v.optional(countryCode),
  operators: v.array(v.object({ operator: v.string(), deals: v.array(rentalDeal) })),
});

export const rentalPurchase = v.object({
  ...rentPurchaseEntries,
  country_id: num,
  expires_at: v.optional(timestamp),
});

export const rentalActivation = v.object({
  ...rentActivationEntries,
  order_status: activationStatus,
});

export const rentalActions = defineSection('numara-kiralama', {
  getBalance: ['GET', balanceResponse],
  getCountries: [
    'GET',
    v.object({ status: success, ...morePaging, countries: v.array(rentalCountry) }),
  ],
  getOffers: ['GET', offersResponse],
  buyNumber: ['POST', v.variant('status', [rentalPurchase, noNumbersResponse])],
  getSms: ['GET', smsListResponse],
  cancelNumber: ['POST', cancelResponse],
  getActivations: [
    'GET',
    v.object({ status: success, ...pagedTotals, items: v.array(rentalActivation) }),
  ],
});

/** The actions of the rental section, under their documented names. */
export function createRentalApi(call: Call) {
  const a = rentalActions;
  return {
    ...createNumberCommon(call, a),
    getCountries: (params: { page?: number; search?: string } = {}) => call(a.getCountries, params),
    getOffers: (params: CountryRef) => call(a.getOffers, params),
    buyNumber: (params: { duration_hours: number; operator?: string } & CountryRef) =>
      call(a.buyNumber, params),
    getSms: (params: { id: number }) => call(a.getSms, params),
  };
}

export type RentalApi = ReturnType<typeof createRentalApi>;
export type RentalCountry = v.InferOutput<typeof rentalCountry>;
export type RentalDeal = v.InferOutput<typeof rentalDeal>;
export type RentalOffers = v.InferOutput<typeof offersResponse>;
export type RentalPurchase = v.InferOutput<typeof rentalPurchase>;
export type RentalActivation = v.InferOutput<typeof rentalActivation>;

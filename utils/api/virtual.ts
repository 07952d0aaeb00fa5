/** Virtual numbers (`sanal-smsonay`): one number, one code. */
import * as v from 'valibot';

import {
  activationStatus,
  balanceResponse,
  cancelResponse,
  countryCode,
  morePaging,
  noNumbersResponse,
  num,
  numberService,
  pagedTotals,
  regionEntries,
  str,
  success,
  timestamp,
} from './fields';
import { createNumberCommon } from './number-section';
import { defineSection, type Call } from './transport';

export const virtualService = numberService;

export const virtualOperator = v.object({
  operator_id: num,
  operator: v.string(),
  price_tl: num,
  stock: num,
});

export const virtualRegion = v.object({ ...regionEntries, operators: v.array(virtualOperator) });

const servicesResponse = v.object({
  status: success,
  ...morePaging,
  services: v.array(virtualService),
});

const regionsResponse = v.object({
  status: success,
  ...morePaging,
  regions: v.array(virtualRegion),
});

export const virtualPurchase = v.object({
  status: success,
  activation_id: num,
  number: str,
  service_id: num,
  country_code: countryCode,
  price_tl: num,
  expires_in: num,
});

export const wrongPriceResponse = v.object({
  status: v.literal('wrong_price'),
  message: v.string(),
  alt_price_usd: num,
  alt_price_tl: num,
  retry_param: v.optional(v.string(), 'accept_price'),
});

const buyResponse = v.variant('status', [virtualPurchase, noNumbersResponse, wrongPriceResponse]);

const otpResponse = v.object({
  status: success,
  activation_id: num,
  number: str,
  order_status: activationStatus,
  otp: v.nullable(str),
});

export const virtualActivation = v.object({
  activation_id: num,
  service_name: v.optional(v.string()),
  country_code: countryCode,
  number: str,
  price_tl: num,
  order_status: activationStatus,
  otp: v.optional(v.nullable(str), null),
  created_at: timestamp,
});

const activationsResponse = v.object({
  status: success,
  ...pagedTotals,
  items: v.array(virtualActivation),
});

export const virtualActions = defineSection('sanal-smsonay', {
  getBalance: ['GET', balanceResponse],
  getServices: ['GET', servicesResponse],
  getRegions: ['GET', regionsResponse],
  buyNumber: ['POST', buyResponse],
  getOtp: ['GET', otpResponse],
  cancelNumber: ['POST', cancelResponse],
  getActivations: ['GET', activationsResponse],
});

export type RegionSort = 'price_asc' | 'price_desc' | 'name';

/** `buyNumber` takes an operator, or a service and a country to pick the best operator. */
export type VirtualBuyParams = (
  | { operator_id: number; service_id?: never; country_code?: never }
  | { operator_id?: never; service_id: number; country_code: string }
) & { operator?: string; accept_price?: number };

/** The actions of the virtual-number section, under their documented names. */
export function createVirtualApi(call: Call) {
  const a = virtualActions;
  return {
    ...createNumberCommon(call, a),
    getServices: (params: { page?: number; search?: string } = {}) => call(a.getServices, params),
    getRegions: (params: {
      service_id: number;
      page?: number;
      sort?: RegionSort;
      search?: string;
    }) => call(a.getRegions, params),
    buyNumber: (params: VirtualBuyParams) => call(a.buyNumber, params),
    getOtp: (params: { id: number }) => call(a.getOtp, params),
  };
}

export type VirtualApi = ReturnType<typeof createVirtualApi>;
export type VirtualService = v.InferOutput<typeof virtualService>;
export type VirtualRegion = v.InferOutput<typeof virtualRegion>;
export type VirtualOperator = v.InferOutput<typeof virtualOperator>;
export type VirtualPurchase = v.InferOutput<typeof virtualPurchase>;
export type WrongPrice = v.InferOutput<typeof wrongPriceResponse>;
export type VirtualBuyResult = v.InferOutput<typeof buyResponse>;
export type VirtualActivation = v.InferOutput<typeof virtualActivation>;

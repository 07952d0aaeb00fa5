/** Physical-SIM numbers (`fiziksel-smsonay`): many SMS for one platform, short or by the hour. */
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
  rentActivationEntries,
  rentPurchaseEntries,
  smsListResponse,
  success,
} from './fields';
import { createNumberCommon } from './number-section';
import { defineSection, type Call } from './transport';
import type { RegionSort } from './virtual';

export const physicalService = numberService;

export const physicalRegion = v.object(regionEntries);

export const physicalDeal = v.object({
  deal_type: v.picklist(['activation', 'rent']),
  duration_hours: num,
  duration_text: v.string(),
  activation_minutes: v.optional(num),
  price_tl: num,
  stock: num,
});

const offersResponse = v.object({
  status: success,
  service_id: num,
  country_id: num,
  country_code: v.optional(countryCode),
  operators: v.array(v.object({ operator: v.string(), deals: v.array(physicalDeal) })),
});

export const physicalPurchase = v.object({ ...rentPurchaseEntries, service_id: num });

export const physicalActivation = v.object({
  ...rentActivationEntries,
  service_name: v.optional(v.string()),
  order_status: activationStatus,
});

export const physicalActions = defineSection('fiziksel-smsonay', {
  getBalance: ['GET', balanceResponse],
  getServices: [
    'GET',
    v.object({ status: success, ...morePaging, services: v.array(physicalService) }),
  ],
  getRegions: [
    'GET',
    v.object({ status: success, ...morePaging, regions: v.array(physicalRegion) }),
  ],
  getOffers: ['GET', offersResponse],
  buyNumber: ['POST', v.variant('status', [physicalPurchase, noNumbersResponse])],
  getSms: ['GET', smsListResponse],
  cancelNumber: ['POST', cancelResponse],
  getActivations: [
    'GET',
    v.object({ status: success, ...pagedTotals, items: v.array(physicalActivation) }),
  ],
});

/** A country is named by its id or, failing that, by its code. */
export type CountryRef =
  { country_id: number; country_code?: never } | { country_id?: never; country_code: string };

/** The actions of the physical-SIM section, under their documented names. */
export function createPhysicalApi(call: Call) {
  const a = physicalActions;
  return {
    ...createNumberCommon(call, a),
    getServices: (params: { page?: number; search?: string } = {}) => call(a.getServices, params),
    getRegions: (params: {
      service_id: number;
      page?: number;
      sort?: RegionSort;
      search?: string;
    }) => call(a.getRegions, params),
    getOffers: (params: { service_id: number } & CountryRef) => call(a.getOffers, params),
    buyNumber: (
      params: { service_id: number; duration_hours?: number; operator?: string } & CountryRef,
    ) => call(a.buyNumber, params),
    getSms: (params: { id: number }) => call(a.getSms, params),
  };
}

export type PhysicalApi = ReturnType<typeof createPhysicalApi>;
export type PhysicalService = v.InferOutput<typeof physicalService>;
export type PhysicalRegion = v.InferOutput<typeof physicalRegion>;
export type PhysicalDeal = v.InferOutput<typeof physicalDeal>;
export type PhysicalOffers = v.InferOutput<typeof offersResponse>;
export type PhysicalPurchase = v.InferOutput<typeof physicalPurchase>;
export type PhysicalActivation = v.InferOutput<typeof physicalActivation>;

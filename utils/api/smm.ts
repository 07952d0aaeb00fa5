/** Social-media services (`smm`): followers, likes, views, ordered for a link or a username. */
import * as v from 'valibot';

import { balanceResponse, num, pagedTotals, success, timestamp } from './fields';
import { SMM_ORDER_STATUSES } from './statuses';
import { defineSection, type Call } from './transport';

export const smmCategory = v.object({
  category_id: num,
  name: v.string(),
  icon: v.optional(v.nullable(v.string()), null),
  display_order: v.optional(num, 0),
});

export const smmExtra = v.object({ name: v.string(), price_per_unit_tl: num });

export const smmInputType = v.picklist(['link', 'username', 'custom_comments']);

export const smmService = v.object({
  service_id: num,
  category_id: num,
  name: v.string(),
  description: v.optional(v.nullable(v.string()), null),
  icon: v.optional(v.nullable(v.string()), null),
  input_type: smmInputType,
  input_placeholder: v.optional(v.nullable(v.string()), null),
  price_per_unit_tl: num,
  min_quantity: num,
  max_quantity: num,
  avg_delivery_time: v.optional(v.nullable(v.string()), null),
  status: v.string(),
  extras: v.optional(v.array(smmExtra), []),
});

export const smmOrderStatus = v.picklist(SMM_ORDER_STATUSES);

const extraChoice = v.object({ name: v.string() });

export const smmOrder = v.object({
  order_id: num,
  service_id: num,
  service_name: v.string(),
  link: v.string(),
  quantity: num,
  comments: v.optional(v.nullable(v.string()), null),
  extras: v.optional(v.array(v.union([extraChoice, v.string()])), []),
  total_price_tl: num,
  order_status: smmOrderStatus,
  start_count: v.optional(v.nullable(num), null),
  remains: v.optional(v.nullable(num), null),
  created_at: timestamp,
});

export const smmActions = defineSection('smm', {
  getBalance: ['GET', balanceResponse],
  getCategories: ['GET', v.object({ status: success, categories: v.array(smmCategory) })],
  getServices: [
    'GET',
    v.object({ status: success, count: v.optional(num), services: v.array(smmService) }),
  ],
  getServiceDetail: ['GET', v.object({ status: success, service: smmService })],
  placeOrder: [
    'POST',
    v.object({ status: success, message: v.optional(v.string()), order: smmOrder }),
  ],
  getOrder: ['GET', v.object({ status: success, order: smmOrder })],
  getOrders: ['GET', v.object({ status: success, ...pagedTotals, items: v.array(smmOrder) })],
});

export interface SmmPlaceOrderParams {
  service_id: number;
  /** A URL or a username, as the service's `input_type` asks; at most 255 characters. */
  link: string;
  /** Required except for `custom_comments`, where the server counts the lines. */
  quantity?: number;
  /** One comment a line; only for `custom_comments`. */
  comments?: string;
  /** Chosen extras by name; sent as the JSON string the API expects. */
  extras?: { name: string }[];
}

/** The actions of the SMM section, under their documented names. */
export function createSmmApi(call: Call) {
  const a = smmActions;
  return {
    getBalance: () => call(a.getBalance),
    getCategories: () => call(a.getCategories),
    getServices: (params: { category_id?: number; search?: string; include_coming?: 0 | 1 } = {}) =>
      call(a.getServices, params),
    getServiceDetail: (params: { service_id: number }) => call(a.getServiceDetail, params),
    placeOrder: ({ extras, ...params }: SmmPlaceOrderParams) =>
      call(a.placeOrder, {
        ...params,
        extras: extras && extras.length > 0 ? JSON.stringify(extras) : undefined,
      }),
    getOrder: (params: { order_id: number }) => call(a.getOrder, params),
    getOrders: (
      params: {
        page?: number;
        limit?: number;
        order_status?: SmmOrderStatus;
        search?: string;
      } = {},
    ) => call(a.getOrders, params),
  };
}

export type SmmApi = ReturnType<typeof createSmmApi>;
export type SmmCategory = v.InferOutput<typeof smmCategory>;
export type SmmService = v.InferOutput<typeof smmService>;
export type SmmExtra = v.InferOutput<typeof smmExtra>;
export type SmmInputType = v.InferOutput<typeof smmInputType>;
export type SmmOrder = v.InferOutput<typeof smmOrder>;
export type SmmOrderStatus = v.InferOutput<typeof smmOrderStatus>;

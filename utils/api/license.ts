/** Software licenses and digital goods (`lisans-bayi`). */
import * as v from 'valibot';

import {
  balanceResponse,
  bool,
  num,
  pagedTotals,
  stringRecord,
  success,
  timestamp,
} from './fields';
import { LICENSE_ORDER_STATUSES } from './statuses';
import { defineSection, type Call } from './transport';

const category = v.object({
  category_id: num,
  name: v.string(),
  display_order: v.optional(num, 0),
});

const subcategory = v.object({
  sub_category_id: num,
  name: v.string(),
  display_order: v.optional(num, 0),
});

export const requiredField = v.object({
  name: v.string(),
  label: v.optional(v.string()),
  type: v.optional(v.string(), 'text'),
});

export const licenseProduct = v.object({
  product_id: num,
  category_id: v.optional(num),
  sub_category_id: v.optional(v.nullable(num)),
  name: v.string(),
  description: v.optional(v.nullable(v.string()), null),
  image_url: v.optional(v.nullable(v.string()), null),
  price_tl: num,
  is_stock: v.optional(bool),
  stock_count: v.optional(v.nullable(num)),
  is_automatic_delivery: bool,
  product_type: v.optional(v.string(), 'none'),
});

const productDetail = v.object({
  ...licenseProduct.entries,
  required_fields: v.optional(v.array(requiredField), []),
});

export const licenseOrderStatus = v.picklist(LICENSE_ORDER_STATUSES);

export const licenseOrder = v.object({
  order_id: num,
  product_id: num,
  product_name: v.string(),
  amount_tl: num,
  order_status: licenseOrderStatus,
  delivery_data: v.optional(v.nullable(v.string()), null),
  order_params: v.optional(stringRecord, {}),
  created_at: timestamp,
  updated_at: v.optional(timestamp),
});

export const licenseActions = defineSection('lisans-bayi', {
  getBalance: ['GET', balanceResponse],
  getCategories: ['GET', v.object({ status: success, categories: v.array(category) })],
  getSubcategories: [
    'GET',
    v.object({ status: success, category_id: num, subcategories: v.array(subcategory) }),
  ],
  getProducts: [
    'GET',
    v.object({ status: success, ...pagedTotals, products: v.array(licenseProduct) }),
  ],
  getProductDetail: ['GET', v.object({ status: success, product: productDetail })],
  purchase: [
    'POST',
    v.object({ status: success, message: v.optional(v.string()), order: licenseOrder }),
  ],
  getOrder: ['GET', v.object({ status: success, order: licenseOrder })],
  getOrders: ['GET', v.object({ status: success, ...pagedTotals, items: v.array(licenseOrder) })],
});

export type LicenseProductFilter = {
  category_id?: number;
  sub_category_id?: number;
  search?: string;
  in_stock_only?: 0 | 1;
  page?: number;
  limit?: number;
};

/** The actions of the license section, under their documented names. */
export function createLicenseApi(call: Call) {
  const a = licenseActions;
  return {
    getBalance: () => call(a.getBalance),
    getCategories: () => call(a.getCategories),
    getSubcategories: (params: { category_id: number }) => call(a.getSubcategories, params),
    getProducts: (params: LicenseProductFilter = {}) => call(a.getProducts, params),
    getProductDetail: (params: { product_id: number }) => call(a.getProductDetail, params),
    /** `fields` holds the values of the product's `required_fields`, sent as a JSON string. */
    purchase: ({ fields, ...params }: { product_id: number; fields?: Record<string, string> }) =>
      call(a.purchase, {
        ...params,
        fields: fields && Object.keys(fields).length > 0 ? JSON.stringify(fields) : undefined,
      }),
    getOrder: (params: { order_id: number }) => call(a.getOrder, params),
    getOrders: (
      params: {
        page?: number;
        limit?: number;
        order_status?: LicenseOrderStatus;
        search?: string;
      } = {},
    ) => call(a.getOrders, params),
  };
}

export type LicenseApi = ReturnType<typeof createLicenseApi>;
export type LicenseProduct = v.InferOutput<typeof licenseProduct>;
export type LicenseProductDetail = v.InferOutput<typeof productDetail>;
export type RequiredField = v.InferOutput<typeof requiredField>;
export type LicenseOrder = v.InferOutput<typeof licenseOrder>;
export type LicenseOrderStatus = v.InferOutput<typeof licenseOrderStatus>;

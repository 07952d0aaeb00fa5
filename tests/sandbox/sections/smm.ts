/** The SMM section: followers, likes, views and comments ordered for a link or username. */
import { SMM_CATEGORIES, SMM_SERVICES, type SmmService } from '../catalog/smm';
import { matchesSearch } from '../format';
import { countPages, readPaging, takePage } from '../paging';
import { readChoice, readFlag, readInt, readString, requireInt } from '../params';
import { businessError, success, type ApiReply, type JsonObject } from '../reply';
import { getBalance, type ActionContext, type ActionTable } from './action';
import { orderFields, placeSmmOrder } from './smm-order';

const ORDER_STATUSES = [
  'pending',
  'processing',
  'partial',
  'completed',
  'canceled',
  'refunded',
  'error',
] as const;

function extrasFields(service: SmmService): JsonObject[] {
  return service.extras.map((extra) => ({
    name: extra.name,
    price_per_unit_tl: extra.pricePerUnitTl,
  }));
}

function serviceFields(service: SmmService): JsonObject {
  return {
    service_id: service.serviceId,
    category_id: service.categoryId,
    name: service.name,
    description: service.description,
    icon: null,
    input_type: service.inputType,
    input_placeholder: service.inputPlaceholder,
    price_per_unit_tl: service.pricePerUnitTl,
    min_quantity: service.minQuantity,
    max_quantity: service.maxQuantity,
    avg_delivery_time: service.avgDeliveryTime,
    status: service.status,
    extras: extrasFields(service),
  };
}

/** getServices: active services, plus "coming" ones only when include_coming=1. */
function getServices({ query }: ActionContext): ApiReply {
  const categoryId = readInt(query, 'category_id');
  const search = readString(query, 'search');
  const includeComing = readFlag(query, 'include_coming');
  const services = SMM_SERVICES.filter(
    (service) =>
      (categoryId === undefined || service.categoryId === categoryId) &&
      (includeComing || service.status === 'active') &&
      matchesSearch(search, service.name),
  );

  return success({ count: services.length, services: services.map(serviceFields) });
}

function getServiceDetail({ query }: ActionContext): ApiReply {
  const serviceId = requireInt(query, 'service_id');
  const service = SMM_SERVICES.find((entry) => entry.serviceId === serviceId);
  if (service === undefined) return businessError('Servis bulunamadı.');
  return success({ service: serviceFields(service) });
}

function getOrder({ state, query }: ActionContext): ApiReply {
  const orderId = requireInt(query, 'order_id');
  const order = state.smmOrders.find((entry) => entry.orderId === orderId);
  if (order === undefined) return businessError('Sipariş bulunamadı.');
  return success({ order: orderFields(order) });
}

/** getOrders: newest first; `search` looks at the service name, the link and the order id. */
function getOrders({ state, query }: ActionContext): ApiReply {
  const paging = readPaging(query, 25, 50);
  const wanted = readChoice(query, 'order_status', ORDER_STATUSES);
  const search = readString(query, 'search');
  const matching = state.smmOrders
    .filter((order) => wanted === undefined || order.orderStatus === wanted)
    .filter((order) => matchesSearch(search, order.serviceName, order.link, String(order.orderId)))
    .sort((left, right) => right.orderId - left.orderId);
  const page = takePage(matching, paging);

  return success({
    page: paging.page,
    limit: paging.limit,
    total: page.total,
    total_pages: countPages(page.total, paging.limit),
    items: page.items.map((order) => orderFields(order)),
  });
}

export const smmActions: ActionTable = {
  getBalance,
  getCategories: {
    method: 'GET',
    handle: () =>
      success({
        categories: [...SMM_CATEGORIES]
          .sort((left, right) => left.displayOrder - right.displayOrder)
          .map((category) => ({
            category_id: category.categoryId,
            name: category.name,
            icon: category.icon,
            display_order: category.displayOrder,
          })),
      }),
  },
  getServices: { method: 'GET', handle: getServices },
  getServiceDetail: { method: 'GET', handle: getServiceDetail },
  placeOrder: { method: 'POST', handle: placeSmmOrder },
  getOrder: { method: 'GET', handle: getOrder },
  getOrders: { method: 'GET', handle: getOrders },
};

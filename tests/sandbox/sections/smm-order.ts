/** placeOrder of the SMM section: the documented validations, pricing and debit. */
import { SMM_SERVICES, type SmmExtra, type SmmService } from '../catalog/smm';
import { formatApiTime, roundMoney } from '../format';
import type { SmmOrder } from '../models';
import { requireInt, requireString, type Query } from '../params';
import { ParamError, businessError, success, type ApiReply, type JsonObject } from '../reply';
import { tryDebit } from '../state';
import type { ActionContext } from './action';

const MAX_LINK_LENGTH = 255;

interface Amount {
  quantity: number;
  comments: string | null;
}

/** custom_comments services count their non-empty comment lines; the rest take `quantity`. */
function readAmount(service: SmmService, query: Query): Amount {
  if (service.inputType !== 'custom_comments') {
    return { quantity: requireInt(query, 'quantity'), comments: null };
  }

  const raw = query.get('comments');
  if (raw === null || raw.trim() === '') {
    throw new ParamError('Bu servis için comments parametresi zorunludur (her satıra bir yorum).');
  }

  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { quantity: lines.length, comments: lines.join('\n') };
}

function readExtraName(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'name' in item) {
    const { name } = item;
    if (typeof name === 'string') return name;
  }

  throw new ParamError('extras parametresi [{"name":"..."}] biçiminde bir JSON dizisi olmalıdır.');
}

/** Parses `extras` (a JSON string) into the service's own extras; unknown names are refused. */
function readExtras(service: SmmService, query: Query): SmmExtra[] | ApiReply {
  const raw = query.get('extras');
  if (raw === null || raw.trim() === '') return [];

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ParamError('extras parametresi geçerli bir JSON değil.');
  }

  if (!Array.isArray(parsed)) throw new ParamError('extras parametresi bir JSON dizisi olmalıdır.');

  const chosen: SmmExtra[] = [];
  for (const name of parsed.map(readExtraName)) {
    const extra = service.extras.find((entry) => entry.name === name);
    if (extra === undefined) return businessError(`Bu servis için geçersiz ek özellik: ${name}`);
    if (!chosen.includes(extra)) chosen.push(extra);
  }

  return chosen;
}

/** An order as getOrder/getOrders show it; placeOrder adds `comments` and `extras`. */
export function orderFields(order: SmmOrder, placementFields: JsonObject = {}): JsonObject {
  return {
    order_id: order.orderId,
    service_id: order.serviceId,
    service_name: order.serviceName,
    link: order.link,
    quantity: order.quantity,
    ...placementFields,
    total_price_tl: order.totalPriceTl,
    order_status: order.orderStatus,
    start_count: order.startCount,
    remains: order.remains,
    created_at: formatApiTime(order.createdAt),
  };
}

function findOrderableService(serviceId: number): SmmService | ApiReply {
  const service = SMM_SERVICES.find((entry) => entry.serviceId === serviceId);
  if (service === undefined) return businessError('Servis bulunamadı.');
  if (service.status !== 'active') return businessError('Bu servis henüz sipariş almıyor.');
  return service;
}

interface OrderRequest extends Amount {
  service: SmmService;
  link: string;
  extras: SmmExtra[];
}

/** The documented validations, in order: service, link, quantity (or comments), extras. */
function readOrderRequest(query: Query): OrderRequest | ApiReply {
  const service = findOrderableService(requireInt(query, 'service_id'));
  if ('httpStatus' in service) return service;

  const link = requireString(query, 'link');
  if (link.length > MAX_LINK_LENGTH) {
    return businessError(`Link en fazla ${MAX_LINK_LENGTH} karakter olabilir.`);
  }

  const { quantity, comments } = readAmount(service, query);
  if (quantity < service.minQuantity || quantity > service.maxQuantity) {
    return businessError(
      `Miktar sınırların dışında: ${service.minQuantity} – ${service.maxQuantity} adet.`,
    );
  }

  const extras = readExtras(service, query);
  if ('httpStatus' in extras) return extras;
  return { service, link, quantity, comments, extras };
}

export function placeSmmOrder({ query, state, now }: ActionContext): ApiReply {
  const request = readOrderRequest(query);
  if ('httpStatus' in request) return request;

  const { service, quantity, extras } = request;
  const extrasTotal = extras.reduce((sum, extra) => sum + quantity * extra.pricePerUnitTl, 0);
  const totalPriceTl = roundMoney(quantity * service.pricePerUnitTl + extrasTotal);
  const refusal = tryDebit(state, totalPriceTl);
  if (refusal !== null) return businessError(refusal);

  const order: SmmOrder = {
    orderId: state.nextSmmOrderId++,
    serviceId: service.serviceId,
    serviceName: service.name,
    link: request.link,
    quantity,
    comments: request.comments,
    extras,
    totalPriceTl,
    orderStatus: service.progress.startDelaySec > 0 ? 'pending' : 'processing',
    startCount: 0,
    remains: quantity,
    refundedTl: 0,
    createdAt: now,
  };
  state.smmOrders.push(order);

  const extrasFields = extras.map((extra) => ({
    name: extra.name,
    price_per_unit_tl: extra.pricePerUnitTl,
  }));
  return success({
    message: 'Sipariş başarıyla alındı.',
    order: orderFields(order, { comments: order.comments, extras: extrasFields }),
  });
}

/** Turns the service's answers about an activation into the extension's `NumberOrder`. */
import type {
  PhysicalActivation,
  PhysicalPurchase,
  RentalActivation,
  RentalPurchase,
  VirtualActivation,
  VirtualPurchase,
} from '@/utils/api';
import type { PurchaseRequest } from '@/utils/messages';
import { orderKey, type NumberOrder, type NumberProduct, type OrderMessage } from '@/utils/orders';
import { splitNumber } from '@/utils/phone';

/** A virtual number lives 20 minutes, as `expires_in: 1200` in the documentation says. */
const VIRTUAL_LIFETIME_MS = 1200 * 1000;

type Purchase = VirtualPurchase | PhysicalPurchase | RentalPurchase;
type HistoryItem = VirtualActivation | PhysicalActivation | RentalActivation;

/** The order for a purchase the service has just confirmed, at `now` in its clock. */
export function orderFromPurchase(
  request: PurchaseRequest,
  answer: Purchase,
  now: number,
  source: NumberOrder['source'] = 'purchase',
): NumberOrder {
  const rent = 'duration_hours' in answer ? answer : null;
  return {
    key: orderKey(request.product, answer.activation_id),
    product: request.product,
    activationId: answer.activation_id,
    number: answer.number,
    phone: splitNumber(answer.number, answer.country_code),
    serviceName: request.serviceName,
    countryCode: answer.country_code,
    countryName: request.countryName,
    operator: 'operator' in answer ? answer.operator : null,
    durationHours: rent?.duration_hours ?? null,
    durationText: rent?.duration_text ?? null,
    priceTl: answer.price_tl,
    createdAt: now,
    expiresAt: now + answer.expires_in * 1000,
    status: 'pending',
    messages: [],
    refundedTl: null,
    source,
    seen: true,
  };
}

/** The order for an activation found in the service's history. */
export function orderFromHistory(
  product: NumberProduct,
  item: HistoryItem,
  source: NumberOrder['source'],
): NumberOrder {
  const createdAt = Date.parse(item.created_at);
  const expiresAt =
    'expires_at' in item && item.expires_at
      ? Date.parse(item.expires_at)
      : createdAt + VIRTUAL_LIFETIME_MS;
  const otp = 'otp' in item ? item.otp : null;

  return {
    key: orderKey(product, item.activation_id),
    product,
    activationId: item.activation_id,
    number: item.number,
    phone: splitNumber(item.number, item.country_code),
    serviceName: 'service_name' in item ? (item.service_name ?? null) : null,
    countryCode: item.country_code,
    countryName: null,
    operator: null,
    durationHours: null,
    durationText: null,
    priceTl: item.price_tl,
    createdAt,
    expiresAt,
    status: item.order_status,
    messages: otp ? [codeMessage(otp, item.created_at, null)] : [],
    refundedTl: null,
    source,
    seen: true,
  };
}

/** A virtual number's code, kept as a message so every product shows codes the same way. */
export function codeMessage(code: string, date: string, from: string | null): OrderMessage {
  return { date, from, text: code, code };
}

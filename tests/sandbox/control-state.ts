/** `GET /__sandbox/state`: everything a test may want to assert on, in plain JSON. */
import type { Activation, LicenseOrder, SmmOrder } from './models';
import type { JsonObject } from './reply';
import { activationStatus } from './sections/activations';
import type { SandboxState } from './state';

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

function describeActivation(activation: Activation, now: number): JsonObject {
  return {
    activation_id: activation.activationId,
    product: activation.product,
    service_id: activation.serviceId,
    service_name: activation.serviceName,
    country_id: activation.countryId,
    country_code: activation.countryCode,
    operator: activation.operator,
    operator_id: activation.operatorId,
    number: activation.number,
    price_tl: activation.priceTl,
    duration_hours: activation.durationHours,
    order_status: activationStatus(activation, now),
    otp: activation.otp,
    messages: activation.messages.map((sms) => ({
      received_at: iso(sms.receivedAt),
      from: sms.from,
      text: sms.text,
    })),
    created_at: iso(activation.createdAt),
    expires_at: iso(activation.expiresAt),
    canceled_at: activation.canceledAt === null ? null : iso(activation.canceledAt),
  };
}

function describeSmmOrder(order: SmmOrder): JsonObject {
  return {
    order_id: order.orderId,
    service_id: order.serviceId,
    link: order.link,
    quantity: order.quantity,
    comments: order.comments,
    extras: order.extras.map((extra) => extra.name),
    total_price_tl: order.totalPriceTl,
    order_status: order.orderStatus,
    start_count: order.startCount,
    remains: order.remains,
    refunded_tl: order.refundedTl,
    created_at: iso(order.createdAt),
  };
}

function describeLicenseOrder(order: LicenseOrder): JsonObject {
  return {
    order_id: order.orderId,
    product_id: order.productId,
    amount_tl: order.amountTl,
    order_status: order.orderStatus,
    delivery_data: order.deliveryData,
    order_params: order.orderParams,
    created_at: iso(order.createdAt),
    updated_at: iso(order.updatedAt),
  };
}

export function describeState(state: SandboxState): JsonObject {
  const now = state.clock.now();
  return {
    balance: state.balance,
    now: iso(now),
    activations: state.activations.map((activation) => describeActivation(activation, now)),
    smmOrders: state.smmOrders.map(describeSmmOrder),
    licenseOrders: state.licenseOrders.map(describeLicenseOrder),
  };
}

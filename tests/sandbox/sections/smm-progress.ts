/**
 * How SMM orders play out over sandbox time: pending until the provider starts, a start count
 * a minute later, remains falling linearly, then completed (or partial, refunding the rest).
 */
import { SMM_SERVICES } from '../catalog/smm';
import { roundMoney } from '../format';
import type { SmmOrder } from '../models';
import { seededInt } from '../seeded';
import { refund, type SandboxState } from '../state';

/** The provider reports the target's starting count this long after work begins. */
const START_COUNT_AFTER_SEC = 60;

function unitPrice(order: SmmOrder, basePrice: number): number {
  return order.extras.reduce((sum, extra) => sum + extra.pricePerUnitTl, basePrice);
}

function advanceOrder(state: SandboxState, order: SmmOrder, now: number): void {
  const service = SMM_SERVICES.find((entry) => entry.serviceId === order.serviceId);
  if (service === undefined || order.orderStatus === 'completed') return;
  if (order.orderStatus === 'partial') return;

  const { startDelaySec, deliverySec, deliveredShare } = service.progress;
  const workedSec = (now - order.createdAt) / 1000 - startDelaySec;
  if (workedSec < 0) return;

  order.orderStatus = 'processing';
  if (workedSec < START_COUNT_AFTER_SEC) return;

  order.startCount = 50 + seededInt(5000, order.orderId);
  const progress = Math.min(1, (workedSec - START_COUNT_AFTER_SEC) / deliverySec);
  const deliverable = Math.floor(order.quantity * deliveredShare);
  order.remains = order.quantity - Math.floor(deliverable * progress);
  if (progress < 1) return;

  if (order.remains === 0) {
    order.orderStatus = 'completed';
    return;
  }

  order.orderStatus = 'partial';
  order.refundedTl = roundMoney(order.remains * unitPrice(order, service.pricePerUnitTl));
  refund(state, order.refundedTl);
}

/** Brings every SMM order up to `now`; refunds of partial orders land on the balance here. */
export function advanceSmmOrders(state: SandboxState, now: number): void {
  for (const order of state.smmOrders) advanceOrder(state, order, now);
}

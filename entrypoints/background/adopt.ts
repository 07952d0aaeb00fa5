/**
 * Finding a purchase whose answer never came. The service may have carried it out, so instead
 * of buying again the newest unknown pending activation of the same product, country and
 * service, created after the request went out, is taken as the order.
 */
import type { Pale100Api } from '@/utils/api';
import type { PurchaseOutcome, PurchaseRequest } from '@/utils/messages';
import { orderKey, type NumberProduct } from '@/utils/orders';

import { orderFromHistory } from './order-factory';
import { readOrders, saveOrder } from './order-store';

/** The service's clock and ours may disagree a little about when the request went out. */
const CLOCK_SLACK_MS = 60_000;

export const LOST_PURCHASE_MESSAGE =
  'The purchase was sent but its answer was lost, and no new order has appeared in your ' +
  'history. Check your orders on pale100.shop before buying again.';

export interface LostPurchaseHint {
  product: NumberProduct;
  serviceName: string | null;
  countryCode?: string | null;
}

export async function findLostPurchase(
  api: Pale100Api,
  request: PurchaseRequest,
  sentAt: number,
): Promise<PurchaseOutcome> {
  const found = await findUnknownActivation(api, request, sentAt).catch(() => null);
  if (!found) return { kind: 'unknown', message: LOST_PURCHASE_MESSAGE };

  const order = await saveOrder({
    ...orderFromHistory(request.product, found, 'adopted'),
    serviceName: request.serviceName ?? found.service_name ?? null,
    countryName: request.countryName,
  });
  return { kind: 'bought', order };
}

async function findUnknownActivation(api: Pale100Api, hint: LostPurchaseHint, sentAt: number) {
  const [{ items }, known] = await Promise.all([
    api[hint.product].getActivations({ page: 1, limit: 50, order_status: 'pending' }),
    readOrders(),
  ]);

  const candidates = items.filter((item) => {
    if (known[orderKey(hint.product, item.activation_id)]) return false;
    if (Date.parse(item.created_at) < sentAt - CLOCK_SLACK_MS) return false;
    if (hint.countryCode && item.country_code !== hint.countryCode.toUpperCase()) return false;

    const serviceName = 'service_name' in item ? item.service_name : undefined;
    return !hint.serviceName || !serviceName || serviceName === hint.serviceName;
  });

  const newest = candidates.sort((a, b) => b.activation_id - a.activation_id)[0];
  return newest
    ? { ...newest, service_name: 'service_name' in newest ? newest.service_name : undefined }
    : null;
}

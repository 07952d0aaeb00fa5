/**
 * Finding purchases the service carried out that this browser has no answer for. When an answer
 * is lost, the new activation is taken from the history instead of buying again; and after any
 * purchase, a second new activation of the same kind means the request went out twice (a browser
 * may resend a request on its own when a kept-alive connection breaks), so it is listed too,
 * never left unseen.
 */
import type { Pale100Api } from '@/utils/api';
import { t } from '@/utils/i18n';
import type { PurchaseRequest } from '@/utils/messages';
import { orderKey, type NumberOrder } from '@/utils/orders';

import { orderFromHistory } from './order-factory';
import { readOrders, saveOrder } from './order-store';

/** The service's clock and ours may disagree a little about when the request went out. */
const CLOCK_SLACK_MS = 60_000;

/** What the person is told when a purchase's answer was lost and its order was not found. */
export const lostPurchaseMessage = () => t('bgLostPurchase');

/**
 * Stores every pending activation of the request's kind, created since `sentAt`, that this
 * browser did not know of; newest first.
 */
export async function adoptUnknownActivations(
  api: Pale100Api,
  request: PurchaseRequest,
  sentAt: number,
): Promise<NumberOrder[]> {
  const [{ items }, known] = await Promise.all([
    api[request.product].getActivations({ page: 1, limit: 50, order_status: 'pending' }),
    readOrders(),
  ]);

  const found = items
    .filter((item) => !known[orderKey(request.product, item.activation_id)])
    .filter((item) => Date.parse(item.created_at) >= sentAt - CLOCK_SLACK_MS)
    .filter(
      (item) => !request.countryCode || item.country_code === request.countryCode.toUpperCase(),
    )
    .filter((item) => {
      const serviceName = 'service_name' in item ? item.service_name : undefined;
      return !request.serviceName || !serviceName || serviceName === request.serviceName;
    })
    .sort((a, b) => b.activation_id - a.activation_id);

  const adopted: NumberOrder[] = [];
  for (const item of found) {
    const order = orderFromHistory(request.product, item, 'adopted');
    adopted.push(
      await saveOrder({
        ...order,
        serviceName: request.serviceName ?? order.serviceName,
        countryName: request.countryName,
      }),
    );
  }

  return adopted;
}

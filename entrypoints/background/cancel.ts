/**
 * Cancelling with refund. A cancel is sent once per click and never retried; the refund is stored
 * before the answer goes back. The optional automatic cancel tries each order once.
 */
import { AppError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { createLogger } from '@/utils/logger';
import { cancelState, type NumberOrder } from '@/utils/orders';
import { readSettings } from '@/utils/storage';

import { getApi } from './api';
import { patchOrder, readOrders } from './order-store';
import { now } from './server-time';

const log = createLogger('cancel');
const inFlight = new Map<string, Promise<NumberOrder>>();

export function cancelOrder(key: string): Promise<NumberOrder> {
  const running = inFlight.get(key);
  if (running) return running;

  const cancel = sendCancel(key).finally(() => inFlight.delete(key));
  inFlight.set(key, cancel);
  return cancel;
}

async function sendCancel(key: string): Promise<NumberOrder> {
  const order = (await readOrders())[key];
  if (!order) throw new AppError('invalid_input', t('bgOrderUnknown'));
  if (order.status !== 'pending') throw new AppError('invalid_input', t('bgOrderOver'));

  const api = await getApi();
  const answer = await api[order.product].cancelNumber({ id: order.activationId });
  const updated = await patchOrder(key, (current) => ({
    ...current,
    status: 'canceled',
    refundedTl: answer.refunded_tl,
  }));
  return updated ?? { ...order, status: 'canceled', refundedTl: answer.refunded_tl };
}

/**
 * Cancels an order that got no code within the minutes the settings give, while the refund
 * window is open. Tried once: a refusal is kept, not repeated.
 */
export async function maybeAutoCancel(order: NumberOrder): Promise<void> {
  const { autoCancelMinutes } = await readSettings();
  if (autoCancelMinutes === null || order.autoCancelTried) return;

  const time = now();
  const isDue = time - order.createdAt >= autoCancelMinutes * 60_000;
  if (!isDue || cancelState(order, time).kind !== 'open') return;

  await patchOrder(order.key, (current) => ({ ...current, autoCancelTried: true }));
  await cancelOrder(order.key).catch((error: unknown) => {
    log.warn('the automatic cancel was refused', error instanceof Error ? error.message : error);
  });
}

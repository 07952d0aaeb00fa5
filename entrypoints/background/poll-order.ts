/**
 * Asks the service about one pending order and stores what changed: a virtual number's code,
 * a physical-SIM or rental number's new messages, a new status. Returns the new messages so the
 * caller can tell the person about them.
 */
import type { Pale100Api, SmsList } from '@/utils/api';
import type { NumberOrder, OrderMessage } from '@/utils/orders';
import { extractCode } from '@/utils/otp';

import { codeMessage } from './order-factory';
import { patchOrder } from './order-store';
import { now } from './server-time';

export interface PollResult {
  order: NumberOrder;
  newMessages: OrderMessage[];
}

export async function pollOrder(api: Pale100Api, order: NumberOrder): Promise<PollResult | null> {
  if (order.product === 'virtual') return pollVirtual(api, order);

  const answer = await api[order.product].getSms({ id: order.activationId });
  return applySmsList(order, answer);
}

async function pollVirtual(api: Pale100Api, order: NumberOrder): Promise<PollResult | null> {
  const answer = await api.virtual.getOtp({ id: order.activationId });
  const known = order.messages.some((message) => message.code === answer.otp);
  const arrived =
    answer.otp && !known ? [codeMessage(answer.otp, isoNow(), order.serviceName)] : [];

  return store(order, arrived, (current) => ({ ...current, status: answer.order_status }));
}

function applySmsList(order: NumberOrder, answer: SmsList): Promise<PollResult | null> {
  const seen = new Set(order.messages.map(messageId));
  const arrived = answer.messages
    .filter((message) => !seen.has(messageId(message)))
    .map((message): OrderMessage => ({ ...message, code: extractCode(message.text) }));

  return store(order, arrived, (current) => ({
    ...current,
    status: answer.order_status,
    expiresAt: now() + answer.remaining_sec * 1000,
  }));
}

async function store(
  order: NumberOrder,
  arrived: OrderMessage[],
  change: (order: NumberOrder) => NumberOrder,
): Promise<PollResult | null> {
  const updated = await patchOrder(order.key, (current) => {
    const next = change(current);
    if (arrived.length === 0) return next;

    return { ...next, messages: [...current.messages, ...arrived], seen: false };
  });
  return updated ? { order: updated, newMessages: arrived } : null;
}

function messageId(message: { date: string; text: string }): string {
  return `${message.date}|${message.text}`;
}

function isoNow(): string {
  return new Date(now()).toISOString();
}

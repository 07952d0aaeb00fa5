/** Filling an order's number or code into the field the person is on in the active tab. */
import { browser } from 'wxt/browser';

import { AppError } from '@/utils/errors';
import type { ContentResponse } from '@/utils/messages';
import { latestCode } from '@/utils/orders';

import { readOrders } from './order-store';

export async function fillActiveTab(
  key: string,
  what: 'number' | 'code',
): Promise<{ filled: boolean }> {
  const order = (await readOrders())[key];
  if (!order) throw new AppError('invalid_input', 'This order is not known here.');

  const value = what === 'number' ? `+${order.number}` : latestCode(order);
  if (!value) throw new AppError('invalid_input', 'No code has arrived for this order yet.');

  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { filled: false };

  const answer = (await browser.tabs
    .sendMessage(tab.id, { type: 'fillFocused', value })
    .catch(() => null)) as ContentResponse | null;
  return { filled: Boolean(answer?.ok && 'filled' in answer.value && answer.value.filled) };
}

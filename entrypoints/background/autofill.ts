/**
 * Filling an arriving code by itself: into the tab where the order's number was filled, and
 * only while that tab still shows a page of the same origin. Never anywhere else.
 */
import type { NumberOrder } from '@/utils/orders';
import { readSettings } from '@/utils/storage';

import { sendFill, tabOrigin } from './fill';

/** True when the code went into a field of the order's own tab. */
export async function autoFillCode(order: NumberOrder, code: string): Promise<boolean> {
  if (!order.fillTarget || !(await readSettings()).autoFill) return false;

  const { tabId, origin } = order.fillTarget;
  if ((await tabOrigin(tabId)) !== origin) return false;

  const request = { type: 'fillCode', code, target: 'detect', origin } as const;
  const answer = await sendFill({ tabId, target: 'detect' }, request);
  return answer !== null;
}

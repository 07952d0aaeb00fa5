/**
 * Filling a tab: the number, or the latest code, of an order. A number filled into a tab makes
 * the order remember that tab and its page's origin, so the arriving code may follow it there.
 */
import { browser } from 'wxt/browser';

import { AppError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import type { ContentRequest, ContentResponse, FillAnswer, FillTarget } from '@/utils/messages';
import { latestCode, type NumberOrder } from '@/utils/orders';
import { splitNumber } from '@/utils/phone';

import { patchOrder, readOrders } from './order-store';

export interface TabTarget {
  tabId: number;
  /** A frame of the tab (the right-click menu names one); all frames otherwise. */
  frameId?: number;
  target: FillTarget;
}

function requestFor(
  order: NumberOrder,
  what: 'number' | 'code',
  target: FillTarget,
): ContentRequest {
  if (what === 'number') {
    return {
      type: 'fillPhone',
      phone: order.phone ?? splitNumber(order.number, order.countryCode),
      target,
    };
  }

  const code = latestCode(order);
  if (!code) throw new AppError('invalid_input', t('bgNoCodeYet'));
  return { type: 'fillCode', code, target };
}

/** Sends one fill to a tab; `null` when no frame found a field to fill. */
export async function sendFill(
  tab: TabTarget,
  request: ContentRequest,
): Promise<FillAnswer | null> {
  const options = tab.frameId === undefined ? {} : { frameId: tab.frameId };
  const answer = (await browser.tabs.sendMessage(tab.tabId, request, options).catch(() => null)) as
    ContentResponse | null | undefined;
  return answer?.ok && 'filled' in answer.value && answer.value.filled ? answer.value : null;
}

/**
 * The origin of the page a tab shows, or `null` when it is gone or not a web page. Without the
 * `tabs` permission the tab's address is not given, so the page's own content script says it.
 */
export async function tabOrigin(tabId: number): Promise<string | null> {
  const answer = (await browser.tabs
    .sendMessage(tabId, { type: 'ping' } satisfies ContentRequest, { frameId: 0 })
    .catch(() => null)) as ContentResponse | null | undefined;
  if (!answer?.ok || !('url' in answer.value)) return null;

  const url = new URL(answer.value.url);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
}

export async function fillOrder(
  key: string,
  what: 'number' | 'code',
  tab: TabTarget,
): Promise<{ filled: boolean }> {
  const order = (await readOrders())[key];
  if (!order) throw new AppError('invalid_input', t('bgOrderUnknown'));

  const answer = await sendFill(tab, requestFor(order, what, tab.target));
  if (answer && what === 'number') {
    const origin = (await tabOrigin(tab.tabId)) ?? answer.origin;
    await patchOrder(key, (current) => ({ ...current, fillTarget: { tabId: tab.tabId, origin } }));
  }

  return { filled: answer !== null };
}

/** The popup's Fill buttons: the active tab's signup form, or the field in focus there. */
export async function fillActiveTab(
  key: string,
  what: 'number' | 'code',
): Promise<{ filled: boolean }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { filled: false };

  const detected = await fillOrder(key, what, { tabId: tab.id, target: 'detect' });
  return detected.filled ? detected : fillOrder(key, what, { tabId: tab.id, target: 'focused' });
}

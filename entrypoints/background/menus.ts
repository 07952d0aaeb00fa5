/**
 * The right-click menu on editable fields: "Fill phone number" and "Fill code", one entry per
 * order when several can be filled, and no entry when nothing can.
 */
import { browser, type Browser } from 'wxt/browser';

import { t } from '@/utils/i18n';
import { isFillable, latestCode, sortNewestFirst, type NumberOrder } from '@/utils/orders';
import { displayNumber } from '@/utils/phone-display';

import { fillOrder } from './fill';

interface MenuEntry {
  id: string;
  title: string;
}

/** The entries for the orders that can be filled now, newest first. */
export function menuEntries(orders: NumberOrder[], now: number): MenuEntry[] {
  const fillable = sortNewestFirst(orders.filter((order) => isFillable(order, now)));
  const isSingle = fillable.length === 1;
  const label = (order: NumberOrder) => (order.serviceName ? ` (${order.serviceName})` : '');

  return fillable.flatMap((order) => {
    const code = latestCode(order);
    const number: MenuEntry = {
      id: `number|${order.key}`,
      title: isSingle
        ? t('bgMenuFillNumber')
        : t('bgMenuFillNumberOf', displayNumber(order), label(order)),
    };
    if (!code) return [number];

    const codeEntry = {
      id: `code|${order.key}`,
      title: isSingle ? t('bgMenuFillCode') : t('bgMenuFillCodeOf', code, label(order)),
    };
    return [number, codeEntry];
  });
}

let rebuilding = Promise.resolve();
let shown: string | null = null;

/**
 * Replaces the menu with the entries for `orders`; calls run one after another, and a menu
 * that would not change is left alone (every poll stores the orders).
 */
export function rebuildMenus(orders: NumberOrder[], now: number): Promise<void> {
  rebuilding = rebuilding.then(async () => {
    const entries = menuEntries(orders, now);
    const signature = JSON.stringify(entries);
    if (signature === shown) return;

    shown = signature;
    await browser.contextMenus.removeAll();
    for (const entry of entries) browser.contextMenus.create({ ...entry, contexts: ['editable'] });
  });
  return rebuilding;
}

export async function onMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  const [what, key] = String(info.menuItemId).split('|');
  if (tab?.id === undefined || !key || (what !== 'number' && what !== 'code')) return;

  await fillOrder(key, what, { tabId: tab.id, frameId: info.frameId, target: 'focused' });
}

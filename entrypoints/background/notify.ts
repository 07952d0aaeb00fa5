/** Telling the person: a notification for each arriving message, and the toolbar badge. */
import { browser } from 'wxt/browser';

import type { LicenseOrder } from '@/utils/api';
import { locale, t } from '@/utils/i18n';
import { isPending, type NumberOrder, type OrderMessage } from '@/utils/orders';
import { displayNumber } from '@/utils/phone-display';
import { ordersItem, readSettings } from '@/utils/storage';

const WAITING_COLOR = '#0b62d6';
const ARRIVED_COLOR = '#1e8e3e';

/**
 * One notification per arriving SMS. A code filled into the page by itself is said to be so;
 * otherwise the notification carries the code.
 */
export async function notifyArrivals(
  order: NumberOrder,
  messages: OrderMessage[],
  filledCode: string | null = null,
): Promise<void> {
  if (!(await readSettings()).notifications) return;

  const firstIndex = order.messages.length - messages.length;
  for (const [offset, message] of messages.entries()) {
    const service = order.serviceName ?? message.from ?? 'SMS';
    // One notification per message: its place in the order's messages names it.
    await browser.notifications.create(`sms:${order.key}:${firstIndex + offset}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: message.code ? `${service}: ${message.code}` : t('bgNotifyNewSms', service),
      message: notificationText(order, message, filledCode),
    });
  }
}

function notificationText(order: NumberOrder, message: OrderMessage, filledCode: string | null) {
  if (message.code && message.code === filledCode) return t('bgNotifyFilled', message.text);

  // A virtual number's code arrives without its text.
  return message.code && message.text === message.code
    ? t('bgNotifyCodeFor', displayNumber(order))
    : message.text;
}

/** One notification per settled license order: delivered, or failed and refunded. */
export async function notifyLicenseOutcomes(orders: LicenseOrder[]): Promise<void> {
  if (!(await readSettings()).notifications) return;

  for (const order of orders) {
    const isDelivered = order.order_status === 'success';
    await browser.notifications.create(`license:${order.order_id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(
        isDelivered ? 'bgLicenseDeliveredTitle' : 'bgLicenseFailedTitle',
        order.product_name,
      ),
      message: t(isDelivered ? 'bgLicenseDeliveredText' : 'bgLicenseFailedText', order.order_id),
    });
  }
}

/** The action API is `action` in MV3 and `browserAction` in Firefox's MV2 build. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Pending orders as a number; a green badge while a code waits to be seen. */
export async function updateBadge(orders: Record<string, NumberOrder>): Promise<void> {
  const all = Object.values(orders);
  const waiting = all.filter(isPending).length;
  const hasUnseenCode = all.some((order) => !order.seen);
  const action = toolbarAction();

  await action.setBadgeText({ text: waiting > 0 ? String(waiting) : hasUnseenCode ? '✓' : '' });
  await action.setBadgeBackgroundColor({ color: hasUnseenCode ? ARRIVED_COLOR : WAITING_COLOR });
  await action.setTitle({
    title: hasUnseenCode ? t('bgBadgeArrived') : t('bgBadgeWaiting', waiting),
  });
}

/** Keeps the badge in step with the stored orders and the language; returns the unwatch. */
export function watchBadge(): () => void {
  const redraw = () => void ordersItem.getValue().then(updateBadge);
  redraw();
  const stops = [
    ordersItem.watch((orders) => void updateBadge(orders ?? {})),
    // The badge's title is text: it follows a change of language.
    locale.subscribe(redraw),
  ];
  return () => stops.forEach((stop) => stop());
}

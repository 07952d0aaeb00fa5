/**
 * Pending license orders (manual delivery) are asked about until the service settles them. A
 * timer chain checks every 15 s while the worker runs, an alarm wakes a stopped worker each
 * minute, and nothing is asked while no license order is pending.
 */
import { browser } from 'wxt/browser';

import type { LicenseOrder } from '@/utils/api';
import { isAppError } from '@/utils/errors';
import { createLogger } from '@/utils/logger';

import { getApi } from './api';
import { refreshBalanceLater } from './balance';
import { notifyLicenseOutcomes } from './notify';
import { readPendingLicenseOrders, saveLicenseOrders } from './shop-store';

export const LICENSE_ALARM = 'check-license-orders';
export const LICENSE_CHECK_MS = 15_000;

const log = createLogger('license-watch');

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;

/** Checks the pending license orders now, and keeps checking while any is pending. */
export function watchLicenseOrders(): Promise<void> {
  running ??= checkPending().finally(() => (running = null));
  return running;
}

/** Stops the timer chain; the alarm, if set, still wakes the checks later. */
export function stopWatching(): void {
  clearTimeout(timer);
  timer = undefined;
}

async function checkPending(): Promise<void> {
  clearTimeout(timer);
  const pending = await readPendingLicenseOrders();
  if (pending.length === 0) {
    await browser.alarms.clear(LICENSE_ALARM);
    return;
  }

  if (!(await browser.alarms.get(LICENSE_ALARM))) {
    await browser.alarms.create(LICENSE_ALARM, { periodInMinutes: 1 });
  }

  try {
    const api = await getApi();
    const answers = await Promise.allSettled(
      pending.map((order) => api.license.getOrder({ order_id: order.order_id })),
    );
    const orders = answers.flatMap((answer) =>
      answer.status === 'fulfilled' ? [answer.value.order] : [],
    );
    await storeLicenseOrders(orders);
    const failed = answers.find((answer) => answer.status === 'rejected');
    if (failed) log.warn('checking a license order failed', errorCode(failed.reason));
  } catch (error) {
    log.warn('checking license orders failed', errorCode(error));
  }

  timer = setTimeout(() => void watchLicenseOrders(), LICENSE_CHECK_MS);
}

/** Stores license orders and tells the person about those that have just been settled. */
export async function storeLicenseOrders(orders: LicenseOrder[]): Promise<void> {
  const settled = await saveLicenseOrders(orders);
  if (settled.length === 0) return;

  refreshBalanceLater();
  await notifyLicenseOutcomes(settled);
}

function errorCode(error: unknown): unknown {
  return isAppError(error) ? error.code : error;
}

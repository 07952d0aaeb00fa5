/**
 * Polling for codes. A timer chain gives the documented 5-second beat while the worker runs; an
 * alarm is the backstop that wakes a stopped worker (packed MV3 alarms fire at most every 30 s).
 * Nothing is asked while no order is pending, and an order past its expiry is closed without a
 * request.
 */
import { browser } from 'wxt/browser';

import { isAppError } from '@/utils/errors';
import { createLogger } from '@/utils/logger';
import { statusAfterExpiry, type NumberOrder, type OrderMessage } from '@/utils/orders';
import { MIN_POLL_INTERVAL_SEC, readSettings } from '@/utils/storage';

import { getApi } from './api';
import { autoFillCode } from './autofill';
import { maybeAutoCancel } from './cancel';
import { notifyArrivals } from './notify';
import { patchOrder, readPendingOrders } from './order-store';
import { pollOrder } from './poll-order';
import { now } from './server-time';

export const POLL_ALARM = 'poll-orders';

const log = createLogger('poller');
const MAX_BACKOFF_MS = 60_000;

/** When each order may be asked next, and how often in a row it failed. */
const schedule = new Map<string, { dueAt: number; failures: number }>();
let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;

/** Polls what is due now and plans the next beat; safe to call from any event. */
export function pollNow(): Promise<void> {
  running ??= runBeat().finally(() => (running = null));
  return running;
}

/** Stops the timer chain; the alarm, if set, still wakes polling later. */
export function stopPolling(): void {
  clearTimeout(timer);
  timer = undefined;
}

async function runBeat(): Promise<void> {
  clearTimeout(timer);
  const pending = await readPendingOrders();
  if (pending.length === 0) {
    schedule.clear();
    await browser.alarms.clear(POLL_ALARM);
    return;
  }

  await ensureAlarm();
  const intervalMs = await pollIntervalMs();
  await Promise.all(pending.map((order) => pollIfDue(order, intervalMs)));
  planNextBeat(intervalMs);
}

async function pollIfDue(order: NumberOrder, intervalMs: number): Promise<void> {
  if (now() >= order.expiresAt) {
    schedule.delete(order.key);
    await patchOrder(order.key, (current) => ({ ...current, status: statusAfterExpiry(current) }));
    return;
  }

  const entry = schedule.get(order.key) ?? { dueAt: 0, failures: 0 };
  if (Date.now() < entry.dueAt) return;

  try {
    const result = await pollOrder(await getApi(), order);
    schedule.set(order.key, { dueAt: Date.now() + intervalMs, failures: 0 });
    if (result?.newMessages.length) await announce(result.order, result.newMessages);
    if (result) await maybeAutoCancel(result.order);
  } catch (error) {
    const failures = entry.failures + 1;
    const delay = Math.min(intervalMs * 2 ** failures, MAX_BACKOFF_MS);
    schedule.set(order.key, { dueAt: Date.now() + delay, failures });
    log.warn(
      `polling ${order.product} order failed ${failures}x`,
      isAppError(error) ? error.code : error,
    );
  }
}

/** Fills the newest arrived code where the number was filled, then tells the person. */
async function announce(order: NumberOrder, messages: OrderMessage[]): Promise<void> {
  const code = messages.findLast((message) => message.code)?.code ?? null;
  const isFilled = code !== null && (await autoFillCode(order, code).catch(() => false));
  await notifyArrivals(order, messages, isFilled ? code : null);
}

function planNextBeat(intervalMs: number): void {
  const nextDue = Math.min(...[...schedule.values()].map((entry) => entry.dueAt));
  const wait = Number.isFinite(nextDue) ? Math.max(nextDue - Date.now(), 250) : intervalMs;
  timer = setTimeout(() => void pollNow(), wait);
}

async function pollIntervalMs(): Promise<number> {
  const { pollIntervalSec } = await readSettings();
  return Math.max(pollIntervalSec, MIN_POLL_INTERVAL_SEC) * 1000;
}

async function ensureAlarm(): Promise<void> {
  if (await browser.alarms.get(POLL_ALARM)) return;

  await browser.alarms.create(POLL_ALARM, { periodInMinutes: 0.5 });
}

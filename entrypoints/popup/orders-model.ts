import { computed, signal, type ReadonlySignal } from '@preact/signals';

import { describeError } from '@/utils/error-text';
import { askBackground } from '@/utils/messages';
import type { NumberOrder } from '@/utils/orders';
import { ordersItem } from '@/utils/storage';

import { activeOrders, recentOrders } from './order-display';

/**
 * A line under one order card: the API's refusal, or the hint to click a field first (worded by
 * the card, so it follows the language).
 */
export type OrderNotice = { kind: 'error'; text: string } | { kind: 'hint' };

interface Deps {
  now: ReadonlySignal<number>;
  /** After a successful cancel. */
  onCancelled?: () => void;
}

/** The orders the service worker stores, followed live, and what the popup asks of them. */
export function createOrdersModel({ now, onCancelled }: Deps) {
  const orders = signal<Record<string, NumberOrder>>({});
  const isLoaded = signal(false);
  const cancelling = signal<ReadonlySet<string>>(new Set());
  const notices = signal<Record<string, OrderNotice>>({});
  let hasAcknowledged = false;

  const list = computed(() => Object.values(orders.value));
  const active = computed(() => activeOrders(list.value, now.value));
  const recent = computed(() => recentOrders(list.value, now.value));
  const unseenCount = computed(() => list.value.filter((order) => !order.seen).length);

  function setNotice(key: string, notice: OrderNotice | null): void {
    const rest = Object.entries(notices.value).filter(([other]) => other !== key);
    notices.value = Object.fromEntries(notice ? [...rest, [key, notice]] : rest);
  }

  /** Reads the stored orders and follows every change; returns the cleanup. */
  function start(): () => void {
    let hasChanged = false;
    const unwatch = ordersItem.watch((value) => {
      hasChanged = true;
      orders.value = value ?? {};
      isLoaded.value = true;
    });
    void ordersItem.getValue().then((value) => {
      // A change seen meanwhile is newer than this read.
      if (hasChanged) return;

      orders.value = value;
      isLoaded.value = true;
    });

    return unwatch;
  }

  /** Shows an order the service worker has just answered with, before its write is seen. */
  function upsert(order: NumberOrder): void {
    orders.value = { ...orders.value, [order.key]: order };
  }

  async function cancel(key: string): Promise<void> {
    if (cancelling.value.has(key)) return;

    cancelling.value = new Set([...cancelling.value, key]);
    setNotice(key, null);
    const answer = await askBackground({ type: 'cancelOrder', key });
    cancelling.value = new Set([...cancelling.value].filter((other) => other !== key));
    if (!answer.ok) {
      setNotice(key, { kind: 'error', text: describeError(answer) });
      return;
    }

    // The cancelled order moves to the history, where its refund is shown.
    upsert(answer.value);
    onCancelled?.();
  }

  async function fill(key: string, what: 'number' | 'code'): Promise<void> {
    const answer = await askBackground({ type: 'fillActiveTab', key, what });
    if (!answer.ok) setNotice(key, { kind: 'error', text: describeError(answer) });
    else setNotice(key, answer.value.filled ? null : { kind: 'hint' });
  }

  /**
   * Tells the service worker the arrived codes have been seen, once the orders are on screen:
   * on opening, and again whenever a new code shows up while the popup is open.
   */
  function acknowledgeShown(): void {
    if (!isLoaded.value || (hasAcknowledged && unseenCount.value === 0)) return;

    hasAcknowledged = true;
    void askBackground({ type: 'markCodesSeen' });
  }

  return {
    orders,
    isLoaded,
    active,
    recent,
    unseenCount,
    cancelling,
    notices,
    start,
    upsert,
    cancel,
    fill,
    acknowledgeShown,
  };
}

export type OrdersModel = ReturnType<typeof createOrdersModel>;

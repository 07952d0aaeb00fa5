/**
 * The only writer of the stored orders. Updates run one after another, so two polls finishing
 * together cannot overwrite each other's changes, and each resolves once its write is stored.
 */
import { isPending, sortNewestFirst, type NumberOrder } from '@/utils/orders';
import { ordersItem } from '@/utils/storage';

/** More than a person scrolls through; the oldest finished orders go first. */
export const HISTORY_CAP = 300;

let queue: Promise<unknown> = Promise.resolve();

type Orders = Record<string, NumberOrder>;

/** Applies `change` to the stored orders and writes the result before resolving. */
export function updateOrders<T>(change: (orders: Orders) => T): Promise<T> {
  const run = queue.then(async () => {
    const orders = { ...(await ordersItem.getValue()) };
    const result = change(orders);
    await ordersItem.setValue(prune(orders));
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function readOrders(): Promise<Orders> {
  await queue;
  return ordersItem.getValue();
}

export async function readPendingOrders(): Promise<NumberOrder[]> {
  return Object.values(await readOrders()).filter(isPending);
}

/** Stores `order`, merging with what is already known of it. */
export function saveOrder(order: NumberOrder): Promise<NumberOrder> {
  return updateOrders((orders) => {
    orders[order.key] = { ...orders[order.key], ...order };
    return orders[order.key]!;
  });
}

/** Changes one stored order; `undefined` when it is not known. */
export function patchOrder(
  key: string,
  change: (order: NumberOrder) => NumberOrder,
): Promise<NumberOrder | undefined> {
  return updateOrders((orders) => {
    const order = orders[key];
    if (!order) return undefined;

    orders[key] = change(order);
    return orders[key];
  });
}

/**
 * Marks every arrived code as shown. The popup says so each time it opens; a write only when
 * something changes spares the watchers (badge, menu, polling) that every write wakes.
 */
export async function markCodesSeen(): Promise<void> {
  const orders = Object.values(await readOrders());
  if (orders.every((order) => order.seen)) return;

  await updateOrders((stored) => {
    for (const order of Object.values(stored)) order.seen = true;
  });
}

/** Forgets every finished order; returns how many went. */
export function clearFinishedOrders(): Promise<number> {
  return updateOrders((orders) => {
    const finished = Object.values(orders).filter((order) => !isPending(order));
    for (const order of finished) Reflect.deleteProperty(orders, order.key);
    return finished.length;
  });
}

/** Keeps every pending order and the newest finished ones, up to the cap. */
export function prune(orders: Orders, cap = HISTORY_CAP): Orders {
  const all = Object.values(orders);
  if (all.length <= cap) return orders;

  const pending = all.filter(isPending);
  const finished = sortNewestFirst(all.filter((order) => !isPending(order)));
  const kept = [...pending, ...finished.slice(0, Math.max(0, cap - pending.length))];
  return Object.fromEntries(kept.map((order) => [order.key, order]));
}

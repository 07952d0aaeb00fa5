/**
 * The only writer of the stored SMM and license orders. Writes run one after another, and a
 * license order seen leaving `pending` (by the watcher or in a list the options page asked for)
 * is told to the person exactly once: at the write that changes its status.
 */
import type { LicenseOrder, SmmOrder } from '@/utils/api';
import { licenseOrdersItem, smmOrdersItem } from '@/utils/storage';

let queue: Promise<unknown> = Promise.resolve();

/** SMM orders in these states will not change any more. */
const FINISHED_SMM: ReadonlySet<SmmOrder['order_status']> = new Set([
  'completed',
  'partial',
  'canceled',
  'refunded',
  'error',
]);

/** Per store: more than a person looks through; the oldest finished orders go first. */
export const SHOP_HISTORY_CAP = 500;

export function isFinishedSmmOrder(order: SmmOrder): boolean {
  return FINISHED_SMM.has(order.order_status);
}

export function isFinishedLicenseOrder(order: LicenseOrder): boolean {
  return order.order_status !== 'pending';
}

/** Keeps every unfinished order and the newest finished ones, up to `cap`. */
export function pruneShopOrders<T extends { order_id: number; created_at: string }>(
  orders: Record<string, T>,
  isFinished: (order: T) => boolean,
  cap = SHOP_HISTORY_CAP,
): Record<string, T> {
  const all = Object.values(orders);
  if (all.length <= cap) return orders;

  const open = all.filter((order) => !isFinished(order));
  const finished = all
    .filter(isFinished)
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
  const kept = [...open, ...finished.slice(0, Math.max(0, cap - open.length))];
  return Object.fromEntries(kept.map((order) => [order.order_id, order]));
}

function serialized<T>(run: () => Promise<T>): Promise<T> {
  const result = queue.then(run);
  queue = result.catch(() => undefined);
  return result;
}

/** Stores SMM orders as the service last reported them. */
export function saveSmmOrders(orders: SmmOrder[]): Promise<void> {
  if (orders.length === 0) return Promise.resolve();

  return serialized(async () => {
    const stored = { ...(await smmOrdersItem.getValue()) };
    for (const order of orders) {
      const known = stored[order.order_id];
      // Lists leave out comments and extras; what the purchase answered is kept.
      stored[order.order_id] = known
        ? {
            ...known,
            ...order,
            comments: order.comments ?? known.comments,
            extras: order.extras.length > 0 ? order.extras : known.extras,
          }
        : order;
    }
    await smmOrdersItem.setValue(pruneShopOrders(stored, isFinishedSmmOrder));
  });
}

/**
 * Stores license orders and answers those that have just left `pending`, for the caller to
 * tell about. A delivery already known is never dropped by an answer that lacks it.
 */
export function saveLicenseOrders(orders: LicenseOrder[]): Promise<LicenseOrder[]> {
  if (orders.length === 0) return Promise.resolve([]);

  return serialized(async () => {
    const stored = { ...(await licenseOrdersItem.getValue()) };
    const settled: LicenseOrder[] = [];
    for (const order of orders) {
      const known = stored[order.order_id];
      const merged = known
        ? { ...known, ...order, delivery_data: order.delivery_data ?? known.delivery_data }
        : order;
      if (known?.order_status === 'pending' && merged.order_status !== 'pending') {
        settled.push(merged);
      }
      stored[order.order_id] = merged;
    }
    await licenseOrdersItem.setValue(pruneShopOrders(stored, isFinishedLicenseOrder));
    return settled;
  });
}

export async function readPendingLicenseOrders(): Promise<LicenseOrder[]> {
  await queue;
  const stored = await licenseOrdersItem.getValue();
  return Object.values(stored).filter((order) => order.order_status === 'pending');
}

export async function knownSmmOrderIds(): Promise<Set<number>> {
  await queue;
  return new Set(Object.values(await smmOrdersItem.getValue()).map((order) => order.order_id));
}

export async function knownLicenseOrderIds(): Promise<Set<number>> {
  await queue;
  return new Set(Object.values(await licenseOrdersItem.getValue()).map((order) => order.order_id));
}

/** Forgets finished SMM and license orders; answers how many. Unfinished ones stay. */
export function clearFinishedShopOrders(): Promise<number> {
  return serialized(async () => {
    const [smm, licenses] = await Promise.all([
      smmOrdersItem.getValue(),
      licenseOrdersItem.getValue(),
    ]);
    const openSmm = Object.values(smm).filter((order) => !isFinishedSmmOrder(order));
    const openLicenses = Object.values(licenses).filter((order) => !isFinishedLicenseOrder(order));
    await smmOrdersItem.setValue(byId(openSmm));
    await licenseOrdersItem.setValue(byId(openLicenses));
    const before = Object.keys(smm).length + Object.keys(licenses).length;
    return before - openSmm.length - openLicenses.length;
  });
}

function byId<T extends { order_id: number }>(orders: T[]): Record<string, T> {
  return Object.fromEntries(orders.map((order) => [order.order_id, order]));
}

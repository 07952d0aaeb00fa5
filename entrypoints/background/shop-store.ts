/**
 * The only writer of the stored SMM and license orders. Writes run one after another, and a
 * license order seen leaving `pending` (by the watcher or in a list the options page asked for)
 * is told to the person exactly once: at the write that changes its status.
 */
import type { LicenseOrder, SmmOrder } from '@/utils/api';
import { licenseOrdersItem, smmOrdersItem } from '@/utils/storage';

let queue: Promise<unknown> = Promise.resolve();

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
    await smmOrdersItem.setValue(stored);
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
    await licenseOrdersItem.setValue(stored);
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

/**
 * Bringing the stored orders in line with the service: on browser start, extension start and
 * worker wake-up, each product's history is read, what changed elsewhere is applied, and orders
 * this browser did not know of (bought on the website, or whose answer was lost) are added.
 */
import type { Pale100Api } from '@/utils/api';
import { createLogger } from '@/utils/logger';
import { isPending, type NumberOrder, type NumberProduct } from '@/utils/orders';
import { purchaseJournalItem } from '@/utils/storage';

import { getApi, hasApiKey } from './api';
import { orderFromHistory } from './order-factory';
import { updateOrders } from './order-store';
import { now } from './server-time';

const log = createLogger('reconcile');
const PRODUCTS: NumberProduct[] = ['virtual', 'physical', 'rental'];
/** Pages of 50 read per product: the newest 150 orders are plenty to merge. */
const HISTORY_PAGES = 3;

type HistoryItem = Awaited<
  ReturnType<Pale100Api['virtual' | 'physical' | 'rental']['getActivations']>
>['items'][number];

export async function reconcileOrders(): Promise<void> {
  if (!(await hasApiKey())) return;

  const api = await getApi();
  for (const product of PRODUCTS) {
    const items = await readHistory(api, product).catch((error: unknown) => {
      log.warn(
        `could not read the ${product} history`,
        error instanceof Error ? error.message : error,
      );
      return null;
    });
    if (items) await updateOrders((orders) => mergeHistory(orders, product, items));
  }

  await forgetStaleJournal();
}

async function readHistory(api: Pale100Api, product: NumberProduct): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  for (let page = 1; page <= HISTORY_PAGES; page++) {
    const answer = await api[product].getActivations({ page, limit: 50 });
    items.push(...answer.items);
    if (page >= answer.total_pages) break;
  }

  return items;
}

/** Applies the service's view of each activation to the stored orders. */
export function mergeHistory(
  orders: Record<string, NumberOrder>,
  product: NumberProduct,
  items: HistoryItem[],
): void {
  for (const item of items) {
    const fromHistory = orderFromHistory(product, item, 'history');
    const known = orders[fromHistory.key];
    if (!known) {
      orders[fromHistory.key] = fromHistory;
      continue;
    }

    if (!isPending(known) || item.order_status === 'pending') continue;

    const messages = known.messages.length > 0 ? known.messages : fromHistory.messages;
    orders[known.key] = { ...known, status: item.order_status, messages };
  }
}

/** Purchases whose worker stopped mid-request: their orders, if any, were merged above. */
async function forgetStaleJournal(): Promise<void> {
  const journal = await purchaseJournalItem.getValue();
  const fresh = Object.values(journal).filter((entry) => now() - entry.sentAt < 2 * 60_000);
  if (fresh.length === Object.keys(journal).length) return;

  await purchaseJournalItem.setValue(
    Object.fromEntries(fresh.map((entry) => [entry.purchaseId, entry])),
  );
}

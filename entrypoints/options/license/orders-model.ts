import { computed, signal } from '@preact/signals';

import type { LicenseOrder, LicenseOrderStatus } from '@/utils/api';
import type { MessageKey } from '@/utils/i18n';
import { askBackground } from '@/utils/messages';
import { licenseOrdersItem } from '@/utils/storage';

import { createDebounce, createRemoteList } from './remote-list';

export const ORDERS_PER_PAGE = 10;

export type OrderStatusFilter = LicenseOrderStatus | 'all';

/** The status choices, each with the key of its name in the locale files. */
export const ORDER_STATUS_FILTERS: ReadonlyArray<{ value: OrderStatusFilter; label: MessageKey }> =
  [
    { value: 'all', label: 'licenseStatusAll' },
    { value: 'pending', label: 'licenseStatusPending' },
    { value: 'success', label: 'licenseStatusDelivered' },
    { value: 'failed', label: 'licenseStatusFailed' },
  ];

export interface OrderQuery {
  status: OrderStatusFilter;
  search: string;
}

/** The `getOrders` parameters of the filters: only what is set is sent. */
export function orderQuery(query: OrderQuery, page: number) {
  const search = query.search.trim();
  return {
    page,
    limit: ORDERS_PER_PAGE,
    ...(query.status === 'all' ? {} : { order_status: query.status }),
    ...(search === '' ? {} : { search }),
  };
}

/**
 * The shown orders with what the worker stored since: an order it saw settle (delivered or
 * failed) shows so here without asking the service again. A stored delivery is never dropped.
 */
export function mergeStoredOrders(
  shown: readonly LicenseOrder[],
  stored: Readonly<Record<string, LicenseOrder>>,
): LicenseOrder[] {
  return shown.map((order) => {
    const known = stored[order.order_id];
    if (!known) return order;
    return {
      ...order,
      order_status: known.order_status,
      delivery_data: known.delivery_data ?? order.delivery_data,
      updated_at: known.updated_at ?? order.updated_at,
    };
  });
}

/** The license order history: paged by the service, filtered by status, searched by name. */
export function createLicenseOrdersModel({ searchDelayMs = 300 } = {}) {
  const list = createRemoteList<OrderQuery, LicenseOrder>(async (query, page) => {
    const answer = await askBackground({ type: 'licenseOrders', params: orderQuery(query, page) });
    if (!answer.ok) return answer;
    const { items, page: shown, total_pages: totalPages, total } = answer.value;
    return { ok: true, value: { items, page: shown, totalPages, total } };
  });
  const status = signal<OrderStatusFilter>('all');
  const search = signal('');
  const stored = signal<Record<string, LicenseOrder>>({});
  const debounce = createDebounce(searchDelayMs);

  const orders = computed(() => mergeStoredOrders(list.items.value, stored.value));

  function reload(): Promise<void> {
    return list.load({ status: status.value, search: search.value }, 1);
  }

  function setStatus(next: OrderStatusFilter): Promise<void> {
    status.value = next;
    return reload();
  }

  function setSearch(text: string): void {
    search.value = text;
    debounce(() => void reload());
  }

  /** Follows the orders the worker stores; returns the unwatch function. */
  function follow(): () => void {
    void licenseOrdersItem.getValue().then((value) => (stored.value = value));
    return licenseOrdersItem.watch((value) => (stored.value = value ?? {}));
  }

  return { list, orders, status, search, reload, setStatus, setSearch, follow };
}

export type LicenseOrdersModel = ReturnType<typeof createLicenseOrdersModel>;

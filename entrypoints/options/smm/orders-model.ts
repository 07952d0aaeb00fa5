import { signal } from '@preact/signals';

import type { SmmOrder, SmmOrderStatus } from '@/utils/api';
import type { ErrorData } from '@/utils/errors';
import { askBackground, type BackgroundAnswers } from '@/utils/messages';

import { createLoadable } from './loadable';

export { SMM_ORDER_STATUSES } from '@/utils/api/statuses';

export const ORDERS_PAGE_SIZE = 10;

const SEARCH_DELAY_MS = 400;

export type OrderDetail =
  | { kind: 'loading'; order: SmmOrder }
  | { kind: 'ready'; order: SmmOrder }
  | { kind: 'failed'; order: SmmOrder; error: ErrorData };

/** Of an order's quantity, the share delivered so far (0 – 1); null while the service says nothing. */
export function deliveredShare(order: SmmOrder): number | null {
  if (order.remains === null || order.quantity <= 0) return null;
  const delivered = Math.min(order.quantity, Math.max(0, order.quantity - order.remains));
  return delivered / order.quantity;
}

/**
 * The SMM orders as the service pages them, filtered by status and searched, with one order
 * open at a time and read afresh on demand.
 */
export function createSmmOrdersModel({ searchDelayMs = SEARCH_DELAY_MS } = {}) {
  const list = createLoadable<BackgroundAnswers['smmOrders']>();
  const page = signal(1);
  const status = signal<SmmOrderStatus | 'all'>('all');
  const search = signal('');
  const openId = signal<number | null>(null);
  const detail = signal<OrderDetail | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latestDetail = 0;

  async function load(toPage = page.value): Promise<void> {
    clearTimeout(timer);
    page.value = toPage;
    const text = search.value.trim();
    const wanted = status.value;
    await list.load(() =>
      askBackground({
        type: 'smmOrders',
        params: {
          page: toPage,
          limit: ORDERS_PAGE_SIZE,
          ...(wanted === 'all' ? {} : { order_status: wanted }),
          ...(text ? { search: text } : {}),
        },
      }),
    );
  }

  async function setStatus(next: SmmOrderStatus | 'all'): Promise<void> {
    status.value = next;
    await load(1);
  }

  /** Searches once typing has paused; `searchNow` when the search is submitted. */
  function setSearch(text: string): void {
    search.value = text;
    clearTimeout(timer);
    timer = setTimeout(() => void load(1), searchDelayMs);
  }

  async function searchNow(): Promise<void> {
    await load(1);
  }

  /** Reads one order afresh: start count, remains and status move while it is delivered. */
  async function refresh(order: SmmOrder): Promise<void> {
    const mine = ++latestDetail;
    const shown = detail.value?.order.order_id === order.order_id ? detail.value.order : order;
    detail.value = { kind: 'loading', order: shown };
    const answer = await askBackground({ type: 'smmOrder', orderId: order.order_id });
    if (mine !== latestDetail) return;

    detail.value = answer.ok
      ? { kind: 'ready', order: answer.value }
      : { kind: 'failed', order: shown, error: answer };
    if (answer.ok) replaceInList(answer.value);
  }

  function replaceInList(order: SmmOrder): void {
    const state = list.state.value;
    if (state.kind !== 'ready') return;
    const items = state.value.items.map((item) =>
      item.order_id === order.order_id ? order : item,
    );
    list.state.value = { kind: 'ready', value: { ...state.value, items } };
  }

  /** Opens an order (and reads it afresh), or closes it when it is the open one. */
  async function toggle(order: SmmOrder): Promise<void> {
    if (openId.value === order.order_id) {
      openId.value = null;
      detail.value = null;
      latestDetail++;
      return;
    }
    openId.value = order.order_id;
    detail.value = null;
    await refresh(order);
  }

  return {
    list,
    page,
    status,
    search,
    openId,
    detail,
    load,
    setStatus,
    setSearch,
    searchNow,
    refresh,
    toggle,
  };
}

export type SmmOrdersModel = ReturnType<typeof createSmmOrdersModel>;

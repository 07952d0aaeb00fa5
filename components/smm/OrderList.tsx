import {
  deliveredShare,
  SMM_ORDER_STATUSES,
  type SmmOrdersModel,
} from '@/entrypoints/options/smm/orders-model';
import type { SmmOrder, SmmOrderStatus } from '@/utils/api';
import { formatMoney } from '@/utils/format';

import { Pager } from '../Pager';
import { SearchBox } from '../SearchBox';
import { LoadState } from './LoadState';
import { StatusBadge } from './StatusBadge';

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** The SMM orders, a page at a time from the service, filtered by status and searched. */
export function OrderList({ orders }: { orders: SmmOrdersModel }) {
  const state = orders.list.state.value;
  return (
    <section class="smm-orders" aria-label="SMM orders">
      <h3>Orders</h3>
      <form
        class="smm-orders__tools"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void orders.searchNow();
        }}
      >
        <SearchBox
          label="Search orders"
          value={orders.search.value}
          onInput={(text) => orders.setSearch(text)}
        />
        <label class="field--inline">
          Status
          <select
            value={orders.status.value}
            onChange={(event) =>
              void orders.setStatus(event.currentTarget.value as SmmOrderStatus | 'all')
            }
          >
            <option value="all">All</option>
            {SMM_ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
      </form>
      <LoadState
        state={state}
        what="orders"
        onRetry={() => void orders.list.retry()}
        isEmpty={(answer) => answer.items.length === 0}
        emptyText="No orders found."
      >
        {(answer) => (
          <>
            <ul class="smm-order-list">
              {answer.items.map((order) => (
                <OrderRow key={order.order_id} order={order} orders={orders} />
              ))}
            </ul>
            <Pager
              page={answer.page}
              totalPages={answer.total_pages}
              onPage={(next) => void orders.load(next)}
              label="SMM orders"
            />
          </>
        )}
      </LoadState>
    </section>
  );
}

function OrderRow({ order, orders }: { order: SmmOrder; orders: SmmOrdersModel }) {
  const isOpen = orders.openId.value === order.order_id;
  return (
    <li class="smm-order" data-testid="smm-order" data-order-id={order.order_id}>
      <button
        type="button"
        class="smm-order__summary"
        aria-expanded={isOpen}
        onClick={() => void orders.toggle(order)}
      >
        <span class="smm-order__id">#{order.order_id}</span>
        <span class="smm-order__name">{order.service_name}</span>
        <span>× {order.quantity}</span>
        <span>{formatMoney(order.total_price_tl)}</span>
        <StatusBadge status={order.order_status} />
      </button>
      {isOpen && <OrderDetailView orders={orders} />}
    </li>
  );
}

function OrderDetailView({ orders }: { orders: SmmOrdersModel }) {
  const detail = orders.detail.value;
  if (!detail) return null;

  const { order } = detail;
  const share = deliveredShare(order);
  const percent = share === null ? null : Math.round(share * 100);
  const delivered = order.remains === null ? null : order.quantity - order.remains;
  return (
    <div class="smm-order__detail" data-testid="smm-order-detail">
      <dl class="smm-detail__facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={order.order_status} />
        </dd>
        <dt>Target</dt>
        <dd class="smm-order__link">{order.link}</dd>
        <dt>Placed</dt>
        <dd>{formatTime(order.created_at)}</dd>
        <dt>Start count</dt>
        <dd data-testid="smm-start-count">{order.start_count ?? 'Not yet known'}</dd>
        <dt>Remains</dt>
        <dd data-testid="smm-remains">{order.remains ?? 'Not yet known'}</dd>
      </dl>
      {percent !== null && (
        <div
          class="smm-progress"
          role="progressbar"
          aria-label="Delivered"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${delivered} of ${order.quantity} delivered`}
        >
          <div class="smm-progress__bar" style={{ width: `${percent}%` }} />
          <span class="smm-progress__text">
            {delivered} of {order.quantity} delivered ({percent} %)
          </span>
        </div>
      )}
      {detail.kind === 'failed' && (
        <p class="notice notice--error" role="alert">
          Not refreshed: {detail.error.message}
        </p>
      )}
      <button
        type="button"
        disabled={detail.kind === 'loading'}
        aria-busy={detail.kind === 'loading'}
        onClick={() => void orders.refresh(order)}
      >
        {detail.kind === 'loading' ? 'Refreshing…' : 'Refresh'}
      </button>
    </div>
  );
}

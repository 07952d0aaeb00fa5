import {
  deliveredShare,
  SMM_ORDER_STATUSES,
  type SmmOrdersModel,
} from '@/entrypoints/options/smm/orders-model';
import type { SmmOrder, SmmOrderStatus } from '@/utils/api';
import { describeError } from '@/utils/error-text';
import { formatMoney } from '@/utils/format';
import { formatLocale, t } from '@/utils/i18n';

import { Pager } from '../Pager';
import { SearchBox } from '../SearchBox';
import { LoadState } from './LoadState';
import { smmStatusText, StatusBadge } from './StatusBadge';

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(formatLocale());
}

/** The SMM orders, a page at a time from the service, filtered by status and searched. */
export function OrderList({ orders }: { orders: SmmOrdersModel }) {
  const state = orders.list.state.value;
  return (
    <section class="smm-orders" aria-label={t('smmOrdersLabel')}>
      <h3>{t('smmOrders')}</h3>
      <form
        class="smm-orders__tools"
        role="search"
        aria-label={t('smmSearchOrders')}
        onSubmit={(event) => {
          event.preventDefault();
          void orders.searchNow();
        }}
      >
        <SearchBox
          label={t('smmSearchOrders')}
          value={orders.search.value}
          onInput={(text) => orders.setSearch(text)}
        />
        <label class="field--inline">
          {t('smmStatus')}
          <select
            value={orders.status.value}
            onChange={(event) =>
              void orders.setStatus(event.currentTarget.value as SmmOrderStatus | 'all')
            }
          >
            <option value="all">{t('smmStatusAll')}</option>
            {SMM_ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {smmStatusText(status)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <LoadState
        state={state}
        what={t('smmWhatOrders')}
        onRetry={() => void orders.list.retry()}
        isEmpty={(answer) => answer.items.length === 0}
        emptyText={t('smmNoOrders')}
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
              label={t('smmOrdersLabel')}
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
        <dt>{t('smmStatus')}</dt>
        <dd>
          <StatusBadge status={order.order_status} />
        </dd>
        <dt>{t('smmTarget')}</dt>
        <dd class="smm-order__link">{order.link}</dd>
        <dt>{t('smmPlacedAt')}</dt>
        <dd>{formatTime(order.created_at)}</dd>
        <dt>{t('smmStartCount')}</dt>
        <dd data-testid="smm-start-count">{order.start_count ?? t('smmNotYetKnown')}</dd>
        <dt>{t('smmRemains')}</dt>
        <dd data-testid="smm-remains">{order.remains ?? t('smmNotYetKnown')}</dd>
      </dl>
      {percent !== null && (
        <div
          class="smm-progress"
          role="progressbar"
          aria-label={t('smmDelivered')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={t('smmDeliveredOf', delivered ?? 0, order.quantity)}
        >
          <div class="smm-progress__bar" style={{ width: `${percent}%` }} />
          <span class="smm-progress__text">
            {t('smmDeliveredPercent', delivered ?? 0, order.quantity, percent)}
          </span>
        </div>
      )}
      {detail.kind === 'failed' && (
        <p class="notice notice--error" role="alert">
          {t('smmNotRefreshed', describeError(detail.error))}
        </p>
      )}
      <button
        type="button"
        disabled={detail.kind === 'loading'}
        aria-busy={detail.kind === 'loading'}
        onClick={() => void orders.refresh(order)}
      >
        {detail.kind === 'loading' ? t('smmRefreshing') : t('smmRefresh')}
      </button>
    </div>
  );
}

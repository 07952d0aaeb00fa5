import type { LicenseOrder } from '@/utils/api';
import { formatMoney } from '@/utils/format';
import { formatLocale, t } from '@/utils/i18n';
import {
  ORDER_STATUS_FILTERS,
  type LicenseOrdersModel,
  type OrderStatusFilter,
} from '@/entrypoints/options/license/orders-model';
import type { RevealModel } from '@/entrypoints/options/license/reveal-model';
import type { CopyModel } from '@/entrypoints/popup/copy-model';

import { Pager } from '../Pager';
import { SearchBox } from '../SearchBox';
import { DeliveryData } from './DeliveryData';
import { OrderStatusBadge } from './OrderStatusBadge';
import { RemoteListStatus } from './RemoteListStatus';

interface Props {
  model: LicenseOrdersModel;
  reveal: RevealModel;
  copy: CopyModel;
}

/** The date in the page's language (formatted when drawn, so a change of language shows). */
function formatDate(iso: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return new Intl.DateTimeFormat(formatLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(time);
}

/** The license orders: status filter, search, pages, and each order's delivery. */
export function LicenseOrders({ model, reveal, copy }: Props) {
  const { list } = model;
  return (
    <section class="license-orders" aria-labelledby="license-orders-title">
      <h3 id="license-orders-title">{t('licenseOrdersTitle')}</h3>
      <div class="license-filters" role="group" aria-label={t('licenseOrderFilters')}>
        <label class="field--inline">
          {t('licenseStatus')}
          <select
            value={model.status.value}
            onChange={(event) =>
              void model.setStatus(event.currentTarget.value as OrderStatusFilter)
            }
          >
            {ORDER_STATUS_FILTERS.map((filter) => (
              <option key={filter.value} value={filter.value}>
                {t(filter.label)}
              </option>
            ))}
          </select>
        </label>
        <SearchBox
          label={t('licenseSearchOrders')}
          value={model.search.value}
          onInput={model.setSearch}
        />
        <button type="button" onClick={() => void list.retry()}>
          {t('licenseRefresh')}
        </button>
      </div>
      <RemoteListStatus
        list={list}
        what={t('licenseWhatOrders')}
        emptyText={t('licenseNoOrders')}
      />
      <ul class="license-list" aria-label={t('licenseOrdersList')}>
        {model.orders.value.map((order) => (
          <OrderRow key={order.order_id} order={order} reveal={reveal} copy={copy} />
        ))}
      </ul>
      <Pager
        label={t('licenseOrdersList')}
        page={list.page.value}
        totalPages={list.totalPages.value}
        isEnabled={list.status.value.kind !== 'loading'}
        onPage={(page) => void list.goTo(page)}
      />
    </section>
  );
}

function OrderRow({
  order,
  reveal,
  copy,
}: {
  order: LicenseOrder;
  reveal: RevealModel;
  copy: CopyModel;
}) {
  return (
    <li
      class="license-row license-row--order"
      data-testid="license-order"
      data-order-id={order.order_id}
      data-status={order.order_status}
    >
      <div class="license-row__main">
        <strong>{order.product_name}</strong>
        <span class="license-row__meta">
          {t('licenseOrderNumber', order.order_id)} ·{' '}
          <time dateTime={order.created_at}>{formatDate(order.created_at)}</time>
        </span>
        {order.delivery_data && (
          <DeliveryData
            orderId={order.order_id}
            data={order.delivery_data}
            reveal={reveal}
            copy={copy}
            place="orders"
          />
        )}
      </div>
      <span class="license-row__price">{formatMoney(order.amount_tl)}</span>
      <OrderStatusBadge status={order.order_status} />
    </li>
  );
}

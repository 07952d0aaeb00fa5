import type { CopyModel } from '@/entrypoints/popup/copy-model';
import { shownStatus, statusLabel } from '@/entrypoints/popup/order-display';
import type { OrdersModel } from '@/entrypoints/popup/orders-model';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';
import { latestCode, type NumberOrder } from '@/utils/orders';
import { displayNumber } from '@/utils/phone-display';

import { OrderCard } from './OrderCard';

interface ActiveProps {
  orders: OrdersModel;
  now: number;
  copy: CopyModel;
}

/** The orders still worth watching, newest first; nothing at all when there are none. */
export function ActiveOrders({ orders, now, copy }: ActiveProps) {
  const active = orders.active.value;
  if (active.length === 0) return null;

  return (
    <section class="orders" aria-labelledby="active-orders-title">
      <h2 class="section-title" id="active-orders-title">
        {t('popupActiveOrders')}
      </h2>
      {active.map((order) => (
        <OrderCard key={order.key} order={order} now={now} orders={orders} copy={copy} />
      ))}
    </section>
  );
}

function HistoryOutcome({ order }: { order: NumberOrder }) {
  if (order.refundedTl !== null) {
    return (
      <span data-testid="order-refund">{t('popupRefunded', formatMoney(order.refundedTl))}</span>
    );
  }

  return <span>{latestCode(order) ?? '—'}</span>;
}

interface HistoryProps {
  orders: OrdersModel;
  now: number;
  onOpenHistory: () => void;
}

/** The last few orders that are over, and the way to all of them on the options page. */
export function RecentHistory({ orders, now, onOpenHistory }: HistoryProps) {
  const recent = orders.recent.value;
  return (
    <section class="history" aria-labelledby="history-title">
      <div class="history__head">
        <h2 class="section-title" id="history-title">
          {t('popupRecentHistory')}
        </h2>
        <button type="button" class="link" onClick={onOpenHistory}>
          {t('popupFullHistory')}
        </button>
      </div>
      {recent.length === 0 && <p class="list-note">{t('popupNoFinishedOrders')}</p>}
      <ul class="history__rows">
        {recent.map((order) => (
          <li
            key={order.key}
            class="history__row"
            data-testid="history-row"
            data-order-key={order.key}
          >
            <span>
              <strong>{statusLabel(shownStatus(order, now))}</strong>{' '}
              {order.serviceName ?? t('popupAnyService')}
            </span>
            <span class="history__outcome">
              <HistoryOutcome order={order} />
            </span>
            <span class="history__number">{displayNumber(order)}</span>
            <span class="history__price">{formatMoney(order.priceTl)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { CopyModel } from '@/entrypoints/popup/copy-model';
import {
  cancelButton,
  expiryCountdown,
  shownStatus,
  statusLabel,
} from '@/entrypoints/popup/order-display';
import type { OrdersModel } from '@/entrypoints/popup/orders-model';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';
import { latestCode, type NumberOrder } from '@/utils/orders';
import { displayNumber } from '@/utils/phone-display';

import { CopyButton } from './CopyButton';
import { OrderMessages } from './OrderMessages';

interface Props {
  order: NumberOrder;
  now: number;
  orders: OrdersModel;
  copy: CopyModel;
}

/** One order being watched: its number, the time left, its codes, and what can be done with it. */
export function OrderCard({ order, now, orders, copy }: Props) {
  const status = shownStatus(order, now);
  const notice = orders.notices.value[order.key];
  const place = [order.countryName ?? order.countryCode, order.operator, order.durationText];
  return (
    <article class="order" data-testid="order-card" data-order-key={order.key}>
      <div class="order__head">
        <span class="order__number" data-testid="order-number">
          {displayNumber(order)}
        </span>
        <CopyButton
          copy={copy}
          id={`number:${order.key}`}
          text={order.number}
          label={t('popupCopyNumber')}
        />
      </div>
      <p class="order__meta">
        {order.serviceName ?? t('popupAnyService')} · {place.filter(Boolean).join(' · ')}
      </p>
      <p class="order__meta">
        <span data-testid="order-status" data-status={status}>
          {statusLabel(status)}
        </span>
        {(status === 'pending' || status === 'received') && (
          <>
            {' · '}
            <span data-testid="order-countdown" role="timer">
              {expiryCountdown(order, now)}
            </span>{' '}
            {t('popupTimeLeft')}
          </>
        )}
      </p>
      <OrderMessages order={order} copy={copy} />
      {order.refundedTl !== null && (
        <p class="order__refund" data-testid="order-refund">
          {t('popupRefunded', formatMoney(order.refundedTl))}
        </p>
      )}
      <OrderActions order={order} now={now} orders={orders} />
      {notice?.kind === 'error' && (
        <p class="order__error" role="alert" data-testid="order-error">
          {notice.text}
        </p>
      )}
      {notice?.kind === 'hint' && (
        <p class="order__hint" role="status" data-testid="fill-hint">
          {t('popupFillHint')}
        </p>
      )}
    </article>
  );
}

function OrderActions({ order, now, orders }: Omit<Props, 'copy'>) {
  const cancel = cancelButton(order, now);
  const isCancelling = orders.cancelling.value.has(order.key);
  const isOver = order.status === 'canceled' || order.status === 'expired';
  if (isOver && cancel === null) return null;

  return (
    <div
      class="order__actions"
      role="group"
      aria-label={t('popupOrderActions', displayNumber(order))}
    >
      <button
        type="button"
        data-testid="fill-number"
        onClick={() => void orders.fill(order.key, 'number')}
      >
        {t('popupFillNumber')}
      </button>
      <button
        type="button"
        data-testid="fill-code"
        disabled={latestCode(order) === null}
        onClick={() => void orders.fill(order.key, 'code')}
      >
        {t('popupFillCode')}
      </button>
      {cancel && (
        <button
          type="button"
          class="danger"
          data-testid="cancel-order"
          disabled={cancel.disabled || isCancelling}
          aria-busy={isCancelling}
          onClick={() => void orders.cancel(order.key)}
        >
          {isCancelling ? t('popupCancelling') : cancel.label}
        </button>
      )}
    </div>
  );
}

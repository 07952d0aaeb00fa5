import type { CopyModel } from '@/entrypoints/popup/copy-model';
import { formatLocale, t } from '@/utils/i18n';
import type { NumberOrder, OrderMessage } from '@/utils/orders';

import { CopyButton } from './CopyButton';

interface Props {
  order: NumberOrder;
  copy: CopyModel;
}

const timeOf = (date: string) =>
  new Date(date).toLocaleTimeString(formatLocale(), { hour: '2-digit', minute: '2-digit' });

function Code({ order, copy, code, index }: Props & { code: string; index: number }) {
  return (
    <div class="code">
      <span class="code__value" data-testid="order-code">
        {code}
      </span>
      <CopyButton
        copy={copy}
        id={`code:${order.key}:${index}`}
        text={code}
        label={t('popupCopyCode')}
      />
    </div>
  );
}

/**
 * The SMS of an order. A virtual number gets one code, shown large; physical-SIM and rental
 * numbers get many messages, each with its code large and its sender, time and text below.
 */
export function OrderMessages({ order, copy }: Props) {
  if (order.messages.length === 0) return null;

  const isVirtual = order.product === 'virtual';
  return (
    <ol class="messages" aria-label={t('popupReceivedSms')}>
      {order.messages.map((message: OrderMessage, index) => (
        <li key={`${message.date}:${index}`} class="message">
          {message.code !== null && (
            <Code order={order} copy={copy} code={message.code} index={index} />
          )}
          {!isVirtual && (
            <p class="message__meta">
              {message.from ?? t('popupUnknownSender')} ·{' '}
              <time dateTime={message.date}>{timeOf(message.date)}</time>
            </p>
          )}
          {(!isVirtual || message.code === null) && (
            <p class="message__text" data-testid="order-message">
              {message.text}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

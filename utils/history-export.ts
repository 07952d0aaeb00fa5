/** The order history as files a person can keep: CSV for spreadsheets, JSON for everything. */
import { sortNewestFirst, type NumberOrder } from './orders';

const COLUMNS = [
  'product',
  'activation_id',
  'number',
  'service',
  'country',
  'price_tl',
  'status',
  'created_at',
  'expires_at',
  'codes',
  'refunded_tl',
] as const;

/** Quotes a cell when it holds a separator, a quote or a line break, as RFC 4180 asks. */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(order: NumberOrder): string[] {
  const codes = order.messages.map((message) => message.code).filter((code) => code !== null);
  return [
    order.product,
    order.activationId,
    order.number,
    order.serviceName,
    order.countryCode,
    order.priceTl,
    order.status,
    new Date(order.createdAt).toISOString(),
    new Date(order.expiresAt).toISOString(),
    codes.join(' '),
    order.refundedTl,
  ].map(cell);
}

/** One line per order, newest first, with a header line. */
export function historyToCsv(orders: NumberOrder[]): string {
  const lines = [
    COLUMNS.join(','),
    ...sortNewestFirst(orders).map((order) => row(order).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function historyToJson(orders: NumberOrder[]): string {
  return `${JSON.stringify(sortNewestFirst(orders), null, 2)}\n`;
}

/** The order history as files a person can keep: CSV for spreadsheets, JSON for everything. */
import { roundTl, type HistoryRow } from './history';

const COLUMNS = [
  'product',
  'order_id',
  'item',
  'country',
  'number',
  'link',
  'quantity',
  'codes',
  'delivery',
  'status',
  'status_group',
  'price_tl',
  'refunded_tl',
  'spent_tl',
  'created_at',
] as const;

/** Quotes a cell when it holds a separator, a quote or a line break, as RFC 4180 asks. */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(row: HistoryRow): string {
  return [
    row.product,
    row.id,
    row.item,
    row.country,
    row.number,
    row.link,
    row.quantity,
    row.codes.join(' '),
    row.delivery,
    row.status,
    row.group,
    row.priceTl,
    roundTl(row.priceTl - row.spentTl),
    row.spentTl,
    new Date(row.createdAt).toISOString(),
  ]
    .map(cell)
    .join(',');
}

/** One line per row, in the order given (the page's: newest first), under a header line. */
export function historyToCsv(rows: HistoryRow[]): string {
  return `${[COLUMNS.join(','), ...rows.map(line)].join('\r\n')}\r\n`;
}

/** Every row with the order exactly as stored under `order`. */
export function historyToJson(rows: HistoryRow[]): string {
  const items = rows.map(({ source, createdAt, ...row }) => ({
    ...row,
    createdAt: new Date(createdAt).toISOString(),
    order: source,
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** `pale100-history-2026-05-19.csv`, with the local day. */
export function historyFileName(day: string, format: 'csv' | 'json'): string {
  return `pale100-history-${day}.${format}`;
}

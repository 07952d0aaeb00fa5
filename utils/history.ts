/**
 * The full order history: number orders, SMM orders and license orders in one row shape, with
 * the filters and the total the History section shows. Pure functions only.
 *
 * What an order actually cost, product by product:
 * - Number orders (virtual, physical SIM, rental): the price less `refundedTl`. A `canceled`
 *   order is a cancel with refund (the docs' "iptal/iade"); when the refund amount is not known
 *   (an order read back from the service's history) the whole price is taken as refunded. An
 *   `expired` order got no code and no refund: the service keeps the price.
 * - SMM orders: `partial` refunds what was not delivered. The API gives no refund amount; the
 *   sandbox refunds `remains` × the unit price (extras included), which is the total price ×
 *   remains / quantity, rounded to kuruş. Without `remains` the whole price is counted as spent.
 *   `canceled` and `refunded` give the whole price back. The docs say nothing of `error`; it is
 *   taken as an order the service could not start and therefore refunded in full.
 * - License orders: a `failed` delivery gives the money back (as the sandbox does); `pending`
 *   and `success` cost the amount paid.
 */
import type { LicenseOrder, SmmOrder } from './api';
import { t, type MessageKey } from './i18n';
import type { NumberOrder, NumberProduct } from './orders';

export type HistoryProduct = NumberProduct | 'smm' | 'license';

/** One status scale for every product. */
export type StatusGroup = 'active' | 'done' | 'refunded' | 'failed';

export interface HistoryRow {
  /** `product:id`, unique across the history. */
  key: string;
  product: HistoryProduct;
  /** The service's order id (the activation id of a number order). */
  id: number;
  /** What was bought: the service or product name. */
  item: string;
  /** The number's country, when there is one. */
  country: string | null;
  /** Digits with the country prefix, for number orders. */
  number: string | null;
  /** The link or username an SMM order was placed for. */
  link: string | null;
  quantity: number | null;
  /** Codes that arrived for a number order, oldest first. */
  codes: string[];
  /** A license's delivered data (an account, a key), once delivered. */
  delivery: string | null;
  /** The rest worth knowing at a glance: the code, the delivery progress, the delivery state. */
  detail: string;
  /** The status as the service reports it (`received`, `partial`, `success` …). */
  status: string;
  /** The status in words, in the language of the moment the row was made. */
  statusText: string;
  group: StatusGroup;
  /** When it was bought, in ms since the epoch. */
  createdAt: number;
  priceTl: number;
  /** What the order cost in the end: the price less any refund. */
  spentTl: number;
  /** The order as stored, for the JSON export. */
  source: NumberOrder | SmmOrder | LicenseOrder;
}

const PRODUCT_NAMES: Record<HistoryProduct, MessageKey> = {
  virtual: 'optionsProductVirtual',
  physical: 'optionsProductPhysical',
  rental: 'optionsProductRental',
  smm: 'optionsProductSmm',
  license: 'optionsProductLicense',
};

const GROUP_NAMES: Record<StatusGroup, MessageKey> = {
  active: 'optionsGroupActive',
  done: 'optionsGroupDone',
  refunded: 'optionsGroupRefunded',
  failed: 'optionsGroupFailed',
};

/** Every product, in the order the filter offers them. */
export const HISTORY_PRODUCTS = Object.keys(PRODUCT_NAMES) as HistoryProduct[];
/** Every status group, in the order the filter offers them. */
export const STATUS_GROUPS = Object.keys(GROUP_NAMES) as StatusGroup[];

/** The product's name in the current language. */
export function productName(product: HistoryProduct): string {
  return t(PRODUCT_NAMES[product]);
}

/** The status group's name in the current language. */
export function groupName(group: StatusGroup): string {
  return t(GROUP_NAMES[group]);
}

/** Rounds to kuruş, so sums of prices do not show floating-point tails. */
export function roundTl(amount: number): number {
  return Math.round(amount * 100) / 100;
}

interface StatusWords {
  text: MessageKey;
  group: StatusGroup;
}

const NUMBER_STATUS: Record<NumberOrder['status'], StatusWords> = {
  pending: { text: 'optionsNumberPending', group: 'active' },
  received: { text: 'optionsNumberReceived', group: 'done' },
  canceled: { text: 'optionsNumberCanceled', group: 'refunded' },
  expired: { text: 'optionsNumberExpired', group: 'failed' },
};

const SMM_STATUS: Record<SmmOrder['order_status'], StatusWords> = {
  pending: { text: 'optionsSmmPending', group: 'active' },
  processing: { text: 'optionsSmmProcessing', group: 'active' },
  // Something was delivered and kept: done, with the rest refunded.
  partial: { text: 'optionsSmmPartial', group: 'done' },
  completed: { text: 'optionsSmmCompleted', group: 'done' },
  canceled: { text: 'optionsSmmCanceled', group: 'refunded' },
  refunded: { text: 'optionsSmmRefunded', group: 'refunded' },
  error: { text: 'optionsSmmError', group: 'failed' },
};

const LICENSE_STATUS: Record<LicenseOrder['order_status'], StatusWords> = {
  pending: { text: 'optionsLicensePending', group: 'active' },
  success: { text: 'optionsLicenseSuccess', group: 'done' },
  failed: { text: 'optionsLicenseFailed', group: 'failed' },
};

function numberSpent(order: NumberOrder): number {
  if (order.status === 'canceled' && order.refundedTl === null) return 0;
  return Math.max(0, roundTl(order.priceTl - (order.refundedTl ?? 0)));
}

export function numberRow(order: NumberOrder): HistoryRow {
  const codes = order.messages
    .map((message) => message.code)
    .filter((code): code is string => code !== null && code !== '');
  const { text, group } = NUMBER_STATUS[order.status];
  const number = order.number === '' ? null : order.number;
  const parts = [number === null ? null : `+${number}`, codes.length > 0 ? codes.join(', ') : null];
  return {
    key: `${order.product}:${order.activationId}`,
    product: order.product,
    id: order.activationId,
    item:
      order.serviceName ??
      (order.durationText
        ? t('optionsHistoryRental', order.durationText)
        : t('optionsHistoryNumber')),
    country: order.countryName ?? order.countryCode,
    number,
    link: null,
    quantity: null,
    codes,
    delivery: null,
    detail: parts.filter((part) => part !== null).join(' · '),
    status: order.status,
    statusText: t(text),
    group,
    createdAt: order.createdAt,
    priceTl: order.priceTl,
    spentTl: numberSpent(order),
    source: order,
  };
}

/** The refund of a `partial` SMM order: the undelivered share of the price. */
export function smmRefund(order: SmmOrder): number {
  switch (order.order_status) {
    case 'canceled':
    case 'refunded':
    case 'error':
      return order.total_price_tl;
    case 'partial':
      if (order.remains === null || order.quantity <= 0) return 0;
      return roundTl(
        (order.total_price_tl * Math.min(order.remains, order.quantity)) / order.quantity,
      );
    default:
      return 0;
  }
}

export function smmRow(order: SmmOrder): HistoryRow {
  const { text, group } = SMM_STATUS[order.order_status];
  const progress =
    order.remains !== null && order.remains > 0 && group === 'active'
      ? t('optionsSmmProgress', order.quantity - order.remains, order.quantity)
      : t('optionsSmmOrdered', order.quantity);
  return {
    key: `smm:${order.order_id}`,
    product: 'smm',
    id: order.order_id,
    item: order.service_name,
    country: null,
    number: null,
    link: order.link,
    quantity: order.quantity,
    codes: [],
    delivery: null,
    detail: `${order.link} · ${progress}`,
    status: order.order_status,
    statusText: t(text),
    group,
    createdAt: Date.parse(order.created_at),
    priceTl: order.total_price_tl,
    spentTl: Math.max(0, roundTl(order.total_price_tl - smmRefund(order))),
    source: order,
  };
}

export function licenseRow(order: LicenseOrder): HistoryRow {
  const { text, group } = LICENSE_STATUS[order.order_status];
  const delivery =
    order.delivery_data === null || order.delivery_data === '' ? null : order.delivery_data;
  return {
    key: `license:${order.order_id}`,
    product: 'license',
    id: order.order_id,
    item: order.product_name,
    country: null,
    number: null,
    link: null,
    quantity: null,
    codes: [],
    delivery,
    // Delivered data is often a login; the table only says it is there (Licenses reveals it).
    detail: delivery === null ? t(text) : t('optionsLicenseDeliveredElsewhere'),
    status: order.order_status,
    statusText: t(text),
    group,
    createdAt: Date.parse(order.created_at),
    priceTl: order.amount_tl,
    spentTl: order.order_status === 'failed' ? 0 : order.amount_tl,
    source: order,
  };
}

export interface HistoryStores {
  numbers: Record<string, NumberOrder>;
  smm: Record<string, SmmOrder>;
  licenses: Record<string, LicenseOrder>;
}

/** Every stored order as a row, newest first (ties: the higher id first). */
export function toHistoryRows({ numbers, smm, licenses }: HistoryStores): HistoryRow[] {
  const rows = [
    ...Object.values(numbers).map(numberRow),
    ...Object.values(smm).map(smmRow),
    ...Object.values(licenses).map(licenseRow),
  ];
  return rows.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

export interface HistoryFilter {
  product: HistoryProduct | 'all';
  group: StatusGroup | 'all';
  /** Local days as `YYYY-MM-DD`, both inclusive; empty is open. */
  from: string;
  to: string;
  search: string;
}

export const NO_FILTER: HistoryFilter = {
  product: 'all',
  group: 'all',
  from: '',
  to: '',
  search: '',
};

/** Midnight of a `YYYY-MM-DD` local day, in ms; `null` for anything else. */
export function localDayStart(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return null;

  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, date);
  // Rejects days that do not exist (2026-02-30 would roll over into March).
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== date) {
    return null;
  }
  return start.getTime();
}

/** The local day of `ms` as `YYYY-MM-DD`. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What is wrong with the date range, in words; `null` when it can be used. */
export function checkDateRange(from: string, to: string): string | null {
  if (from.trim() !== '' && localDayStart(from) === null) return t('optionsStartDateInvalid');
  if (to.trim() !== '' && localDayStart(to) === null) return t('optionsEndDateInvalid');

  const start = localDayStart(from);
  const end = localDayStart(to);
  if (start !== null && end !== null && start > end) {
    return t('optionsDateRangeReversed');
  }
  return null;
}

/** Lower case without accents, dotted and dotless i alike, so "ıstanbul" finds "Istanbul". */
function fold(text: string): string {
  return text
    .replace(/[İIı]/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function matchesSearch(row: HistoryRow, search: string): boolean {
  const query = fold(search.trim());
  if (query === '') return true;

  const texts = [row.item, row.country ?? '', row.link ?? '', row.number ?? '', String(row.id)];
  if (texts.some((text) => fold(text).includes(query))) return true;

  // "+44 7543 69" finds 447543691031.
  const digits = query.replace(/[\s+()-]/g, '');
  return /^\d+$/.test(digits) && (row.number ?? '').includes(digits);
}

/** The rows the filter lets through, in their order. An unusable date range lets none through. */
export function filterRows(rows: HistoryRow[], filter: HistoryFilter): HistoryRow[] {
  if (checkDateRange(filter.from, filter.to) !== null) return [];

  const start = localDayStart(filter.from);
  const endDay = localDayStart(filter.to);
  // The end day is inclusive: everything before the next local midnight.
  const end = endDay === null ? null : nextLocalDay(endDay);
  return rows.filter(
    (row) =>
      (filter.product === 'all' || row.product === filter.product) &&
      (filter.group === 'all' || row.group === filter.group) &&
      (start === null || row.createdAt >= start) &&
      (end === null || row.createdAt < end) &&
      matchesSearch(row, filter.search),
  );
}

function nextLocalDay(dayStart: number): number {
  const date = new Date(dayStart);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

/** What the rows cost in the end, refunds taken off. */
export function totalSpent(rows: HistoryRow[]): number {
  return roundTl(rows.reduce((sum, row) => sum + row.spentTl, 0));
}

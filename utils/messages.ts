/**
 * The messages between the extension's contexts, as discriminated unions. Pages and the content
 * script ask the service worker; the service worker asks the content script. Answers are always
 * `{ ok: true, value }` or the plain error data of `utils/errors`, never a thrown error.
 */
import { browser } from 'wxt/browser';

import type {
  Balance,
  LicenseApi,
  LicenseOrder,
  PhysicalApi,
  RentalApi,
  SmmApi,
  SmmOrder,
  SmmPlaceOrderParams,
  VirtualBuyParams,
} from './api';
import type { CatalogKind, CatalogQuery, CatalogValue } from './catalog';
import { toErrorData, type ErrorData } from './errors';
import type { NumberOrder } from './orders';
import type { PhoneParts } from './phone';

export type Result<T> = { ok: true; value: T } | ErrorData;

/** What is shown with an order: the names the person chose it by. */
interface PurchaseLabels {
  serviceName: string | null;
  countryName: string | null;
  /** Helps find the order again should the purchase's answer be lost. */
  countryCode?: string;
}

/** A purchase as the popup asks for it, with the parameters of the product's `buyNumber`. */
export type PurchaseRequest =
  | ({ product: 'virtual'; params: VirtualBuyParams } & PurchaseLabels)
  | ({ product: 'physical'; params: Parameters<PhysicalApi['buyNumber']>[0] } & PurchaseLabels)
  | ({ product: 'rental'; params: Parameters<RentalApi['buyNumber']>[0] } & PurchaseLabels);

export type PurchaseOutcome =
  /**
   * `duplicates` are further new orders of the same kind found right after this one: the request
   * reached the service more than once. They can be cancelled for a refund like any other.
   */
  | { kind: 'bought'; order: NumberOrder; duplicates?: NumberOrder[] }
  /** The price moved; buying again with `accept_price: alt_price_usd` pays `alt_price_tl`. */
  | { kind: 'wrong_price'; message: string; alt_price_tl: number; alt_price_usd: number }
  /** Out of stock; the service charged nothing. */
  | { kind: 'no_numbers'; message: string }
  /** The answer was lost and no new order turned up in the history: the person must check. */
  | { kind: 'unknown'; message: string };

/** What the popup and the options page ask of the service worker. */
export type BackgroundRequest =
  | { type: 'getBalance' }
  /** Checks a key and address before they are saved, without saving them. */
  | { type: 'testApiKey'; apiKey: string; baseUrl: string }
  /** Fetches a catalog list afresh and stores it in the cache. */
  | { type: 'loadCatalog'; query: CatalogQuery }
  /**
   * Buys a number. `purchaseId` is made once per click: the same id sent twice buys once and
   * answers with the first outcome.
   */
  | { type: 'buyNumber'; purchaseId: string; request: PurchaseRequest }
  | { type: 'cancelOrder'; key: string }
  /** The popup has shown every arrived code. */
  | { type: 'markCodesSeen' }
  /** Puts an order's number or latest code into the focused field of the active tab. */
  | { type: 'fillActiveTab'; key: string; what: 'number' | 'code' }
  /** Forgets finished orders; pending ones stay, since they are still being paid for. */
  | { type: 'clearHistory' }
  | ShopRequest;

type ParamsOf<F> = F extends (params: infer P) => unknown ? P : never;
type AnswerOf<F> = F extends (...args: never[]) => Promise<infer A> ? A : never;

/**
 * The SMM and license sections, for the options page. Reads are plain GETs; `placeSmmOrder` and
 * `buyLicense` spend money: sent once per `purchaseId`, never retried, and the order is stored
 * by the worker before the answer comes back. Order reads store what they return, so the full
 * history has every order seen.
 */
export type ShopRequest =
  | { type: 'smmCategories' }
  | { type: 'smmServices'; params: ParamsOf<SmmApi['getServices']> }
  | { type: 'smmServiceDetail'; params: ParamsOf<SmmApi['getServiceDetail']> }
  | { type: 'placeSmmOrder'; purchaseId: string; params: SmmPlaceOrderParams }
  | { type: 'smmOrder'; orderId: number }
  | { type: 'smmOrders'; params: ParamsOf<SmmApi['getOrders']> }
  | { type: 'licenseCategories' }
  | { type: 'licenseSubcategories'; params: ParamsOf<LicenseApi['getSubcategories']> }
  | { type: 'licenseProducts'; params: ParamsOf<LicenseApi['getProducts']> }
  | { type: 'licenseProductDetail'; params: ParamsOf<LicenseApi['getProductDetail']> }
  | { type: 'buyLicense'; purchaseId: string; params: ParamsOf<LicenseApi['purchase']> }
  | { type: 'licenseOrder'; orderId: number }
  | { type: 'licenseOrders'; params: ParamsOf<LicenseApi['getOrders']> };

/**
 * How a spending request ended when it did not fail outright. `unknown`: the answer was lost
 * and no new order turned up in the service's list, so the person must look before trying again.
 */
export type ShopOutcome<T> =
  { kind: 'placed'; order: T; message: string | null } | { kind: 'unknown'; message: string };

export interface BackgroundAnswers {
  getBalance: Balance;
  testApiKey: Balance;
  loadCatalog: CatalogValue;
  buyNumber: PurchaseOutcome;
  cancelOrder: NumberOrder;
  markCodesSeen: null;
  fillActiveTab: { filled: boolean };
  clearHistory: { removed: number };
  smmCategories: AnswerOf<SmmApi['getCategories']>;
  smmServices: AnswerOf<SmmApi['getServices']>;
  smmServiceDetail: AnswerOf<SmmApi['getServiceDetail']>;
  placeSmmOrder: ShopOutcome<SmmOrder>;
  smmOrder: SmmOrder;
  smmOrders: AnswerOf<SmmApi['getOrders']>;
  licenseCategories: AnswerOf<LicenseApi['getCategories']>;
  licenseSubcategories: AnswerOf<LicenseApi['getSubcategories']>;
  licenseProducts: AnswerOf<LicenseApi['getProducts']>;
  licenseProductDetail: AnswerOf<LicenseApi['getProductDetail']>;
  buyLicense: ShopOutcome<LicenseOrder>;
  licenseOrder: LicenseOrder;
  licenseOrders: AnswerOf<LicenseApi['getOrders']>;
}

/**
 * What the service worker asks of the content script of one tab. `target: 'focused'` fills the
 * field the person is on (the right-click menu); `'detect'` looks for the signup form's fields.
 */
export type ContentRequest =
  | { type: 'ping' }
  | { type: 'fillPhone'; phone: PhoneParts; target: FillTarget }
  /** With `origin`, only frames of that origin may fill: an arriving code stays on its site. */
  | { type: 'fillCode'; code: string; target: FillTarget; origin?: string };

export type FillTarget = 'detect' | 'focused';

/** `origin` is the origin of the frame that filled, so an arriving code goes back only there. */
export interface FillAnswer {
  filled: boolean;
  origin: string;
}

export interface ContentAnswers {
  ping: { present: true; url: string };
  fillPhone: FillAnswer;
  fillCode: FillAnswer;
}

export type ContentResponse = Result<ContentAnswers[ContentRequest['type']]>;

type BackgroundType = BackgroundRequest['type'];
type RequestOf<T extends BackgroundType> = Extract<BackgroundRequest, { type: T }>;

export type BackgroundHandlers = {
  [T in BackgroundType]: (request: RequestOf<T>) => Promise<BackgroundAnswers[T]>;
};

const BACKGROUND_TYPES: ReadonlySet<string> = new Set<BackgroundType>([
  'getBalance',
  'testApiKey',
  'loadCatalog',
  'buyNumber',
  'cancelOrder',
  'markCodesSeen',
  'fillActiveTab',
  'clearHistory',
  'smmCategories',
  'smmServices',
  'smmServiceDetail',
  'placeSmmOrder',
  'smmOrder',
  'smmOrders',
  'licenseCategories',
  'licenseSubcategories',
  'licenseProducts',
  'licenseProductDetail',
  'buyLicense',
  'licenseOrder',
  'licenseOrders',
]);
const CONTENT_TYPES: ReadonlySet<string> = new Set<ContentRequest['type']>([
  'ping',
  'fillPhone',
  'fillCode',
]);

function hasType(message: unknown, types: ReadonlySet<string>): boolean {
  if (typeof message !== 'object' || message === null) return false;

  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && types.has(type);
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return hasType(message, BACKGROUND_TYPES);
}

export function isContentRequest(message: unknown): message is ContentRequest {
  return hasType(message, CONTENT_TYPES);
}

/** Sends a request to the service worker and waits for its answer. */
export async function askBackground<T extends BackgroundType>(
  request: RequestOf<T>,
): Promise<Result<BackgroundAnswers[T]>> {
  try {
    return (await browser.runtime.sendMessage(request)) as Result<BackgroundAnswers[T]>;
  } catch (error) {
    return toErrorData(error);
  }
}

/**
 * Answers the service worker's requests with `handlers`. Only the extension's own pages are
 * heard: a message from anywhere else is ignored.
 */
export function serveBackgroundRequests(handlers: BackgroundHandlers): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || !isBackgroundRequest(message)) return undefined;

    return runHandler(handlers, message);
  };

  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

async function runHandler(
  handlers: BackgroundHandlers,
  request: BackgroundRequest,
): Promise<Result<unknown>> {
  try {
    const handler = handlers[request.type] as (request: BackgroundRequest) => Promise<unknown>;
    return { ok: true, value: await handler(request) };
  } catch (error) {
    return toErrorData(error);
  }
}

/** Asks the service worker for a fresh catalog list, typed by the list asked for. */
export async function askCatalog<K extends CatalogKind>(
  query: CatalogQuery<K>,
): Promise<Result<CatalogValue<K>>> {
  const answer = await askBackground({ type: 'loadCatalog', query: query as CatalogQuery });
  return answer as Result<CatalogValue<K>>;
}

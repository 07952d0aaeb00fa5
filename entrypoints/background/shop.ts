/**
 * The SMM and license sections, as the options page asks for them. Spending is sent once per
 * `purchaseId` and never retried; its order is stored before the answer goes back. When the
 * answer is lost, the service's newest orders are searched for it instead of ordering again.
 */
import type { LicenseOrder, Pale100Api, SmmOrder, SmmPlaceOrderParams } from '@/utils/api';
import { isAppError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { createLogger } from '@/utils/logger';
import type { BackgroundHandlers, ShopOutcome, ShopRequest } from '@/utils/messages';

import { getApi } from './api';
import { refreshBalanceLater } from './balance';
import { storeLicenseOrders, watchLicenseOrders } from './license-watch';
import { now } from './server-time';
import {
  knownLicenseOrderIds,
  knownSmmOrderIds,
  saveLicenseOrders,
  saveSmmOrders,
} from './shop-store';

const log = createLogger('shop');

/** A lost order is looked for among those created this long before the request, or later. */
const CLOCK_SLACK_MS = 2 * 60 * 1000;

/** What the person is told when an order's answer was lost and the order was not found. */
export const lostShopOrderMessage = () => t('bgLostShopOrder');

type ShopHandlers = Pick<BackgroundHandlers, ShopRequest['type']>;

/** Outcomes by purchase id: a second message for one click spends nothing. */
const outcomes = new Map<string, Promise<ShopOutcome<SmmOrder> | ShopOutcome<LicenseOrder>>>();

function once<T>(purchaseId: string, run: () => Promise<ShopOutcome<T>>): Promise<ShopOutcome<T>> {
  const known = outcomes.get(purchaseId) as Promise<ShopOutcome<T>> | undefined;
  if (known) return known;

  const outcome = run();
  outcomes.set(purchaseId, outcome as Promise<ShopOutcome<SmmOrder>>);
  return outcome;
}

export const shopHandlers: ShopHandlers = {
  smmCategories: async () => (await getApi()).smm.getCategories(),
  smmServices: async ({ params }) => (await getApi()).smm.getServices(params),
  smmServiceDetail: async ({ params }) => (await getApi()).smm.getServiceDetail(params),
  placeSmmOrder: ({ purchaseId, params }) => once(purchaseId, () => placeSmmOrder(params)),
  smmOrder: async ({ orderId }) => {
    const { order } = await (await getApi()).smm.getOrder({ order_id: orderId });
    await saveSmmOrders([order]);
    return order;
  },
  smmOrders: async ({ params }) => {
    const page = await (await getApi()).smm.getOrders(params);
    await saveSmmOrders(page.items);
    return page;
  },
  licenseCategories: async () => (await getApi()).license.getCategories(),
  licenseSubcategories: async ({ params }) => (await getApi()).license.getSubcategories(params),
  licenseProducts: async ({ params }) => (await getApi()).license.getProducts(params),
  licenseProductDetail: async ({ params }) => (await getApi()).license.getProductDetail(params),
  buyLicense: ({ purchaseId, params }) => once(purchaseId, () => buyLicense(params)),
  licenseOrder: async ({ orderId }) => {
    const { order } = await (await getApi()).license.getOrder({ order_id: orderId });
    await storeLicenseOrders([order]);
    return order;
  },
  licenseOrders: async ({ params }) => {
    const page = await (await getApi()).license.getOrders(params);
    await storeLicenseOrders(page.items);
    return page;
  },
};

async function placeSmmOrder(params: SmmPlaceOrderParams): Promise<ShopOutcome<SmmOrder>> {
  const api = await getApi();
  const sentAt = now();
  try {
    const answer = await api.smm.placeOrder(params);
    await saveSmmOrders([answer.order]);
    refreshBalanceLater();
    return { kind: 'placed', order: answer.order, message: answer.message ?? null };
  } catch (error) {
    if (!isAppError(error) || !error.outcomeUnknown) throw error;

    log.warn('the answer to an SMM order was lost; looking for the order');
    refreshBalanceLater();
    const found = await findLostSmmOrder(api, params, sentAt).catch(() => undefined);
    if (!found) return { kind: 'unknown', message: lostShopOrderMessage() };

    await saveSmmOrders([found]);
    return { kind: 'placed', order: found, message: null };
  }
}

async function buyLicense(
  params: Parameters<Pale100Api['license']['purchase']>[0],
): Promise<ShopOutcome<LicenseOrder>> {
  const api = await getApi();
  const sentAt = now();
  try {
    const answer = await api.license.purchase(params);
    await saveLicenseOrders([answer.order]);
    refreshBalanceLater();
    if (answer.order.order_status === 'pending') watchLicenseOrders();
    return { kind: 'placed', order: answer.order, message: answer.message ?? null };
  } catch (error) {
    if (!isAppError(error) || !error.outcomeUnknown) throw error;

    log.warn('the answer to a license purchase was lost; looking for the order');
    refreshBalanceLater();
    const found = await findLostLicenseOrder(api, params.product_id, sentAt).catch(() => undefined);
    if (!found) return { kind: 'unknown', message: lostShopOrderMessage() };

    await saveLicenseOrders([found]);
    if (found.order_status === 'pending') watchLicenseOrders();
    return { kind: 'placed', order: found, message: null };
  }
}

function isRecent(createdAt: string, sentAt: number): boolean {
  const created = Date.parse(createdAt);
  return Number.isFinite(created) && created >= sentAt - CLOCK_SLACK_MS;
}

async function findLostSmmOrder(
  api: Pale100Api,
  params: SmmPlaceOrderParams,
  sentAt: number,
): Promise<SmmOrder | undefined> {
  const [page, known] = await Promise.all([
    api.smm.getOrders({ page: 1, limit: 25 }),
    knownSmmOrderIds(),
  ]);
  return page.items.find(
    (order) =>
      !known.has(order.order_id) &&
      order.service_id === params.service_id &&
      order.link === params.link &&
      isRecent(order.created_at, sentAt),
  );
}

async function findLostLicenseOrder(
  api: Pale100Api,
  productId: number,
  sentAt: number,
): Promise<LicenseOrder | undefined> {
  const [page, known] = await Promise.all([
    api.license.getOrders({ page: 1, limit: 25 }),
    knownLicenseOrderIds(),
  ]);
  return page.items.find(
    (order) =>
      !known.has(order.order_id) &&
      order.product_id === productId &&
      isRecent(order.created_at, sentAt),
  );
}

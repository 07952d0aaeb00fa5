/**
 * Every stored item of the extension, declared once with its version. A change of shape bumps
 * the version and adds a migration here. Everything lives in `storage.local`: nothing is synced,
 * and the API key is read only by the service worker and the extension's own pages.
 */
import { storage } from 'wxt/utils/storage';

import { DEFAULT_BASE_URL, type Balance, type LicenseOrder, type SmmOrder } from './api';
import type { NumberOrder, NumberProduct } from './orders';

export const MIN_POLL_INTERVAL_SEC = 5;

export type Language = 'auto' | 'tr' | 'en';

export interface Settings {
  /** The API's address; the official one unless the person chose another (the sandbox). */
  baseUrl: string;
  /** How often a pending order is asked for its code; never below the documented 5 s. */
  pollIntervalSec: number;
  /** Fill an arriving code into the tab where its number was filled. */
  autoFill: boolean;
  /** Cancel an order that got no code after this many minutes; `null` is off. */
  autoCancelMinutes: number | null;
  notifications: boolean;
  language: Language;
}

export const DEFAULT_SETTINGS: Settings = {
  baseUrl: DEFAULT_BASE_URL,
  pollIntervalSec: MIN_POLL_INTERVAL_SEC,
  autoFill: true,
  autoCancelMinutes: null,
  notifications: true,
  language: 'auto',
};

export const apiKeyItem = storage.defineItem<string>('local:apiKey', {
  fallback: '',
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The stored settings with defaults for anything missing, so an older value never breaks. */
export async function readSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  const settings = { ...DEFAULT_SETTINGS, ...stored };
  settings.pollIntervalSec = Math.max(MIN_POLL_INTERVAL_SEC, settings.pollIntervalSec);
  return settings;
}

/** Every number order this browser knows of, by `NumberOrder.key`; written by the worker only. */
export const ordersItem = storage.defineItem<Record<string, NumberOrder>>('local:orders', {
  fallback: {},
  version: 1,
});

/**
 * Purchases sent but not yet answered. Written before a purchase goes out and removed once its
 * outcome is stored, so a purchase cut short by a stopped worker is looked for, never repeated.
 */
export interface PurchaseJournalEntry {
  purchaseId: string;
  product: NumberProduct;
  /** The service's time when the request went out. */
  sentAt: number;
  serviceName: string | null;
  countryCode: string | null;
}

export const purchaseJournalItem = storage.defineItem<Record<string, PurchaseJournalEntry>>(
  'local:purchaseJournal',
  { fallback: {}, version: 1 },
);

export interface CachedList {
  savedAt: number;
  value: unknown;
}

/** Catalog answers by `catalogKey`, shown at once on the next open and refreshed behind it. */
export const catalogCacheItem = storage.defineItem<Record<string, CachedList>>(
  'local:catalogCache',
  {
    fallback: {},
    version: 1,
  },
);

export interface Preferences {
  /** The last service, country and tab chosen, per product. */
  last: Partial<
    Record<NumberProduct, { serviceId?: number; countryId?: number; countryCode?: string }>
  >;
  /** Favourite services by product, as `serviceId`s (rental: `countryId`s). */
  favourites: Partial<Record<NumberProduct, number[]>>;
  lastProduct: NumberProduct;
}

export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: { last: {}, favourites: {}, lastProduct: 'virtual' },
  version: 1,
});

/** The service's clock minus this computer's, in ms (see `utils/server-clock.ts`). */
export const serverClockItem = storage.defineItem<{ offsetMs: number }>('local:serverClock', {
  fallback: { offsetMs: 0 },
  version: 1,
});

/**
 * SMM orders this browser has placed or seen in the service's lists, by `order_id`; written by
 * the worker only, so the full history keeps them after the service's list moves on.
 */
export const smmOrdersItem = storage.defineItem<Record<string, SmmOrder>>('local:smmOrders', {
  fallback: {},
  version: 1,
});

/** License orders by `order_id`, as `smmOrdersItem`; pending ones are watched by the worker. */
export const licenseOrdersItem = storage.defineItem<Record<string, LicenseOrder>>(
  'local:licenseOrders',
  { fallback: {}, version: 1 },
);

/**
 * The last balance the service reported, with when (this computer's clock, ms). The worker
 * writes it after every balance check, purchase and refund; every page shows this one value.
 */
export const balanceItem = storage.defineItem<{ balance: Balance; savedAt: number } | null>(
  'local:balance',
  { fallback: null, version: 1 },
);

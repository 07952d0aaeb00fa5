/**
 * Every stored item of the extension, declared once with its version. A change of shape bumps
 * the version and adds a migration here. Everything lives in `storage.local`: nothing is synced,
 * and the API key is read only by the service worker and the extension's own pages.
 */
import { storage } from 'wxt/utils/storage';

import { DEFAULT_BASE_URL } from './api';

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

/**
 * Every text a person reads, in Turkish or English, from `public/_locales/<lang>/messages.json`
 * (the browser's own message format). The browser's `i18n.getMessage` follows only the browser's
 * language; the extension also honours its language setting, so the messages are read here
 * directly. `t` reads a signal: a Preact component that calls it is drawn again when the
 * language changes.
 */
import { signal } from '@preact/signals-core';
import { browser } from 'wxt/browser';

import en from '@/public/_locales/en/messages.json';
import tr from '@/public/_locales/tr/messages.json';

import type { Language } from './storage';

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Locale = 'tr' | 'en';

export type MessageKey = keyof typeof en;

export const CATALOGS: Record<Locale, Record<string, MessageEntry>> = { en, tr };

/** Turkish unless the choice, or the browser when following it, is English. */
export function resolveLocale(setting: Language, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;

  return browserLanguage.toLowerCase().startsWith('en') ? 'en' : 'tr';
}

export const locale = signal<Locale>('tr');

/** The message for `key` in the current language, with `$1`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return format(locale.value, key, substitutions);
}

export function format(
  target: Locale,
  key: string,
  substitutions: readonly (string | number)[] = [],
): string {
  const entry = CATALOGS[target][key] ?? CATALOGS.tr[key];
  if (!entry) return key;

  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  // `$$` is a dollar sign of the message itself; substituted values are left as they are.
  return named.replace(/\$\$|\$(\d)/g, (whole, index: string | undefined) => {
    if (index === undefined) return '$';
    const value = substitutions[Number(index) - 1];
    return value === undefined ? whole : String(value);
  });
}

/** The locale for number and date formatting. */
export function formatLocale(): string {
  return locale.value === 'tr' ? 'tr-TR' : 'en-GB';
}

/** Sets `locale` from the stored setting and keeps it in step; returns the unwatch function. */
export async function startI18n(): Promise<() => void> {
  // Loaded here, not above, so that the texts can be read where storage is not set up.
  const { readSettings, settingsItem } = await import('./storage');
  const browserLanguage = browser.i18n.getUILanguage();
  const apply = (language: Language) => {
    locale.value = resolveLocale(language, browserLanguage);
    if (typeof document !== 'undefined') document.documentElement.lang = locale.value;
  };
  apply((await readSettings()).language);
  return settingsItem.watch((settings) => apply(settings?.language ?? 'auto'));
}

/**
 * Every text a person reads, in Turkish or English, from `public/_locales/<lang>/messages.json`
 * (the browser's own message format). The browser's `i18n.getMessage` follows only the browser's
 * language; the extension also honours its language setting, so the messages are read here
 * directly. `t` reads a signal: a Preact component that calls it is drawn again when the
 * language changes.
 */
import { signal } from '@preact/signals';
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

// Texts being written for one part of the extension, merged into `_locales` once finished.
import wipBackgroundEn from '@/locales-wip/background.en.json';
import wipBackgroundTr from '@/locales-wip/background.tr.json';
import wipLicenseEn from '@/locales-wip/license.en.json';
import wipLicenseTr from '@/locales-wip/license.tr.json';
import wipOptionsEn from '@/locales-wip/options.en.json';
import wipOptionsTr from '@/locales-wip/options.tr.json';
import wipPopupEn from '@/locales-wip/popup.en.json';
import wipPopupTr from '@/locales-wip/popup.tr.json';
import wipSmmEn from '@/locales-wip/smm.en.json';
import wipSmmTr from '@/locales-wip/smm.tr.json';

const EN = {
  ...en,
  ...wipPopupEn,
  ...wipOptionsEn,
  ...wipSmmEn,
  ...wipLicenseEn,
  ...wipBackgroundEn,
};
const TR = {
  ...tr,
  ...wipPopupTr,
  ...wipOptionsTr,
  ...wipSmmTr,
  ...wipLicenseTr,
  ...wipBackgroundTr,
};

export type MessageKey = keyof typeof EN;

export const CATALOGS: Record<Locale, Record<string, MessageEntry>> = { en: EN, tr: TR };

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
  return named
    .replace(/\$(\d)/g, (whole, index: string) => {
      const value = substitutions[Number(index) - 1];
      return value === undefined ? whole : String(value);
    })
    .replace(/\$\$/g, '$');
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

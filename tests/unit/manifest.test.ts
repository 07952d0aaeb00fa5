/**
 * The manifests WXT writes for the Chrome (MV3) and Firefox (MV2) builds, made here by WXT's own
 * manifest step from `wxt.config.ts` and the entrypoints, without building anything. WXT
 * exports no API for this step, so its modules are loaded from the installed package (pinned to
 * 0.20.x in package.json); if an upgrade moves them, this file says so first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WXT_CORE = resolve(ROOT, 'node_modules/wxt/dist/core');
const FIREFOX_ID = 'pale100-extension@pale100.shop';
const ICON_SIZES = ['16', '32', '48', '128'];

type Json = Record<string, unknown>;

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  default_locale?: string;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Json[];
  commands?: Record<string, { description?: string; suggested_key?: Json }>;
  background?: { service_worker?: string; scripts?: string[]; persistent?: boolean };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: Json;
  icons?: Record<string, string>;
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[]; optional?: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
}

interface WxtCore {
  registerWxt(command: 'build', config: Json): Promise<void>;
  wxt: { config: { manifestVersion: number } };
}

async function load<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(resolve(WXT_CORE, path)).href)) as T;
}

const quiet = {
  debug() {},
  info() {},
  log() {},
  success() {},
  warn() {},
  error() {},
  fatal() {},
  level: 0,
};

/** The manifest of one target, as `wxt build -b <browser>` would write it. */
async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const core = await load<WxtCore>('wxt.mjs');
  const { findEntrypoints } = await load<{ findEntrypoints(): Promise<unknown[]> }>(
    'utils/building/find-entrypoints.mjs',
  );
  const { generateManifest } = await load<{
    generateManifest(entrypoints: unknown[], output: Json): Promise<{ manifest: Manifest }>;
  }>('utils/manifest.mjs');

  await core.registerWxt('build', { root: ROOT, browser, logger: quiet });
  // The icons WXT finds among the public files it copies.
  const publicAssets = ICON_SIZES.map((size) => ({ type: 'asset', fileName: `icon/${size}.png` }));
  const { manifest } = await generateManifest(await findEntrypoints(), {
    manifest: {},
    publicAssets,
    steps: [],
  });
  return manifest;
}

function messagesOf(locale: string): Record<string, { message: string }> {
  const path = resolve(ROOT, 'public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
}

/** Every `__MSG_name__` the manifest uses, by name. */
function messageNames(manifest: Manifest): string[] {
  return [...JSON.stringify(manifest).matchAll(/__MSG_(\w+?)__/g)].map((match) => match[1] ?? '');
}

/** What the extension may reach: API permissions and host patterns, wherever a build lists them. */
function grants(manifest: Manifest): string[] {
  return [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])].sort();
}

let chrome: Manifest;
let firefox: Manifest;

beforeAll(async () => {
  chrome = await manifestFor('chrome');
  firefox = await manifestFor('firefox');
}, 60_000);

describe('the manifests of the two builds', () => {
  it('are MV3 for Chrome and MV2 for Firefox', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(firefox.manifest_version).toBe(2);
  });

  it('run the background as a service worker in Chrome and as background scripts in Firefox', () => {
    expect(chrome.background?.service_worker).toBe('background.js');
    expect(chrome.background?.scripts).toBeUndefined();
    expect(firefox.background?.scripts).toEqual(['background.js']);
    expect(firefox.background?.service_worker).toBeUndefined();
    // Left out, MV2's background page stays loaded, so the poller's timers keep running.
    expect(firefox.background?.persistent).not.toBe(false);
  });

  it('open the popup from `action` in Chrome and from `browser_action` in Firefox', () => {
    expect(chrome.action?.default_popup).toBe('popup.html');
    expect(chrome.browser_action).toBeUndefined();
    expect(firefox.browser_action?.default_popup).toBe('popup.html');
    expect(firefox.action).toBeUndefined();
  });

  it('grant the same permissions, the host one among the permissions in MV2', () => {
    expect(grants(firefox)).toEqual(grants(chrome));
    expect(chrome.host_permissions).toEqual(['https://www.pale100.shop/*']);
    expect(firefox.host_permissions).toBeUndefined();
    expect(firefox.permissions).toContain('https://www.pale100.shop/*');
    expect(grants(chrome)).toEqual(
      [
        'storage',
        'alarms',
        'notifications',
        'activeTab',
        'contextMenus',
        'https://www.pale100.shop/*',
      ].sort(),
    );
  });

  it('inject the same content script, shortcut, options page and icons', () => {
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
    expect(chrome.content_scripts).toEqual([
      expect.objectContaining({ matches: ['http://*/*', 'https://*/*'], js: ['page-filler.js'] }),
    ]);
    expect(firefox.commands).toEqual(chrome.commands);
    expect(firefox.options_ui).toEqual(chrome.options_ui);
    expect(Object.keys(chrome.icons ?? {})).toEqual(ICON_SIZES);
    expect(firefox.icons).toEqual(chrome.icons);
  });

  it('give Firefox its stable id and its data consent, and Chrome neither', () => {
    const gecko = firefox.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(FIREFOX_ID);
    expect(gecko?.data_collection_permissions).toEqual({
      required: ['authenticationInfo', 'personallyIdentifyingInfo'],
    });
    // The data consent key is read from Firefox 140 (Android 142); older ones would warn.
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    expect(
      Number.parseFloat(firefox.browser_specific_settings?.gecko_android?.strict_min_version ?? ''),
    ).toBeGreaterThanOrEqual(142);
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('default to Turkish and take their texts from the locale files', () => {
    for (const manifest of [chrome, firefox]) {
      expect(manifest.default_locale).toBe('tr');
      expect(manifest.name).toBe('__MSG_extName__');
      expect(manifest.description).toBe('__MSG_extDescription__');
      expect(manifest.commands?.['fill-code']?.description).toBe('__MSG_commandFillCode__');
    }
  });

  it('name only messages that every locale has', () => {
    const names = messageNames(firefox);
    expect(names.sort()).toEqual(['commandFillCode', 'extDescription', 'extName']);
    expect(messageNames(chrome).sort()).toEqual(names);
    for (const locale of ['tr', 'en']) {
      const messages = messagesOf(locale);
      for (const name of names) expect(messages[name]?.message, `${locale}: ${name}`).toBeTruthy();
    }
  });
});

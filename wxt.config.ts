import { fileURLToPath } from 'node:url';

import type { Alias } from 'vite';
import { defineConfig } from 'wxt';

/**
 * The content script runs in every page, so it stays small: it uses the browser's own promise
 * API through WXT's `wxt/browser` instead of webextension-polyfill (about 10 KB), which the
 * service worker and the pages keep.
 */
const NATIVE_BROWSER = fileURLToPath(import.meta.resolve('wxt/browser'));

// The Firefox build needs a stable add-on id so that storage survives reinstalls and the store
// recognises updates.
const FIREFOX_ID = 'pale100-extension@pale100.shop';

export default defineConfig({
  // A separate output folder lets two builds (and their browser tests) run side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources package holds what rebuilds the extension: not other build folders, test
  // output or the README's pictures.
  zip: { excludeSources: ['.output-*/**', 'tests/.artifacts/**', 'docs/**', 'coverage/**'] },
  imports: false,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.name === 'page-filler')) return;

      const native: Alias = { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER };
      const current = config.resolve?.alias ?? [];
      const aliases = Array.isArray(current)
        ? current
        : Object.entries(current).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [native, ...aliases] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'tr',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'contextMenus'],
    host_permissions: ['https://www.pale100.shop/*'],
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['page-filler.js'],
        all_frames: true,
        run_at: 'document_idle',
      },
    ],
    commands: {
      'fill-code': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandFillCode__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ID,
              // 140 (an ESR) is the first Firefox that reads the data consent below.
              strict_min_version: '140.0',
              // Firefox's built-in data consent. Nothing goes to the extension's makers or anyone
              // else, but the API the person set up receives their key (authentication) and what
              // they type into a license's fields, such as an e-mail address (PRIVACY.md).
              data_collection_permissions: {
                required: ['authenticationInfo', 'personallyIdentifyingInfo'],
              },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

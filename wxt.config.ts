import { defineConfig } from 'wxt';

// The Firefox build needs a stable add-on id so that storage survives reinstalls and the store
// recognises updates.
const FIREFOX_ID = 'pale100-extension@pale100.shop';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser }) => ({
    name: 'pale100 SMS',
    description: 'Buy pale100.shop verification numbers and fill the code into the page.',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab'],
    host_permissions: ['https://www.pale100.shop/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: FIREFOX_ID, strict_min_version: '115.0' } } }
      : {}),
  }),
});

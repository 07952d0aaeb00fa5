import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { createApi } from '@/utils/api';
import { locale, startI18n } from '@/utils/i18n';
import { createLogger } from '@/utils/logger';
import { serveBackgroundRequests } from '@/utils/messages';
import { ordersItem } from '@/utils/storage';

import { fetchBalance, refreshBalanceLater } from './balance';
import { cancelOrder } from './cancel';
import { loadCatalog } from './catalog';
import { fillActiveTab } from './fill';
import { LICENSE_ALARM, watchLicenseOrders } from './license-watch';
import { onMenuClicked, rebuildMenus } from './menus';
import { watchBadge } from './notify';
import { clearFinishedOrders, markCodesSeen } from './order-store';
import { POLL_ALARM, pollNow } from './poller';
import { buyNumber } from './purchase';
import { reconcileOrders } from './reconcile';
import { shopHandlers } from './shop';
import { clearFinishedShopOrders } from './shop-store';
import { loadServerClock, now, recordServerTime } from './server-time';
import { listenForShortcut, onCommand } from './shortcut';

const log = createLogger('background');

export default defineBackground({
  type: 'module',
  main() {
    void startI18n();
    // Listeners first, synchronously: a worker woken by an event must find them in place.
    serveBackgroundRequests({
      getBalance: () => fetchBalance(),
      testApiKey: async ({ apiKey, baseUrl }) =>
        createApi({ apiKey, baseUrl, onServerTime: recordServerTime }).virtual.getBalance(),
      loadCatalog: ({ query }) => loadCatalog(query),
      buyNumber: async ({ purchaseId, request }) => {
        const outcome = await buyNumber(purchaseId, request);
        // Only these may have charged the account.
        if (outcome.kind === 'bought' || outcome.kind === 'unknown') refreshBalanceLater();
        if (outcome.kind === 'bought') void pollNow();
        return outcome;
      },
      cancelOrder: async ({ key }) => {
        const order = await cancelOrder(key);
        refreshBalanceLater();
        return order;
      },
      markCodesSeen: async () => {
        await markCodesSeen();
        return null;
      },
      fillActiveTab: ({ key, what }) => fillActiveTab(key, what),
      clearHistory: async () => {
        const [numbers, shop] = await Promise.all([
          clearFinishedOrders(),
          clearFinishedShopOrders(),
        ]);
        return { removed: numbers + shop };
      },
      ...shopHandlers,
    });

    browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
    listenForShortcut();
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === POLL_ALARM) void pollNow();
      if (alarm.name === LICENSE_ALARM) void watchLicenseOrders();
    });
    browser.runtime.onStartup.addListener(() => void resume('browser-start'));
    browser.runtime.onInstalled.addListener(() => void resume('installed'));
    ordersItem.watch((orders) => {
      void pollNow();
      void rebuildMenus(Object.values(orders ?? {}), now());
    });
    watchBadge();
    // The menu's entries are text: they follow a change of language.
    locale.subscribe(() => {
      void ordersItem.getValue().then((orders) => rebuildMenus(Object.values(orders), now()));
    });

    // The menu and the shortcut run in the browser's own UI, which tests cannot click; their
    // handlers are reachable from the worker's console (and only from there) to try them.
    Object.assign(globalThis, { pale100: { onMenuClicked, onCommand } });

    void resume('worker-start');
  },
});

let resuming: Promise<void> | null = null;

/**
 * Picks up where a stopped worker left off: the service's view first, then polling. A browser
 * start wakes the worker and fires its start events together; they share one resume.
 */
function resume(reason: 'browser-start' | 'installed' | 'worker-start'): Promise<void> {
  log.debug(`resuming after ${reason}`);
  resuming ??= (async () => {
    await loadServerClock();
    await rebuildMenus(Object.values(await ordersItem.getValue()), now());
    await reconcileOrders().catch((error: unknown) => log.warn('reconcile failed', error));
    void watchLicenseOrders();
    await pollNow();
  })();
  return resuming;
}

/**
 * One Chromium with the built extension, a sandbox and a demo page per end-to-end test file,
 * with the steps the tests share: opening the popup, resetting state, reading the badge and
 * notifications, and stopping the service worker.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

import { startDemoServer, type DemoServer } from '../demo/server';
import { VIRTUAL_SEED } from '../sandbox/catalog/virtual';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { createSandboxControl, type SandboxControl } from './sandbox-control';

export interface E2eEnv {
  sandbox: Sandbox;
  control: SandboxControl;
  demo: DemoServer;
  browser: ExtensionBrowser;
  /**
   * Runs `fn` in an extension page, where the extension APIs are as in the worker; unlike the
   * worker, the page does not go away when the worker is stopped.
   */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  openPopup(): Promise<Page>;
  badgeText(): Promise<string>;
  notificationIds(): Promise<string[]>;
  stopWorker(): Promise<void>;
  relaunch(): Promise<void>;
}

/** Keys the extension stores its orders and caches under; cleared between tests. */
const STATE_KEYS = [
  'orders',
  'purchaseJournal',
  'catalogCache',
  'preferences',
  'serverClock',
  'smmOrders',
  'licenseOrders',
  'balance',
];

export function useExtension(options: SandboxOptions = {}): E2eEnv {
  const env = {} as E2eEnv;

  async function launch(userDataDir?: string): Promise<void> {
    // The tests read the English texts; the Turkish ones are tested where they are chosen.
    const language = 'en-US';
    env.browser = await launchWithExtension(userDataDir ? { userDataDir, language } : { language });
  }

  let extensionPage: Page | null = null;
  env.inExtension = async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
    if (!extensionPage || extensionPage.isClosed()) {
      extensionPage = await env.browser.context.newPage();
      await extensionPage.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    }
    // Playwright's own argument type unboxes handles; plain data passes through unchanged.
    return (await extensionPage.evaluate(fn as (arg: unknown) => unknown, arg)) as T;
  };

  env.openPopup = async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    return page;
  };

  env.badgeText = () => env.inExtension(() => chrome.action.getBadgeText({}), null);

  env.notificationIds = async () =>
    Object.keys(await env.inExtension(() => chrome.notifications.getAll(), null));

  env.stopWorker = async () => {
    const page = await env.browser.context.newPage();
    const cdp = await env.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.close();
  };

  env.relaunch = async () => {
    const { userDataDir } = env.browser;
    await env.browser.close({ keepProfile: true });
    extensionPage = null;
    await launch(userDataDir);
  };

  beforeAll(async () => {
    env.sandbox = await startSandbox(options);
    env.control = createSandboxControl(env.sandbox.origin);
    env.demo = await startDemoServer();
    await launch();
  });

  beforeEach(async () => {
    await env.control.reset();
    for (const page of env.browser.context.pages().slice(1)) {
      if (page !== extensionPage) await page.close();
    }
    await env.inExtension((keys) => chrome.storage.local.remove(keys), STATE_KEYS);
    await env.inExtension(async () => {
      const shown = await chrome.notifications.getAll();
      await Promise.all(Object.keys(shown).map((id) => chrome.notifications.clear(id)));
    }, null);
    await env.inExtension(
      async ({ apiKey, baseUrl }) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ apiKey, settings: { ...(settings ?? {}), baseUrl } });
      },
      { apiKey: env.sandbox.apiKey, baseUrl: env.sandbox.apiBase },
    );
    await env.control.clearRequests();
  });

  afterAll(async () => {
    await env.browser?.close();
    await env.demo?.close();
    await env.sandbox?.close();
  });

  return env;
}

/** Buys the sandbox's cheapest WhatsApp number in Great Britain from the popup: its activation id. */
export async function buyWhatsappNumber(popup: Page): Promise<number> {
  await popup.getByRole('tab', { name: 'Virtual' }).click();
  await popup
    .locator(`[data-testid="service-row"][data-service-id="${VIRTUAL_SEED.whatsappServiceId}"]`)
    .click();
  await popup
    .locator('[data-testid="country-row"][data-country-code="GB"]')
    .getByTestId('buy-cheapest')
    .click();
  return firstOrderId(popup);
}

/** The activation id of the order card that appears first in the popup. */
export async function firstOrderId(popup: Page): Promise<number> {
  const card = popup.getByTestId('order-card').first();
  await card.waitFor();
  const key = (await card.getAttribute('data-order-key')) ?? '';
  return Number(key.split(':')[1]);
}

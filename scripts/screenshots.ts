/**
 * `npm run screenshots`: pictures of the popup and the four options sections for the README and
 * the store listings, saved in `docs/`. It builds nothing: run it after `npm run build` (or
 * `wxt build`; `WXT_OUT_DIR` picks another build folder). The extension runs against a fresh
 * sandbox with play money: it buys a number, an SMM order and a license, and an SMS arrives, so
 * the popup shows a code and the history has rows.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import type { Page } from 'playwright-core';

import {
  configureExtension,
  launchWithExtension,
  type ExtensionBrowser,
} from '../tests/helpers/chromium';
import { createSandboxControl } from '../tests/helpers/sandbox-control';
import { LICENSE_SEED } from '../tests/sandbox/catalog/license';
import { SMM_SEED } from '../tests/sandbox/catalog/smm';
import { VIRTUAL_SEED } from '../tests/sandbox/catalog/virtual';
import { startSandbox } from '../tests/sandbox/server';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: resolve(import.meta.dirname, '../docs') },
    // The browser's language; the extension follows it while its own setting is "auto".
    language: { type: 'string', default: 'en-US' },
  },
});

const OUT_DIR = values.out;
const OPTIONS_SECTIONS = ['settings', 'smm', 'licenses', 'history'] as const;
const TIMEOUT_MS = 20_000;
const SMS_TEXT = 'Your WhatsApp code: 482917. Do not share it.';

/** Waits until the page shows no loading text, so a picture never catches a spinner. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !/Loading|Yükleniyor/.test(document.body.innerText), null, {
    timeout: TIMEOUT_MS,
  });
  await page.evaluate(() => document.fonts.ready);
}

async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

/** Buys the sandbox's WhatsApp / GB number from the popup, as a person would. */
async function buyNumber(popup: Page): Promise<number> {
  await popup.getByRole('tab', { name: 'Virtual' }).click();
  await popup
    .locator(`[data-testid="service-row"][data-service-id="${VIRTUAL_SEED.whatsappServiceId}"]`)
    .click();
  const country = popup.locator('[data-testid="country-row"][data-country-code="GB"]');
  await country.getByTestId('buy-cheapest').click();

  const card = popup.getByTestId('order-card').first();
  await card.waitFor({ timeout: TIMEOUT_MS });
  const key = (await card.getAttribute('data-order-key')) ?? '';
  const activationId = Number(key.split(':')[1]);
  if (!Number.isInteger(activationId)) throw new Error(`No activation id in order key "${key}"`);
  return activationId;
}

/** An SMM order and a license, placed through the service worker, so the history has rows. */
async function placeShopOrders(page: Page): Promise<void> {
  const answers = await page.evaluate(
    async ({ smmServiceId, licenseProductId }) => [
      await chrome.runtime.sendMessage({
        type: 'placeSmmOrder',
        purchaseId: crypto.randomUUID(),
        params: {
          service_id: smmServiceId,
          link: 'https://www.instagram.com/p/example',
          quantity: 1000,
        },
      }),
      await chrome.runtime.sendMessage({
        type: 'buyLicense',
        purchaseId: crypto.randomUUID(),
        params: { product_id: licenseProductId },
      }),
    ],
    { smmServiceId: SMM_SEED.linkServiceId, licenseProductId: LICENSE_SEED.automaticProductId },
  );
  for (const answer of answers as { ok: boolean; message?: string }[]) {
    if (!answer.ok) throw new Error(`An order for the history failed: ${answer.message}`);
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const sandbox = await startSandbox({ balance: 1000 });
  const control = createSandboxControl(sandbox.origin);
  const browser = await launchWithExtension({ language: values.language });

  try {
    await configureExtension(browser.worker, {
      apiKey: sandbox.apiKey,
      baseUrl: sandbox.apiBase,
    });

    const buying = await openPopup(browser);
    const activationId = await buyNumber(buying);
    await buying.close();
    await control.deliverSms(activationId, SMS_TEXT);
    // The steps above find buttons by their English names; the pictures follow the language
    // asked for through the extension's own setting, which Chromium on Linux needs.
    const language = values.language.toLowerCase().startsWith('tr') ? 'tr' : 'en';
    await browser.worker.evaluate(async (chosen) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), language: chosen } });
    }, language);

    const popup = await openPopup(browser);
    await popup
      .getByTestId('order-code')
      .filter({ hasText: '482' })
      .first()
      .waitFor({ timeout: TIMEOUT_MS });
    // The popup opens where it was left (the country list); the service list reads better.
    const back = popup.getByRole('button', { name: /Back/ });
    if (await back.isVisible()) await back.click();
    await settled(popup);
    // A real popup widens itself for its scrollbar; a fixed viewport cannot, so hide it.
    await popup.addStyleTag({ content: 'html { scrollbar-width: none; }' });
    // The viewport is the popup's size: browsers show a popup at most 600 pixels high.
    await popup.screenshot({ path: resolve(OUT_DIR, 'popup.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: resolve(OUT_DIR, 'popup-dark.png') });

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1100, height: 800 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#settings`);
    await placeShopOrders(options);

    for (const section of OPTIONS_SECTIONS) {
      await options.goto(`chrome-extension://${browser.extensionId}/options.html#${section}`);
      await options.reload();
      await settled(options);
      await options.screenshot({ path: resolve(OUT_DIR, `options-${section}.png`) });
    }

    console.log(`Saved the popup and ${OPTIONS_SECTIONS.length} options sections in ${OUT_DIR}`);
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

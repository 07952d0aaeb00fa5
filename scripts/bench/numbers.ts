/**
 * Benchmarks of the number flow in the real browser against the sandbox: the size of the
 * popup's script, its first render with a warm cache, requests per minute with one pending order and with none, and the
 * delay from the sandbox delivering an SMS to the code showing in the popup.
 */
import type { Page } from 'playwright-core';

import {
  EXTENSION_DIR,
  launchWithExtension,
  type ExtensionBrowser,
} from '../../tests/helpers/chromium';
import { createSandboxControl, type SandboxControl } from '../../tests/helpers/sandbox-control';
import { startSandbox, type Sandbox } from '../../tests/sandbox/server';
import { pageScriptSize, type ScriptSize } from './sizes';
import { median, percentile, round } from './stats';

export interface NumberFigures {
  /** The popup's JS: the page's module and every chunk it loads. */
  popupScript: ScriptSize;
  popupFirstRenderMs: { median: number; p95: number; runs: number };
  requestsPerMinute: { onePendingOrder: number; idle: number };
  smsToPopupMs: { median: number; p95: number; samples: number };
}

interface Rig {
  sandbox: Sandbox;
  control: SandboxControl;
  browser: ExtensionBrowser;
  popupUrl: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startRig(): Promise<Rig> {
  const sandbox = await startSandbox({ balance: 100_000 });
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate(
    ({ apiKey, baseUrl }) => chrome.storage.local.set({ apiKey, settings: { baseUrl } }),
    { apiKey: sandbox.apiKey, baseUrl: sandbox.apiBase },
  );
  await page.close();
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  return { sandbox, control: createSandboxControl(sandbox.origin), browser, popupUrl };
}

async function measureFirstRender(rig: Rig, runs: number) {
  const warm = await rig.browser.context.newPage();
  await warm.goto(rig.popupUrl);
  await warm.locator('[data-testid="service-row"]').first().waitFor();
  await warm.close();

  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await rig.browser.context.newPage();
    await page.goto(rig.popupUrl);
    await page.waitForFunction(() => performance.getEntriesByName('popup-rendered').length > 0);
    samples.push(
      await page.evaluate(() => performance.getEntriesByName('popup-rendered')[0]!.startTime),
    );
    await page.close();
  }

  return { median: round(median(samples), 1), p95: round(percentile(samples, 95), 1), runs };
}

async function buyOne(rig: Rig, page: Page): Promise<number> {
  const outcome = await page.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'buyNumber',
      purchaseId: crypto.randomUUID(),
      request: {
        product: 'virtual',
        params: { service_id: 1, country_code: 'GB' },
        serviceName: 'WhatsApp',
        countryName: null,
      },
    }),
  );
  return outcome.value.order.activationId as number;
}

async function countRequests(rig: Rig, windowMs: number): Promise<number> {
  await rig.control.clearRequests();
  await sleep(windowMs);
  return (await rig.control.requests()).length;
}

async function measureSmsDelay(rig: Rig, page: Page, samples: number) {
  const delays: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const activationId = await buyOne(rig, page);
    await page.locator(`[data-order-key="virtual:${activationId}"]`).waitFor();
    await sleep(Math.random() * 5000);

    const code = String(100000 + sample);
    const started = Date.now();
    await rig.control.deliverSms(activationId, `WhatsApp code: ${code}`);
    await page
      .locator(`[data-order-key="virtual:${activationId}"] [data-testid="order-code"]`, {
        hasText: code,
      })
      .waitFor({ timeout: 30_000 });
    delays.push(Date.now() - started);
  }

  return { median: round(median(delays)), p95: round(percentile(delays, 95)), samples };
}

export async function benchNumbers(options: {
  windowMs: number;
  smsSamples: number;
}): Promise<NumberFigures> {
  const rig = await startRig();
  try {
    const popupFirstRenderMs = await measureFirstRender(rig, 10);
    const idle = await countRequests(rig, options.windowMs);

    const page = await rig.browser.context.newPage();
    await page.goto(rig.popupUrl);
    await buyOne(rig, page);
    await page.close();
    const pending = await countRequests(rig, options.windowMs);

    const popup = await rig.browser.context.newPage();
    await popup.goto(rig.popupUrl);
    const smsToPopupMs = await measureSmsDelay(rig, popup, options.smsSamples);

    const perMinute = (count: number) => round((count * 60_000) / options.windowMs, 1);
    return {
      popupScript: pageScriptSize(EXTENSION_DIR, 'popup.html'),
      popupFirstRenderMs,
      requestsPerMinute: { onePendingOrder: perMinute(pending), idle: perMinute(idle) },
      smsToPopupMs,
    };
  } finally {
    await rig.browser.close();
    await rig.sandbox.close();
  }
}

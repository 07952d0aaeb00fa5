import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startDemoServer, type DemoServer } from '../demo/server';
import {
  EXTENSION_DIR,
  configureExtension,
  launchWithExtension,
  type ExtensionBrowser,
} from '../helpers/chromium';
import { startSandbox, type Sandbox } from '../sandbox/server';

let sandbox: Sandbox;
let demo: DemoServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  sandbox = await startSandbox({ balance: 1287.5 });
  demo = await startDemoServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await sandbox?.close();
});

describe('the built extension', () => {
  it('starts its service worker from the extension', () => {
    expect(browser.worker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
  });

  it('shows the sandbox balance in the popup once a key is saved', async () => {
    await configureExtension(browser.worker, { apiKey: sandbox.apiKey, baseUrl: sandbox.apiBase });
    const popup = await browser.context.newPage();

    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);

    await expect.poll(() => popup.getByTestId('balance').textContent()).toContain('1.287,50');
    await popup.close();
  });

  it("shows the API's own message in the popup for a wrong key", async () => {
    await configureExtension(browser.worker, { apiKey: 'wrong-key', baseUrl: sandbox.apiBase });
    const popup = await browser.context.newPage();

    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);

    await expect
      .poll(() => popup.getByTestId('balance-error').textContent())
      .toBe('Geçersiz API anahtarı.');
    await popup.close();
  });

  it('renders the options page and tests a key there', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);

    await options.getByLabel('API key', { exact: true }).fill(sandbox.apiKey);
    await options.getByLabel('API address').fill(sandbox.apiBase);
    await options.getByRole('button', { name: 'Test' }).click();

    await expect
      .poll(() => options.getByTestId('check-result').textContent())
      .toContain('1.287,50');
    await options.close();
  });

  it('has its content script waiting on a local page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${demo.origin}/signup.html`);

    const answers = await browser.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      const pings = tabs.map((tab) =>
        chrome.tabs.sendMessage(tab.id!, { type: 'ping' }).catch(() => null),
      );
      return Promise.all(pings);
    });

    expect(answers).toContainEqual({
      ok: true,
      value: { present: true, url: `${demo.origin}/signup.html` },
    });
    await page.close();
  });

  it('ships a content script that never reads the stored API key', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'page-filler.js'), 'utf8');

    expect(script).not.toContain('apiKey');
  });
});

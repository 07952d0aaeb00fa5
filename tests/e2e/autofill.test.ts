import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { useExtension, type E2eEnv } from '../helpers/e2e';

const env = useExtension({ balance: 1000 });

/** Buys a WhatsApp number from the UK the way the popup asks the worker to. */
async function buyNumber(
  e: E2eEnv,
): Promise<{ key: string; activationId: number; number: string }> {
  const answer = await e.inExtension(
    () =>
      chrome.runtime.sendMessage({
        type: 'buyNumber',
        purchaseId: crypto.randomUUID(),
        request: {
          product: 'virtual',
          params: { service_id: 1, country_code: 'GB' },
          serviceName: 'WhatsApp',
          countryName: 'Birleşik Krallık (+44)',
          countryCode: 'GB',
        },
      }),
    null,
  );
  const order = answer.value.order;
  return { key: order.key, activationId: order.activationId, number: order.number };
}

async function openPage(name: string, origin = env.demo.origin): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`${origin}/${name}`);
  await page.bringToFront();
  return page;
}

/** What the Fill buttons of the popup send for the active tab. */
function fillActiveTab(key: string, what: 'number' | 'code') {
  return env.inExtension(
    ({ orderKey, field }) =>
      chrome.runtime.sendMessage({ type: 'fillActiveTab', key: orderKey, what: field }),
    { orderKey: key, field: what },
  );
}

async function state(page: Page, frame?: string): Promise<string> {
  const target = frame ? page.frameLocator(frame) : page;
  return (await target.locator('#state').textContent()) ?? '';
}

async function fillNumberThenCode(name: string, frame?: string) {
  const order = await buyNumber(env);
  const page = await openPage(name);

  const filled = await fillActiveTab(order.key, 'number');
  await env.control.deliverSms(order.activationId, 'WhatsApp code: 482917');
  await expect.poll(() => state(page, frame), { timeout: 15_000 }).toContain('482917');

  expect(filled).toEqual({ ok: true, value: { filled: true } });
  expect(
    await page.evaluate(() => (window as { __submitted?: boolean }).__submitted ?? false),
  ).toBe(false);
  return { page, order };
}

describe('filling signup pages', () => {
  it('fills a single code input', async () => {
    const { page } = await fillNumberThenCode('single-code.html');

    expect(JSON.parse(await state(page))).toEqual({
      phone: expect.stringMatching(/^\+44/),
      code: '482917',
    });
  });

  it('fills six split boxes one digit each', async () => {
    const { page } = await fillNumberThenCode('split-code.html');

    const boxes = await page
      .locator('.otp input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(boxes).toEqual(['4', '8', '2', '9', '1', '7']);
  });

  it('fills a React-style controlled input so that the page notices', async () => {
    const { page } = await fillNumberThenCode('react-style.html');

    expect(JSON.parse(await state(page))).toMatchObject({
      phone: expect.stringMatching(/^\+?44/),
      code: '482917',
    });
  });

  it('chooses the country beside a national number input', async () => {
    const { page } = await fillNumberThenCode('country-select.html');

    const filled = JSON.parse(await state(page));
    expect(filled.country).toBe('GB');
    expect(filled.phone).toMatch(/^[1-9]\d+$/);
    expect(await page.locator('#residence').inputValue()).toBe('');
  });

  it('fills fields inside a shadow root', async () => {
    const { page } = await fillNumberThenCode('shadow.html');

    expect(JSON.parse(await state(page))).toMatchObject({ code: '482917' });
  });

  it('fills a form inside an iframe', async () => {
    const { page } = await fillNumberThenCode('iframe.html', '#signup-frame');

    expect(JSON.parse(await state(page, '#signup-frame'))).toMatchObject({ code: '482917' });
  });

  it('fills a Turkish page, leaving its search box and e-mail alone', async () => {
    const { page } = await fillNumberThenCode('turkish.html');

    expect(JSON.parse(await state(page))).toMatchObject({ code: '482917' });
    expect(await page.locator('#eposta').inputValue()).toBe('');
  });

  it('pastes into a field that only takes pasted text', async () => {
    const { page } = await fillNumberThenCode('paste-only.html');

    expect(await state(page)).toBe('482917');
  });
});

describe('the ways to fill', () => {
  it("fills from the popup's buttons into the active tab", async () => {
    const order = await buyNumber(env);
    const popup = await env.openPopup();
    const page = await openPage('single-code.html');

    await popup.locator(`[data-order-key="${order.key}"]`).getByTestId('fill-number').click();

    await expect.poll(async () => JSON.parse(await state(page)).phone).toMatch(/^\+?44/);
  });

  it('fills the focused field from the right-click menu', async () => {
    const order = await buyNumber(env);
    const page = await openPage('single-code.html');
    await page.locator('input[name="mobile"]').focus();

    await env.browser.worker.evaluate(async (key) => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      const hooks = (
        globalThis as unknown as {
          pale100: { onMenuClicked: (info: object, tab: object) => Promise<void> };
        }
      ).pale100;
      await hooks.onMenuClicked({ menuItemId: `number|${key}`, frameId: 0, editable: true }, tab!);
    }, order.key);

    await expect.poll(async () => JSON.parse(await state(page)).phone).toMatch(/^\+?44/);
  });

  it('fills the latest code by the shortcut', async () => {
    await env.inExtension(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), autoFill: false } });
    }, null);
    const order = await buyNumber(env);
    const page = await openPage('single-code.html');
    await env.control.deliverSms(order.activationId, 'WhatsApp code: 135790');
    await expect.poll(() => env.notificationIds(), { timeout: 15_000 }).toHaveLength(1);
    expect(JSON.parse(await state(page)).code ?? '').toBe('');

    await env.browser.worker.evaluate(async () => {
      const hooks = (
        globalThis as unknown as { pale100: { onCommand: (command: string) => Promise<void> } }
      ).pale100;
      await hooks.onCommand('fill-code');
    }, null);

    await expect.poll(async () => JSON.parse(await state(page)).code).toBe('135790');
  });

  it('never fills the code into another origin', async () => {
    const order = await buyNumber(env);
    const page = await openPage('single-code.html');
    await fillActiveTab(order.key, 'number');
    const elsewhere = env.demo.origin.replace('127.0.0.1', 'localhost');

    await page.goto(`${elsewhere}/single-code.html`);
    await env.control.deliverSms(order.activationId, 'WhatsApp code: 864209');

    await expect.poll(() => env.notificationIds(), { timeout: 15_000 }).toHaveLength(1);
    expect(await page.locator('input[name="otp"]').inputValue()).toBe('');
  });

  it('leaves the code field alone once the automatic fill is turned off in the settings', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options
      .getByLabel('Fill an arriving code into the page where its number was filled')
      .uncheck();
    await options.getByRole('button', { name: 'Save behaviour' }).click();
    await options.getByText('Saved.').waitFor();
    const order = await buyNumber(env);
    const page = await openPage('single-code.html');
    await fillActiveTab(order.key, 'number');

    await env.control.deliverSms(order.activationId, 'WhatsApp code: 975310');

    await expect.poll(() => env.notificationIds(), { timeout: 15_000 }).toHaveLength(1);
    expect(await page.locator('input[name="otp"]').inputValue()).toBe('');
  });
});

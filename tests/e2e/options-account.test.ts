import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { useExtension } from '../helpers/e2e';

const env = useExtension({ balance: 1000 });

async function openSettings() {
  // A browser that has never been set up: no key, the official address.
  await env.inExtension(() => chrome.storage.local.remove(['apiKey', 'settings']), null);
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options.html#settings`);
  await page.getByLabel('API address').fill(env.sandbox.apiBase);
  return page;
}

const accountForm = (page: Page) => page.getByRole('form', { name: 'Account' });

const storedKey = async () =>
  (await env.inExtension(() => chrome.storage.local.get('apiKey'), null)).apiKey as
    string | undefined;

describe('the API key on the settings page', () => {
  it('shows the balance for a good key, and saves it masked', async () => {
    const page = await openSettings();
    const key = page.getByLabel('API key');

    await key.fill(env.sandbox.apiKey);
    expect(await key.getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Test' }).click();

    await expect
      .poll(() => page.getByTestId('check-result').textContent())
      .toMatch(/Key works\. Balance: .*1\.000,00/);
    expect(await storedKey()).toBeUndefined();

    await accountForm(page).getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    expect(await storedKey()).toBe(env.sandbox.apiKey);
    // The header follows the saved account.
    await page.getByRole('button', { name: 'Refresh balance' }).click();
    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('1.000,00');
  });

  it("shows the service's refusal of a wrong key and keeps nothing", async () => {
    const page = await openSettings();

    await page.getByLabel('API key').fill('not-the-key');
    await page.getByRole('button', { name: 'Test' }).click();

    await expect
      .poll(() => page.getByTestId('check-result').textContent())
      .toBe('Geçersiz API anahtarı.');
    expect(await storedKey()).toBeUndefined();
  });

  it('refuses an empty key and a wrong address before asking anything', async () => {
    const page = await openSettings();
    await env.control.clearRequests();

    await page.getByLabel('API address').fill('pale100.shop');
    await page.getByRole('button', { name: 'Test' }).click();
    await accountForm(page).getByRole('button', { name: 'Save' }).click();

    await page.getByText('Enter the API key from your pale100 account.').waitFor();
    await page.getByText('Enter a web address starting with https://').waitFor();
    expect(await page.getByText('Saved.').count()).toBe(0);
    expect(await env.control.requests()).toEqual([]);
    expect(await storedKey()).toBeUndefined();
  });
});

describe('the language setting', () => {
  it('turns the page Turkish once Türkçe is saved', async () => {
    const page = await openSettings();
    const behaviour = page.getByRole('form', { name: 'Behaviour' });
    const language = behaviour.getByLabel('Language');
    // Every language is offered in its own words.
    expect(await language.locator('option').allTextContents()).toEqual([
      'Follow the browser',
      'Türkçe',
      'English',
    ]);

    await language.selectOption({ label: 'Türkçe' });
    await behaviour.getByRole('button', { name: 'Save behaviour' }).click();

    await page.getByRole('form', { name: 'Davranış' }).waitFor();
    await page.getByRole('button', { name: 'Davranışı kaydet' }).waitFor();
    await page.getByRole('link', { name: 'Geçmiş' }).waitFor();
    expect(await page.getByLabel('API adresi').inputValue()).toBe(env.sandbox.apiBase);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
    await expect.poll(() => page.title()).toBe('Ayarlar · pale100');
    expect(await page.getByText('Behaviour', { exact: true }).count()).toBe(0);
  });
});

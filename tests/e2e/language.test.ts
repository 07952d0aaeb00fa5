import { describe, expect, it } from 'vitest';

import { useExtension } from '../helpers/e2e';

const env = useExtension({ balance: 1000 });

async function chooseLanguage(language: 'tr' | 'en'): Promise<void> {
  await env.inExtension(async (chosen) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), language: chosen } });
  }, language);
}

describe('the language of the popup', () => {
  it('is Turkish when chosen, and turns English in the open popup once English is chosen', async () => {
    await chooseLanguage('tr');
    const popup = await env.openPopup();

    await popup.getByRole('tab', { name: 'Sanal' }).waitFor();
    expect(await popup.getByRole('tab').allTextContents()).toEqual([
      'Sanal',
      'Fiziksel SIM',
      'Kiralık',
    ]);
    expect(await popup.locator('.balance__label').textContent()).toBe('Bakiye');
    await popup.getByRole('button', { name: 'Bakiyeyi yenile' }).waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toBe('tr');

    await chooseLanguage('en');

    await expect
      .poll(() => popup.getByRole('tab').allTextContents())
      .toEqual(['Virtual', 'Physical SIM', 'Rental']);
    expect(await popup.locator('.balance__label').textContent()).toBe('Balance');
    await popup.getByRole('button', { name: 'Refresh balance' }).waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');
  });
});

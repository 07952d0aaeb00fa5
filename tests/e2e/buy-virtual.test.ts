import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { firstOrderId, useExtension } from '../helpers/e2e';
import { VIRTUAL_SEED } from '../sandbox/catalog/virtual';

const env = useExtension({ balance: 1000 });

/** Virtual tab, a service, then a country: where a person ends up before buying. */
async function openCountry(popup: Page, serviceId: number, countryCode: string) {
  await popup.getByRole('tab', { name: 'Virtual' }).click();
  await popup.locator(`[data-testid="service-row"][data-service-id="${serviceId}"]`).click();
  const country = popup.locator(`[data-testid="country-row"][data-country-code="${countryCode}"]`);
  await country.waitFor();
  return country;
}

async function buyCount(): Promise<number> {
  return (await env.control.requests()).filter((entry) => entry.action === 'buyNumber').length;
}

describe('buying a virtual number from the popup', () => {
  it('shows the arriving code, notifies and marks the badge', async () => {
    const popup = await env.openPopup();
    const country = await openCountry(popup, VIRTUAL_SEED.whatsappServiceId, 'GB');

    await country.getByTestId('buy-cheapest').click();
    const activationId = await firstOrderId(popup);
    await expect.poll(() => env.badgeText()).toBe('1');
    await popup.close();
    await env.control.deliverSms(activationId, 'WhatsApp code: 482917');

    await expect.poll(() => env.notificationIds(), { timeout: 15_000 }).toHaveLength(1);
    expect(await env.badgeText()).toBe('✓');
    const again = await env.openPopup();
    await expect
      .poll(() => again.getByTestId('order-code').first().textContent())
      .toContain('482917');
    await expect.poll(() => env.badgeText()).toBe('');
  });

  it('buys once on a double click', async () => {
    const popup = await env.openPopup();
    const country = await openCountry(popup, VIRTUAL_SEED.whatsappServiceId, 'GB');

    await country.getByTestId('buy-cheapest').dblclick();
    await firstOrderId(popup);

    expect(await buyCount()).toBe(1);
    expect(await popup.getByTestId('order-card').count()).toBe(1);
  });

  it('offers the new price when it changed and buys at it in one click', async () => {
    const popup = await env.openPopup();
    const country = await openCountry(popup, VIRTUAL_SEED.telegramServiceId, 'GB');
    await country.click();
    const operator = popup.locator(
      `[data-testid="operator-row"][data-operator-id="${VIRTUAL_SEED.priceDriftOperatorId}"]`,
    );

    await operator.getByTestId('buy-operator').click();
    await popup.getByTestId('accept-price').click();

    await firstOrderId(popup);
    expect(await popup.getByTestId('purchase-outcome').count()).toBe(0);
    const orders = await env.inExtension(() => chrome.storage.local.get('orders'), null);
    expect(JSON.stringify(orders)).toContain('35.93');
  });

  it('says nothing was charged when the number was sold meanwhile', async () => {
    const popup = await env.openPopup();
    const country = await openCountry(popup, VIRTUAL_SEED.whatsappServiceId, 'KG');
    await country.click();
    const operator = popup.locator(
      `[data-testid="operator-row"][data-operator-id="${VIRTUAL_SEED.lastNumberOperatorId}"]`,
    );
    await operator.waitFor();
    const query = `api_key=${env.sandbox.apiKey}&action=buyNumber&operator_id=${VIRTUAL_SEED.lastNumberOperatorId}`;
    await fetch(`${env.sandbox.apiBase}/sanal-smsonay?${query}`, { method: 'POST' });
    const balanceBefore = await popup.getByTestId('balance').textContent();

    await operator.getByTestId('buy-operator').click();

    await expect
      .poll(() => popup.getByTestId('purchase-outcome').textContent())
      .toMatch(/charged/i);
    expect(await popup.getByTestId('balance').textContent()).toBe(balanceBefore);
    expect(await popup.getByTestId('order-card').count()).toBe(0);
  });

  it('names the amount required when the balance is too low', async () => {
    await env.control.setBalance(1);
    const popup = await env.openPopup();
    const country = await openCountry(popup, VIRTUAL_SEED.whatsappServiceId, 'GB');

    await country.getByTestId('buy-cheapest').click();

    const outcome = popup.getByTestId('purchase-outcome');
    await expect.poll(() => outcome.textContent()).toContain('Bakiyeniz yetersiz. Gerekli: 4.46');
    expect(await outcome.textContent()).toContain('4,46');
  });

  it('adopts a purchase whose answer was cut off, charging once', async () => {
    await env.control.fault({ kind: 'cut_after_commit', action: 'buyNumber' });
    const popup = await env.openPopup();
    const country = await openCountry(popup, VIRTUAL_SEED.whatsappServiceId, 'GB');

    await country.getByTestId('buy-cheapest').click();

    await firstOrderId(popup);
    await expect.poll(() => popup.getByTestId('balance').textContent()).toContain('995,54');
    expect(await buyCount()).toBe(1);
  });

  it('lists both numbers and says so when the browser repeats a purchase whose answer was dropped', async () => {
    await env.control.fault({ kind: 'drop_after_commit', action: 'buyNumber' });
    const popup = await env.openPopup();
    const country = await openCountry(popup, VIRTUAL_SEED.whatsappServiceId, 'GB');

    await country.getByTestId('buy-cheapest').click();

    await expect
      .poll(() => popup.getByTestId('purchase-duplicates').textContent())
      .toContain('2 numbers');
    expect(await popup.getByTestId('order-card').count()).toBe(await buyCount());
  });
});

import { describe, expect, it } from 'vitest';

import { firstOrderId, useExtension } from '../helpers/e2e';
import { PHYSICAL_SEED } from '../sandbox/catalog/physical';
import { RENTAL_SEED } from '../sandbox/catalog/rental';

const env = useExtension({ balance: 1000 });

describe('numbers that receive many SMS', () => {
  it('shows both SMS of a physical-SIM rent', async () => {
    const popup = await env.openPopup();
    await popup.getByRole('tab', { name: 'Physical SIM' }).click();
    await popup
      .locator(
        `[data-testid="service-row"][data-service-id="${PHYSICAL_SEED.otherPlatformsServiceId}"]`,
      )
      .click();
    await popup
      .locator(
        `[data-testid="country-row"][data-country-id="${PHYSICAL_SEED.kyrgyzstanCountryId}"]`,
      )
      .click();

    await popup
      .locator('[data-testid="deal-row"][data-duration-hours="2"]')
      .getByTestId('buy-deal')
      .click();
    const activationId = await firstOrderId(popup);
    await env.control.deliverSms(activationId, 'Your code is 482917', 'WhatsApp');
    await env.control.deliverSms(activationId, 'Your code is 750183', 'WhatsApp');

    const messages = popup.getByTestId('order-message');
    await expect.poll(() => messages.count(), { timeout: 15_000 }).toBe(2);
    expect(await messages.allTextContents()).toEqual([
      expect.stringContaining('482917'),
      expect.stringContaining('750183'),
    ]);
  });

  it('shows the SMS of two platforms on one rented number', async () => {
    const popup = await env.openPopup();
    await popup.getByRole('tab', { name: 'Rental' }).click();
    await popup
      .locator(`[data-testid="country-row"][data-country-id="${RENTAL_SEED.franceCountryId}"]`)
      .click();

    await popup
      .locator('[data-testid="deal-row"][data-duration-hours="2"]')
      .getByTestId('buy-deal')
      .click();
    const activationId = await firstOrderId(popup);
    await env.control.deliverSms(activationId, 'Your WhatsApp code: 482917', 'WhatsApp');
    await env.control.deliverSms(activationId, 'Telegram code: 75432', 'Telegram');

    const card = popup.getByTestId('order-card').first();
    await expect.poll(() => card.getByTestId('order-message').count(), { timeout: 15_000 }).toBe(2);
    const text = await card.textContent();
    expect(text).toContain('WhatsApp');
    expect(text).toContain('Telegram');
  });
});

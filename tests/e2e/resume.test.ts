import { describe, expect, it } from 'vitest';

import { firstOrderId, useExtension } from '../helpers/e2e';
import { VIRTUAL_SEED } from '../sandbox/catalog/virtual';

const env = useExtension({ balance: 1000 });

async function buyWhatsappGb() {
  const popup = await env.openPopup();
  await popup.getByRole('tab', { name: 'Virtual' }).click();
  await popup
    .locator(`[data-testid="service-row"][data-service-id="${VIRTUAL_SEED.whatsappServiceId}"]`)
    .click();
  await popup
    .locator('[data-testid="country-row"][data-country-code="GB"]')
    .getByTestId('buy-cheapest')
    .click();
  return { popup, activationId: await firstOrderId(popup) };
}

describe('an order outliving its service worker', () => {
  it('still gets its code when the worker is stopped while polling', async () => {
    const { popup, activationId } = await buyWhatsappGb();
    await popup.close();

    await env.stopWorker();
    await env.control.deliverSms(activationId, 'WhatsApp code: 246810');

    await expect
      .poll(() => env.notificationIds(), { timeout: 45_000, interval: 1000 })
      .toHaveLength(1);
    const again = await env.openPopup();
    await expect
      .poll(() => again.getByTestId('order-code').first().textContent())
      .toContain('246810');
  });

  it('resumes a pending order when the browser is reopened on the same profile', async () => {
    const { activationId } = await buyWhatsappGb();

    await env.relaunch();
    await env.control.deliverSms(activationId, 'WhatsApp code: 135790');

    const popup = await env.openPopup();
    await expect
      .poll(() => popup.getByTestId('order-code').first().textContent(), { timeout: 20_000 })
      .toContain('135790');
  });
});

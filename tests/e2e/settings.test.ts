import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { firstOrderId, useExtension } from '../helpers/e2e';
import { VIRTUAL_SEED } from '../sandbox/catalog/virtual';

const env = useExtension({ balance: 1000 });

async function buyAndReceive(code: string): Promise<number> {
  const popup = await env.openPopup();
  await popup.getByRole('tab', { name: 'Virtual' }).click();
  await popup
    .locator(`[data-testid="service-row"][data-service-id="${VIRTUAL_SEED.whatsappServiceId}"]`)
    .click();
  await popup
    .locator('[data-testid="country-row"][data-country-code="GB"]')
    .getByTestId('buy-cheapest')
    .click();
  const activationId = await firstOrderId(popup);
  await env.control.deliverSms(activationId, `WhatsApp code: ${code}`);
  await expect
    .poll(() => popup.getByTestId('order-code').first().textContent(), { timeout: 15_000 })
    .toContain(code);
  await popup.close();
  return activationId;
}

async function openOptions(section = 'settings') {
  const options = await env.browser.context.newPage();
  await options.goto(`chrome-extension://${env.browser.extensionId}/options.html#${section}`);
  return options;
}

describe('the settings page', () => {
  it('exports the history as CSV', async () => {
    const activationId = await buyAndReceive('482917');
    const options = await openOptions('history');

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export CSV' }).click(),
    ]);

    const csv = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^pale100-history-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.split('\r\n')[0]).toContain('activation_id');
    expect(csv).toContain(`virtual,${activationId},`);
    expect(csv).toContain('482917');
  });

  it('clears finished orders after one confirmation', async () => {
    await buyAndReceive('135790');
    const options = await openOptions('history');
    options.once('dialog', (dialog) => void dialog.accept());

    await options.getByRole('button', { name: 'Clear history' }).click();

    await options.getByText('1 finished order removed.').waitFor();
    const orders = await env.inExtension(() => chrome.storage.local.get('orders'), null);
    expect(Object.keys((orders as { orders: object }).orders)).toEqual([]);
  });

  it('switches to the sandbox address with its preset and warns about it', async () => {
    const options = await openOptions();

    await options.getByRole('button', { name: 'Sandbox on this computer' }).click();

    expect(await options.getByLabel('API address').inputValue()).toBe(
      'http://127.0.0.1:8787/api/v2',
    );
    await options.getByText('Not the official pale100 address').waitFor();
    await options.getByRole('button', { name: 'Official address' }).click();
    expect(await options.getByText('Not the official pale100 address').count()).toBe(0);
  });
});

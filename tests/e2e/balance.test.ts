import { describe, expect, it } from 'vitest';

import { buyWhatsappNumber, useExtension } from '../helpers/e2e';
import { LICENSE_SEED } from '../sandbox/catalog/license';

const env = useExtension({ balance: 1000 });

describe('the balance', () => {
  it('is the same in the popup and the options page after a purchase and a refund', async () => {
    const popup = await env.openPopup();
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html#licenses`);
    const shown = () =>
      Promise.all([
        popup.getByTestId('balance').textContent(),
        options.getByTestId('balance').textContent(),
      ]);
    await expect
      .poll(shown)
      .toEqual([expect.stringContaining('1.000,00'), expect.stringContaining('1.000,00')]);

    // A license bought on the options page: the popup, left open, follows.
    await options.getByRole('button', { name: 'Adobe', exact: true }).click();
    await options
      .locator(
        `[data-testid="license-product"][data-product-id="${LICENSE_SEED.automaticProductId}"]`,
      )
      .getByRole('button')
      .click();
    await options.getByTestId('spend').click();
    await options.getByTestId('spend-yes').click();
    await expect
      .poll(shown)
      .toEqual([expect.stringContaining('950,00'), expect.stringContaining('950,00')]);

    // A number bought and refunded in the popup: the options page follows.
    await buyWhatsappNumber(popup);
    await expect
      .poll(shown)
      .toEqual([expect.stringContaining('945,54'), expect.stringContaining('945,54')]);

    await env.control.advanceClock(150);
    const cancel = popup.getByTestId('order-card').first().getByTestId('cancel-order');
    await expect.poll(() => cancel.isEnabled(), { timeout: 15_000 }).toBe(true);
    await cancel.click();
    await expect
      .poll(shown)
      .toEqual([expect.stringContaining('950,00'), expect.stringContaining('950,00')]);
  });
});

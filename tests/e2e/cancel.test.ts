import { describe, expect, it } from 'vitest';

import { firstOrderId, useExtension } from '../helpers/e2e';
import { VIRTUAL_SEED } from '../sandbox/catalog/virtual';

const env = useExtension({ balance: 1000 });

describe('cancelling a virtual number', () => {
  it('waits out the first two minutes, refunds after them, and is gone after the window', async () => {
    const popup = await env.openPopup();
    await popup.getByRole('tab', { name: 'Virtual' }).click();
    await popup
      .locator(`[data-testid="service-row"][data-service-id="${VIRTUAL_SEED.whatsappServiceId}"]`)
      .click();
    const country = popup.locator('[data-testid="country-row"][data-country-code="GB"]');
    await country.getByTestId('buy-cheapest').click();
    await firstOrderId(popup);
    const card = popup.getByTestId('order-card').first();
    const cancel = card.getByTestId('cancel-order');
    const key = (await card.getAttribute('data-order-key'))!;

    expect(await cancel.isDisabled()).toBe(true);
    expect(await cancel.textContent()).toMatch(/\d:\d\d/);
    const early = await popup.evaluate(
      (orderKey) => chrome.runtime.sendMessage({ type: 'cancelOrder', key: orderKey }),
      key,
    );
    expect(early).toMatchObject({ ok: false, message: expect.stringMatching(/kalan: \d+s/) });

    await env.control.advanceClock(150);
    await expect.poll(() => cancel.isEnabled(), { timeout: 15_000 }).toBe(true);
    await cancel.click();
    await expect
      .poll(() => popup.getByTestId('order-refund').first().textContent())
      .toContain('4,46');
    await expect.poll(() => popup.getByTestId('balance').textContent()).toContain('1.000,00');

    await country.getByTestId('buy-cheapest').click();
    await expect.poll(() => popup.getByTestId('order-card').count()).toBe(1);
    await env.control.advanceClock(16 * 60);
    await expect
      .poll(() => popup.getByTestId('order-card').first().getByTestId('cancel-order').count(), {
        timeout: 15_000,
      })
      .toBe(0);
  });
});

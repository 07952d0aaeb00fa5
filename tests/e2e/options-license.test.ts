import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { useExtension } from '../helpers/e2e';
import { LICENSE_SEED } from '../sandbox/catalog/license';

const env = useExtension({ balance: 1000 });

interface SandboxLicenseOrder {
  order_id: number;
  product_id: number;
  order_status: string;
  delivery_data: string | null;
}

async function sandboxLicenseOrders(): Promise<SandboxLicenseOrder[]> {
  const response = await fetch(`${env.sandbox.origin}/__sandbox/state`);
  const state = (await response.json()) as { licenseOrders: SandboxLicenseOrder[] };
  return state.licenseOrders;
}

async function purchases() {
  return (await env.control.requests()).filter(
    (request) => request.section.includes('lisans') && request.action === 'purchase',
  );
}

async function openLicenses(): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options.html#licenses`);
  return page;
}

function productRow(page: Page, productId: number) {
  return page.locator(`[data-testid="license-product"][data-product-id="${productId}"]`);
}

/** Opens a product of a category by clicking through the catalog. */
async function openProduct(page: Page, category: string, productId: number): Promise<void> {
  await page.getByRole('button', { name: category, exact: true }).click();
  await productRow(page, productId).getByRole('button').click();
  await page.getByTestId('license-detail').getByRole('heading').waitFor();
}

async function confirmPurchase(page: Page): Promise<void> {
  await page.getByTestId('spend').click();
  await page.getByTestId('spend-yes').click();
}

describe('the licenses section', () => {
  it('buys an automatic delivery and keeps it hidden until revealed', async () => {
    const page = await openLicenses();
    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('1.000,00');
    await openProduct(page, 'Adobe', LICENSE_SEED.automaticProductId);

    await confirmPurchase(page);

    const outcome = page.getByTestId('purchase-outcome');
    const reveal = outcome.getByRole('button', { name: /Reveal delivery/ });
    await reveal.waitFor();
    expect(await outcome.getByTestId('delivery-data').count()).toBe(0);
    expect(await reveal.getAttribute('aria-pressed')).toBe('false');

    await reveal.click();

    const [delivered] = await sandboxLicenseOrders();
    expect(delivered?.delivery_data).toBeTruthy();
    expect(await outcome.getByTestId('delivery-data').textContent()).toBe(delivered?.delivery_data);
    const hide = outcome.getByRole('button', { name: /Hide delivery/ });
    expect(await hide.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('950,00');
    expect(await purchases()).toHaveLength(1);
  });

  it('refuses missing required fields in the page, then sends the filled ones', async () => {
    const page = await openLicenses();
    await openProduct(page, 'Office', LICENSE_SEED.requiredFieldsProductId);

    await page.getByLabel('E-posta Adresiniz').fill('ali@example.com');
    await page.getByTestId('spend').click();

    const firstName = page.getByLabel('Ad', { exact: true });
    expect(await firstName.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Ad is required.').waitFor();
    expect(await page.getByTestId('spend-yes').count()).toBe(0);
    expect(await purchases()).toHaveLength(0);

    await firstName.fill('Ali');
    await confirmPurchase(page);

    await page.getByTestId('purchase-outcome').getByText('Delivered').waitFor();
    const sent = await purchases();
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]?.params.fields ?? '{}')).toEqual({
      email: 'ali@example.com',
      first_name: 'Ali',
    });
  });

  it('shows a manual delivery as pending until the worker sees it delivered', async () => {
    const page = await openLicenses();
    await openProduct(page, 'Office', LICENSE_SEED.manualProductId);
    await page.getByLabel('E-posta Adresiniz').fill('okul@example.com');
    await page.getByLabel('Kurum Kodu').fill('TR-4411');

    await confirmPurchase(page);

    await page.getByTestId('delivery-pending').waitFor();
    const placed = page.getByTestId('purchase-outcome').locator('[data-order-id]');
    const orderId = Number(await placed.getAttribute('data-order-id'));
    expect(orderId).toBeGreaterThan(0);
    expect(await placed.getByTestId('order-status').textContent()).toBe('Pending');

    await env.control.advanceClock(240);

    await expect
      .poll(() => env.notificationIds(), { timeout: 30_000, interval: 500 })
      .toContain(`license:${orderId}`);
    await expect
      .poll(() => placed.getByTestId('order-status').textContent(), { timeout: 5_000 })
      .toBe('Delivered');
    const row = page.locator(`[data-testid="license-order"][data-order-id="${orderId}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('success');
    expect(await page.getByTestId('delivery-pending').count()).toBe(0);
  });

  it('pages a large category, filters by stock, and cannot buy what is out of stock', async () => {
    const page = await openLicenses();
    await page.getByRole('button', { name: 'Geliştirici Araçları', exact: true }).click();
    const rows = page.getByTestId('license-product');
    const where = page
      .getByRole('navigation', { name: 'Products pages' })
      .getByTestId('pager-where');
    await expect.poll(() => where.textContent()).toBe('Page 1 of 3');
    const firstOnPageOne = await rows.first().getAttribute('data-product-id');

    await page
      .getByRole('navigation', { name: 'Products pages' })
      .getByTestId('pager-next')
      .click();

    await expect.poll(() => where.textContent()).toBe('Page 2 of 3');
    await expect.poll(() => rows.first().getAttribute('data-product-id')).not.toBe(firstOnPageOne);
    const listed = (await env.control.requests()).filter((r) => r.action === 'getProducts');
    expect(listed.at(-1)?.params).toMatchObject({ category_id: '30', page: '2' });

    await page.getByRole('button', { name: 'Office', exact: true }).click();
    const soldOut = productRow(page, LICENSE_SEED.outOfStockProductId);
    await soldOut.getByText('Out of stock').waitFor();
    await page.getByLabel('In stock only').check();
    await expect.poll(() => soldOut.count()).toBe(0);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const filtered = (await env.control.requests()).filter((r) => r.action === 'getProducts');
    expect(filtered.at(-1)?.params).toMatchObject({ category_id: '16', in_stock_only: '1' });

    await page.getByLabel('In stock only').uncheck();
    await soldOut.getByRole('button').click();
    await page
      .getByTestId('purchase-refusal')
      .getByText(/Out of stock/)
      .waitFor();
    expect(await page.getByTestId('spend').isDisabled()).toBe(true);
    expect(await page.getByTestId('spend-yes').count()).toBe(0);
    expect(await purchases()).toHaveLength(0);
  });

  it('sends one purchase for a double click on the confirm button', async () => {
    const page = await openLicenses();
    await openProduct(page, 'Adobe', LICENSE_SEED.automaticProductId);
    await page.getByTestId('spend').click();
    await page.getByTestId('spend-yes').waitFor();

    // Two clicks before the page can redraw: the second must not buy again.
    await page.getByTestId('spend-yes').evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });

    await page.getByTestId('purchase-outcome').waitFor();
    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('950,00');
    expect(await purchases()).toHaveLength(1);
    expect(await sandboxLicenseOrders()).toHaveLength(1);
  });
});

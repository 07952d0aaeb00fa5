import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { useExtension } from '../helpers/e2e';
import { SMM_SEED } from '../sandbox/catalog/smm';

const env = useExtension({ balance: 1000 });

interface SandboxSmmOrder {
  order_id: number;
  service_id: number;
  link: string;
  quantity: number;
  comments: string | null;
  extras: string[];
  total_price_tl: number;
  order_status: string;
}

async function sandboxOrders(): Promise<SandboxSmmOrder[]> {
  const response = await fetch(`${env.sandbox.origin}/__sandbox/state`);
  return ((await response.json()) as { smmOrders: SandboxSmmOrder[] }).smmOrders;
}

async function placeOrderRequests() {
  return (await env.control.requests()).filter(
    (request) => request.section === 'smm' && request.action === 'placeOrder',
  );
}

async function openSmm(): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options.html#smm`);
  await expect.poll(() => page.getByTestId('balance').textContent()).toContain('1.000,00');
  return page;
}

async function chooseService(page: Page, serviceId: number, category?: string): Promise<void> {
  if (category) await page.getByRole('button', { name: category, exact: true }).click();
  await page.locator(`[data-testid="smm-service"][data-service-id="${serviceId}"]`).click();
  await page.getByTestId('smm-detail').waitFor();
}

/** Confirms the order and gives the id the page shows for it. */
async function confirmOrder(page: Page, click: 'click' | 'dblclick' = 'click'): Promise<number> {
  await page.getByTestId('spend').click();
  await page.getByTestId('spend-yes')[click]();
  const id = await page.getByTestId('smm-placed-id').textContent();
  return Number((id ?? '').replace('#', ''));
}

describe('the SMM section of the options page', () => {
  it('places a link order through one confirmation and shows it in the list', async () => {
    const page = await openSmm();
    await chooseService(page, SMM_SEED.linkServiceId);

    await page.getByLabel('Link').fill('https://x.com/elonmusk/status/20503');
    await page.getByLabel(/^Quantity/).fill('1000');
    expect(await page.getByTestId('smm-total').textContent()).toContain('1,50');
    const orderId = await confirmOrder(page, 'dblclick');

    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('998,50');
    await page.locator(`[data-testid="smm-order"][data-order-id="${orderId}"]`).waitFor();
    const sent = await placeOrderRequests();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.params).toMatchObject({
      service_id: String(SMM_SEED.linkServiceId),
      link: 'https://x.com/elonmusk/status/20503',
      quantity: '1000',
    });
    expect(sent[0]?.params).not.toHaveProperty('extras');
    expect(await page.getByLabel('Link').inputValue()).toBe('');
  });

  it('orders for a username', async () => {
    const page = await openSmm();
    await chooseService(page, SMM_SEED.usernameServiceId, 'Instagram');

    await page.getByLabel('Username').fill('pale100shop');
    await page.getByLabel(/^Quantity/).fill('100');
    const orderId = await confirmOrder(page);

    await expect
      .poll(() => page.getByTestId('smm-placed').getByTestId('smm-status').textContent())
      .toContain('pending');
    const sent = await placeOrderRequests();
    expect(sent.map((request) => request.params)).toEqual([
      expect.objectContaining({ link: 'pale100shop', quantity: '100' }),
    ]);
    expect(await sandboxOrders()).toEqual([
      expect.objectContaining({ order_id: orderId, link: 'pale100shop', total_price_tl: 12 }),
    ]);
    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('988,00');
  });

  it('counts custom comments from their lines and sends them as comments', async () => {
    const page = await openSmm();
    await chooseService(page, SMM_SEED.customCommentsServiceId);
    const comments = page.getByLabel('Comments (one a line)');
    await page.getByLabel('Link').fill('https://x.com/pale100/status/1');

    // Service 11 takes five comments at least, like the sandbox.
    await comments.fill('Harika\n\nÇok iyi\n  Süper  \n');
    expect(await page.getByTestId('smm-comment-count').textContent()).toContain('Quantity: 3');
    expect(await page.getByTestId('smm-error-comments').textContent()).toContain('5 – 100');
    expect(await page.getByTestId('spend').isDisabled()).toBe(true);

    await chooseService(page, 22, 'Instagram');
    await page.getByLabel('Link').fill('https://www.instagram.com/p/abc');
    await comments.fill('Harika\n\nÇok iyi\n  Süper  \n');
    expect(await page.getByTestId('smm-comment-count').textContent()).toContain('Quantity: 3');
    expect(await page.getByTestId('smm-total').textContent()).toContain('5,25');
    await confirmOrder(page);

    const sent = await placeOrderRequests();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.params.comments).toBe('Harika\nÇok iyi\nSüper');
    expect(sent[0]?.params).not.toHaveProperty('quantity');
    expect((await sandboxOrders())[0]).toMatchObject({ quantity: 3, total_price_tl: 5.25 });
  });

  it('refuses a wrong quantity, a link that is no address and a short balance before charging', async () => {
    const page = await openSmm();
    await chooseService(page, SMM_SEED.extrasServiceId);

    await page.getByLabel('Link').fill('x.com/elonmusk');
    await page.getByLabel(/^Quantity/).fill('50');
    expect(await page.getByTestId('smm-error-target').textContent()).toContain('http');
    expect(await page.getByTestId('smm-error-quantity').textContent()).toContain('100 – 2500');
    await page.getByLabel(/^Quantity/).fill('150.5');
    expect(await page.getByTestId('smm-error-quantity').textContent()).toContain('whole number');
    expect(await page.getByTestId('spend').isDisabled()).toBe(true);

    await env.control.setBalance(10);
    await page.getByRole('button', { name: 'Refresh balance' }).click();
    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('10,00');
    await page.getByLabel('Link').fill('https://x.com/elonmusk/status/1');
    await page.getByLabel(/^Quantity/).fill('100');
    await expect
      .poll(() => page.getByTestId('smm-error-balance').textContent())
      .toContain('₺9,84 more');
    expect(await page.getByTestId('spend').isDisabled()).toBe(true);

    expect(await placeOrderRequests()).toEqual([]);
    expect(await sandboxOrders()).toEqual([]);
    expect(await page.getByTestId('balance').textContent()).toContain('10,00');
  });

  it('charges an extra per unit and shows the total the service charges', async () => {
    const page = await openSmm();
    await chooseService(page, SMM_SEED.extrasServiceId);

    await page.getByLabel('Link').fill('https://x.com/elonmusk/status/20503');
    await page.getByLabel(/^Quantity/).fill('100');
    expect(await page.getByTestId('smm-total').textContent()).toContain('19,84');
    await page.getByLabel(/^\+Favoriye Ekleme/).check();
    const shown = await page.getByTestId('smm-total').textContent();
    expect(shown).toContain('119,84');
    await confirmOrder(page);

    const [order] = await sandboxOrders();
    expect(order?.extras).toEqual(['+Favoriye Ekleme']);
    expect(shown).toContain(order?.total_price_tl.toFixed(2).replace('.', ','));
    const sent = await placeOrderRequests();
    expect(JSON.parse(sent[0]?.params.extras ?? '[]')).toEqual([{ name: '+Favoriye Ekleme' }]);
    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('880,16');
  });

  it('refreshes an order as it is delivered', async () => {
    const page = await openSmm();
    await chooseService(page, SMM_SEED.linkServiceId);
    await page.getByLabel('Link').fill('https://x.com/elonmusk/status/7');
    await page.getByLabel(/^Quantity/).fill('1000');
    const orderId = await confirmOrder(page);

    const row = page.locator(`[data-testid="smm-order"][data-order-id="${orderId}"]`);
    await row.getByRole('button', { expanded: false }).click();
    const progress = row.getByRole('progressbar');
    await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('0');
    expect(await row.getByTestId('smm-remains').textContent()).toBe('1000');

    await env.control.advanceClock(60 + 300);
    await row.getByRole('button', { name: 'Refresh' }).click();
    // Sandbox time also runs on by itself, so a little more than half may be delivered.
    await expect
      .poll(async () => Number(await progress.getAttribute('aria-valuenow')))
      .toBeGreaterThanOrEqual(50);
    const remains = Number(await row.getByTestId('smm-remains').textContent());
    expect(remains).toBeLessThanOrEqual(500);
    expect(remains).toBeGreaterThan(400);
    expect(await progress.getAttribute('aria-valuenow')).toBe(
      String(Math.round((1000 - remains) / 10)),
    );
    expect(await row.getByTestId('smm-start-count').textContent()).toMatch(/^\d+$/);

    await env.control.advanceClock(600);
    await row.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('100');
    expect(
      await row.getByTestId('smm-order-detail').getByTestId('smm-status').textContent(),
    ).toContain('completed');
  });

  it('sends one order for two clicks on the confirm button', async () => {
    const page = await openSmm();
    await chooseService(page, SMM_SEED.linkServiceId);
    await page.getByLabel('Link').fill('https://x.com/elonmusk/status/8');
    await page.getByLabel(/^Quantity/).fill('100');
    await page.getByTestId('spend').click();

    // Both clicks land before the page redraws, as a fast double click can.
    await page.getByTestId('spend-yes').evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });

    await page.getByTestId('smm-placed').waitFor();
    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('999,85');
    expect(await placeOrderRequests()).toHaveLength(1);
    expect(await sandboxOrders()).toHaveLength(1);
  });
});

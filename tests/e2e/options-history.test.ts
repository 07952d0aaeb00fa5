import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { LicenseOrder, SmmOrder } from '@/utils/api';
import { formatMoney } from '../../utils/format';
import type { Result, ShopOutcome } from '@/utils/messages';

import { buyWhatsappNumber, useExtension } from '../helpers/e2e';
import { LICENSE_SEED } from '../sandbox/catalog/license';
import { SMM_SEED } from '../sandbox/catalog/smm';

const env = useExtension({ balance: 1000 });

const TWO_DAYS_SEC = 2 * 24 * 60 * 60;

async function buyAndReceive(code: string): Promise<number> {
  const popup = await env.openPopup();
  const activationId = await buyWhatsappNumber(popup);
  await env.control.deliverSms(activationId, `WhatsApp code: ${code}`);
  await expect
    .poll(() => popup.getByTestId('order-code').first().textContent(), { timeout: 15_000 })
    .toContain(code);
  await popup.close();
  return activationId;
}

/** Asks the worker as the SMM and license pages do, and answers the order it placed. */
async function placed<T>(message: object): Promise<T> {
  const answer = await env.inExtension(
    (msg) => chrome.runtime.sendMessage(msg) as Promise<Result<ShopOutcome<T>>>,
    message,
  );
  if (!answer.ok || answer.value.kind !== 'placed') {
    throw new Error(`not placed: ${JSON.stringify(answer)}`);
  }
  return answer.value.order;
}

function placeSmmOrder(): Promise<SmmOrder> {
  return placed<SmmOrder>({
    type: 'placeSmmOrder',
    purchaseId: crypto.randomUUID(),
    params: { service_id: SMM_SEED.linkServiceId, link: 'https://x.com/a/status/1', quantity: 100 },
  });
}

function buyLicense(): Promise<LicenseOrder> {
  return placed<LicenseOrder>({
    type: 'buyLicense',
    purchaseId: crypto.randomUUID(),
    params: { product_id: LICENSE_SEED.automaticProductId },
  });
}

async function openHistory(): Promise<Page> {
  const options = await env.browser.context.newPage();
  await options.goto(`chrome-extension://${env.browser.extensionId}/options.html#history`);
  return options;
}

/** The keys of the rows the table shows, top to bottom. */
function shownKeys(options: Page): Promise<string[]> {
  return options
    .getByTestId('history-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key') ?? ''));
}

async function expectShown(options: Page, keys: string[], spentTl: number): Promise<void> {
  await expect.poll(() => shownKeys(options)).toEqual(keys);
  expect(await options.getByTestId('history-total').textContent()).toBe(formatMoney(spentTl));
}

/** A virtual number on day D, an SMM order on day D+2 and a license on day D+4. */
async function orderOneOfEach() {
  const activationId = await buyAndReceive('482917');
  const stored = await env.inExtension(() => chrome.storage.local.get('orders'), null);
  const numberOrder = (stored as { orders: Record<string, { priceTl: number }> }).orders[
    `virtual:${activationId}`
  ];
  await env.control.advanceClock(TWO_DAYS_SEC);
  const smm = await placeSmmOrder();
  await env.control.advanceClock(TWO_DAYS_SEC);
  const license = await buyLicense();
  return {
    number: `virtual:${activationId}`,
    activationId,
    numberPrice: numberOrder?.priceTl ?? Number.NaN,
    smm: `smm:${smm.order_id}`,
    smmOrder: smm,
    license: `license:${license.order_id}`,
    licenseOrder: license,
  };
}

describe('the history page', () => {
  it('filters the orders of every product by product, status, date and search', async () => {
    const bought = await orderOneOfEach();
    const { numberPrice, smmOrder, licenseOrder } = bought;
    const options = await openHistory();

    const all = [bought.license, bought.smm, bought.number];
    const everything = numberPrice + smmOrder.total_price_tl + licenseOrder.amount_tl;
    await expectShown(options, all, everything);
    await options.getByText('3 orders').waitFor();

    await options.getByLabel('Product').selectOption('smm');
    await expectShown(options, [bought.smm], smmOrder.total_price_tl);
    await options.getByLabel('Product').selectOption('license');
    await expectShown(options, [bought.license], licenseOrder.amount_tl);
    await options.getByLabel('Product').selectOption('all');

    // The SMM order is still being delivered; the code came and the license was delivered.
    await options.getByLabel('Status').selectOption('active');
    await expectShown(options, [bought.smm], smmOrder.total_price_tl);
    await options.getByLabel('Status').selectOption('done');
    await expectShown(
      options,
      [bought.license, bought.number],
      numberPrice + licenseOrder.amount_tl,
    );
    await options.getByLabel('Status').selectOption('refunded');
    await options.getByText('No orders match these filters.').waitFor();
    await options.getByLabel('Status').selectOption('all');

    const smmDay = await options.evaluate((iso) => {
      const date = new Date(iso);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    }, smmOrder.created_at);
    await options.getByLabel('From', { exact: true }).fill(smmDay);
    await expectShown(
      options,
      [bought.license, bought.smm],
      licenseOrder.amount_tl + smmOrder.total_price_tl,
    );
    await options.getByLabel('To', { exact: true }).fill(smmDay);
    await expectShown(options, [bought.smm], smmOrder.total_price_tl);
    await options.getByRole('button', { name: 'Show everything' }).click();
    await expectShown(options, all, everything);

    const search = options.getByRole('searchbox');
    await search.fill('x.com/a/status');
    await expectShown(options, [bought.smm], smmOrder.total_price_tl);
    await search.fill(String(bought.activationId));
    await expectShown(options, [bought.number], numberPrice);
    await search.fill(licenseOrder.product_name.slice(0, 5).toLowerCase());
    await expectShown(options, [bought.license], licenseOrder.amount_tl);
  });

  it('exports the shown history of every product as CSV', async () => {
    const bought = await orderOneOfEach();
    const options = await openHistory();
    await expect.poll(() => shownKeys(options)).toHaveLength(3);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export CSV' }).click(),
    ]);

    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(download.suggestedFilename()).toMatch(/^pale100-history-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(lines[0]).toContain('product,order_id,');
    expect(lines[0]).toContain('codes');
    expect(lines.filter((line) => line !== '')).toHaveLength(4);
    expect(csv).toContain(`virtual,${bought.activationId},`);
    expect(csv).toContain(`smm,${bought.smmOrder.order_id},`);
    expect(csv).toContain(`license,${bought.licenseOrder.order_id},`);
    expect(csv).toContain('482917');

    await options.getByLabel('Product').selectOption('smm');
    await expect.poll(() => shownKeys(options)).toEqual([bought.smm]);
    const [filtered] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const smmOnly = readFileSync((await filtered.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(smmOnly).toHaveLength(2);
    expect(smmOnly[1]).toMatch(new RegExp(`^smm,${bought.smmOrder.order_id},`));
  });

  it('clears finished orders after one confirmation and keeps the unfinished', async () => {
    const bought = await orderOneOfEach();
    const options = await openHistory();
    await expect.poll(() => shownKeys(options)).toHaveLength(3);
    let dialogs = 0;
    options.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.accept();
    });

    await options.getByRole('button', { name: 'Clear history' }).click();

    await options.getByText('2 finished orders removed.').waitFor();
    expect(dialogs).toBe(1);
    await expect.poll(() => shownKeys(options)).toEqual([bought.smm]);
    const orders = await env.inExtension(() => chrome.storage.local.get('orders'), null);
    expect(Object.keys((orders as { orders: object }).orders)).toEqual([]);
  });
});

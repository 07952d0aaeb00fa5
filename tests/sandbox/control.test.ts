// @vitest-environment node
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { VIRTUAL_SEED } from './catalog/virtual';
import { arrayField, numberField, useSandbox } from './harness';

const harness = useSandbox();

const buyVirtual = async () =>
  numberField(
    (
      await harness.api('sanal-smsonay', 'buyNumber', {
        operator_id: VIRTUAL_SEED.buyableOperatorId,
      })
    ).body,
    'activation_id',
  );

describe('control API', () => {
  it('answers 404 when an SMS goes to an unknown activation', async () => {
    const answer = await harness.control('sms', { activation_id: 1, text: 'code 1234' });

    expect(answer.status).toBe(404);
  });

  it('answers 409 when the activation no longer takes SMS', async () => {
    const id = await buyVirtual();
    await harness.control('sms', { activation_id: id, text: 'code 1234' });

    const second = await harness.control('sms', { activation_id: id, text: 'code 5678' });

    expect(second.status).toBe(409);
  });

  it('answers 400 when a virtual SMS carries no code', async () => {
    const id = await buyVirtual();

    const answer = await harness.control('sms', { activation_id: id, text: 'no digits here' });

    expect(answer.status).toBe(400);
  });

  it('reads and moves the sandbox clock', async () => {
    const before = Date.parse(String((await harness.control('clock')).body.now));

    const moved = await harness.control('clock', { advance_sec: 3600 });

    expect(Date.parse(String(moved.body.now)) - before).toBeGreaterThanOrEqual(3600 * 1000);
    expect(Date.parse(String(moved.body.now)) - before).toBeLessThan(3605 * 1000);
  });

  it('sets the balance', async () => {
    const answer = await harness.control('balance', { balance: 12.345 });

    expect(answer.body).toEqual({ balance: 12.35 });
    expect(await harness.balance()).toBe(12.35);
  });

  it('refuses a body that is not a JSON object', async () => {
    const response = await fetch(`${harness.sandbox.origin}/__sandbox/balance`, {
      method: 'POST',
      body: '[1]',
    });

    expect(response.status).toBe(400);
  });

  it('describes activations and orders in the state snapshot', async () => {
    const id = await buyVirtual();
    await harness.api('smm', 'placeOrder', {
      service_id: 1,
      link: 'https://x.com/a/status/1',
      quantity: 100,
    });
    await harness.api('lisans-bayi', 'purchase', { product_id: 1885200 });

    const state = (await harness.control('state')).body;

    expect(state.balance).toBe(945.39);
    expect(arrayField(state, 'activations')[0]).toMatchObject({
      activation_id: id,
      product: 'virtual',
      order_status: 'pending',
    });
    expect(arrayField(state, 'smmOrders')[0]).toMatchObject({
      order_id: 1280,
      total_price_tl: 0.15,
    });
    expect(arrayField(state, 'licenseOrders')[0]).toMatchObject({
      order_id: 1280,
      order_status: 'success',
    });
  });
});

describe('automatic SMS', () => {
  const auto = useSandbox({ autoSmsAfterSec: 0.05 });

  it('texts every new number a realistic code after the configured delay', async () => {
    const virtual = await auto.api('sanal-smsonay', 'buyNumber', {
      operator_id: VIRTUAL_SEED.buyableOperatorId,
    });
    const rental = await auto.api('numara-kiralama', 'buyNumber', {
      country_id: 78,
      duration_hours: 2,
    });

    await delay(250);

    const otp = await auto.api('sanal-smsonay', 'getOtp', {
      id: numberField(virtual.body, 'activation_id'),
    });
    const sms = await auto.api('numara-kiralama', 'getSms', {
      id: numberField(rental.body, 'activation_id'),
    });
    expect(otp.body).toMatchObject({
      order_status: 'received',
      otp: expect.stringMatching(/^\d{6}$/),
    });
    expect(arrayField(sms.body, 'messages')[0]).toMatchObject({
      from: 'WhatsApp',
      text: expect.stringMatching(/\d{6}/),
    });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { VIRTUAL_SEED } from './catalog/virtual';
import { apiUrl, arrayField, useSandbox } from './harness';

const harness = useSandbox();

const balanceUrl = () => apiUrl(harness.sandbox, 'smm', { action: 'getBalance' });
const buyUrl = () =>
  apiUrl(harness.sandbox, 'sanal-smsonay', {
    action: 'buyNumber',
    operator_id: VIRTUAL_SEED.buyableOperatorId,
  });
const activationCount = async () =>
  arrayField((await harness.control('state')).body, 'activations').length;

describe('faults', () => {
  it('delays the answer for a latency fault and then answers normally', async () => {
    await harness.control('faults', { kind: 'latency', ms: 300 });
    const startedAt = Date.now();

    const response = await fetch(balanceUrl());

    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(280);
    expect(await response.json()).toMatchObject({ status: 'success', balance: 1000 });
  });

  it('answers 500 with an HTML page for http500', async () => {
    await harness.control('faults', { kind: 'http500' });

    const response = await fetch(balanceUrl());

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<html>');
  });

  it('answers 200 with a body that is not JSON for malformed', async () => {
    await harness.control('faults', { kind: 'malformed' });

    const response = await fetch(balanceUrl());

    const text = await response.text();
    expect(response.status).toBe(200);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('answers JSON of the wrong shape for invalid, without performing the action', async () => {
    await harness.control('faults', { kind: 'invalid', section: 'virtual', action: 'buyNumber' });

    const response = await fetch(buyUrl(), { method: 'POST' });

    expect(await response.json()).toEqual({ status: 'success', balance: 'n/a' });
    expect(await activationCount()).toBe(0);
  });

  it('drops the connection without performing the action for drop', async () => {
    await harness.control('faults', { kind: 'drop' });

    const attempt = fetch(buyUrl(), { method: 'POST' });

    await expect(attempt).rejects.toThrow();
    expect(await harness.balance()).toBe(1000);
    expect(await activationCount()).toBe(0);
  });

  it('charges and creates the order before dropping for drop_after_commit', async () => {
    await harness.control('faults', { kind: 'drop_after_commit', action: 'buyNumber' });

    const attempt = fetch(buyUrl(), { method: 'POST' });

    await expect(attempt).rejects.toThrow();
    expect(await harness.balance()).toBe(995.54);
    expect(await activationCount()).toBe(1);
  });

  it('charges, starts the answer and breaks it off for cut_after_commit', async () => {
    await harness.control('faults', { kind: 'cut_after_commit', action: 'buyNumber' });

    const response = await fetch(buyUrl(), { method: 'POST' });

    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(await harness.balance()).toBe(995.54);
    expect(await activationCount()).toBe(1);
  });

  it('hits only matching requests, count times', async () => {
    await harness.control('faults', { kind: 'http500', section: 'lisans-bayi', count: 2 });

    const smm = await fetch(balanceUrl());
    const first = await fetch(apiUrl(harness.sandbox, 'lisans-bayi', { action: 'getBalance' }));
    const second = await fetch(apiUrl(harness.sandbox, 'lisans-bayi', { action: 'getCategories' }));
    const third = await fetch(apiUrl(harness.sandbox, 'lisans-bayi', { action: 'getBalance' }));

    expect([smm.status, first.status, second.status, third.status]).toEqual([200, 500, 500, 200]);
  });

  it('forgets queued faults on DELETE', async () => {
    await harness.control('faults', { kind: 'http500', count: 3 });

    const cleared = await harness.control('faults', undefined, 'DELETE');

    expect(cleared.body).toEqual({ faults: [] });
    expect((await fetch(balanceUrl())).status).toBe(200);
  });

  it('refuses an unknown fault kind', async () => {
    const answer = await harness.control('faults', { kind: 'gremlins' });

    expect(answer.status).toBe(400);
  });
});

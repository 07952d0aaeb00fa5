// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { VIRTUAL_SEED } from './catalog/virtual';
import { apiUrl, arrayField, numberField, useSandbox } from './harness';
import { DEFAULT_API_KEY, startSandbox } from './server';

const harness = useSandbox();

describe('authentication and routing', () => {
  it('refuses a request without api_key with 401 and the documented message', async () => {
    const response = await fetch(`${harness.sandbox.apiBase}/smm?action=getBalance`);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      status: 'error',
      message: 'api_key parametresi zorunludur.',
    });
  });

  it('refuses a wrong api key with 401', async () => {
    const response = await fetch(`${harness.sandbox.apiBase}/smm?api_key=nope&action=getBalance`);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ status: 'error', message: 'Geçersiz API anahtarı.' });
  });

  it('answers 400 for an unknown or missing action', async () => {
    const unknown = await harness.api('smm', 'getEverything');
    const missing = await harness.api('smm', '');

    expect(unknown.status).toBe(400);
    expect(unknown.body.status).toBe('error');
    expect(missing.status).toBe(400);
  });

  it('answers 405 when an action is called with the other method', async () => {
    const getOnPost = await harness.api(
      'sanal-smsonay',
      'buyNumber',
      { operator_id: 64500 },
      'GET',
    );
    const postOnGet = await harness.api('lisans-bayi', 'getBalance', {}, 'POST');

    expect(getOnPost.status).toBe(405);
    expect(getOnPost.body).toMatchObject({ status: 'error' });
    expect(postOnGet.status).toBe(405);
    expect(await harness.balance()).toBe(1000);
  });

  it('answers 400 with a Turkish message for a missing or malformed parameter', async () => {
    const missing = await harness.api('sanal-smsonay', 'getRegions');
    const malformed = await harness.api('sanal-smsonay', 'getRegions', { service_id: 'abc' });

    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      status: 'error',
      message: 'service_id parametresi zorunludur.',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toBe('service_id parametresi geçerli bir tam sayı olmalıdır.');
  });

  it('answers 404 for an unknown section', async () => {
    const response = await fetch(apiUrl(harness.sandbox, 'nope', { action: 'getBalance' }));

    expect(response.status).toBe(404);
  });

  it('escapes slashes in JSON the way the PHP site does', async () => {
    const response = await fetch(
      apiUrl(harness.sandbox, 'sanal-smsonay', { action: 'getServices' }),
    );

    expect(await response.text()).toContain('"image_url":"\\/uploads\\/service_wa.webp"');
  });
});

describe('CORS', () => {
  it('answers a preflight with 204 and the allowed methods', async () => {
    const response = await fetch(`${harness.sandbox.apiBase}/smm`, {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'POST', Origin: 'chrome-extension://abc' },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET, POST');
    expect(response.headers.get('access-control-allow-methods')).toContain('OPTIONS');
  });

  it('allows any origin on API answers, errors and control answers', async () => {
    const answers = await Promise.all([
      fetch(apiUrl(harness.sandbox, 'smm', { action: 'getBalance' })),
      fetch(`${harness.sandbox.apiBase}/smm?action=getBalance`),
      fetch(`${harness.sandbox.origin}/__sandbox/clock`),
    ]);

    for (const answer of answers)
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('shared balance', () => {
  it('answers getBalance identically in all five sections', async () => {
    const sections = [
      'sanal-smsonay',
      'fiziksel-smsonay',
      'numara-kiralama',
      'smm',
      'lisans-bayi',
    ] as const;

    const answers = await Promise.all(
      sections.map((section) => harness.api(section, 'getBalance')),
    );

    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        status: 'success',
        balance: 1000,
        currency: 'TRY',
        isReseller: false,
      });
    }
  });

  it('charges one account whichever section sells', async () => {
    await harness.api('sanal-smsonay', 'buyNumber', {
      operator_id: VIRTUAL_SEED.buyableOperatorId,
    });
    await harness.api('lisans-bayi', 'purchase', { product_id: 1885200 });

    const physical = await harness.api('fiziksel-smsonay', 'getBalance');

    expect(physical.body.balance).toBe(945.54);
  });

  it('never lets concurrent purchases spend the same money twice', async () => {
    await harness.control('balance', { balance: 10 });
    const buy = () =>
      harness.api('sanal-smsonay', 'buyNumber', { operator_id: VIRTUAL_SEED.buyableOperatorId });

    const answers = await Promise.all(Array.from({ length: 6 }, buy));

    const bought = answers.filter((answer) => answer.body.status === 'success');
    expect(bought).toHaveLength(2);
    expect(await harness.balance()).toBe(1.08);
  });
});

describe('options, log and reset', () => {
  it('accepts its own api key and starting balance', async () => {
    const custom = await startSandbox({ apiKey: 'k-123', balance: 55.5 });

    const response = await fetch(`${custom.apiBase}/smm?api_key=k-123&action=getBalance`);
    await custom.close();

    expect(DEFAULT_API_KEY).toBe('sandbox-key');
    expect(custom.apiKey).toBe('k-123');
    expect(custom.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await response.json()).toMatchObject({ balance: 55.5 });
  });

  it('logs API requests with the api key hidden and leaves control requests out', async () => {
    await harness.api('sanal-smsonay', 'getRegions', { service_id: 1, sort: 'name' });
    await harness.control('clock');

    const log = arrayField((await harness.control('requests')).body, 'requests');

    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      method: 'GET',
      section: 'sanal-smsonay',
      action: 'getRegions',
      params: { api_key: '***', action: 'getRegions', service_id: '1', sort: 'name' },
    });
    expect(JSON.stringify(log)).not.toContain(harness.sandbox.apiKey);
  });

  it('clears the request log on DELETE', async () => {
    await harness.api('smm', 'getBalance');

    await harness.control('requests', undefined, 'DELETE');

    expect((await harness.control('requests')).body).toEqual({ requests: [] });
  });

  it('returns to the seeded state on reset', async () => {
    const bought = await harness.api('sanal-smsonay', 'buyNumber', { operator_id: 64540 });
    await harness.advanceClock(3600);
    await harness.control('faults', { kind: 'http500', count: 5 });

    await harness.control('reset', {});

    const state = (await harness.control('state')).body;
    const regions = await harness.api('sanal-smsonay', 'getRegions', {
      service_id: 1,
      search: 'KG',
    });
    const again = await harness.api('sanal-smsonay', 'buyNumber', { operator_id: 64540 });
    expect(bought.body.activation_id).toBe(54200);
    expect(state).toMatchObject({
      balance: 1000,
      activations: [],
      smmOrders: [],
      licenseOrders: [],
    });
    expect(JSON.stringify(regions.body)).toContain(
      '"operator_id":64540,"operator":"beeline","price_tl":11.2,"stock":1',
    );
    expect(numberField(again.body, 'activation_id')).toBe(54200);
    expect(Math.abs(Date.parse(String(state.now)) - Date.now())).toBeLessThan(5000);
  });
});

describe('the sandbox clock in HTTP headers', () => {
  const sandbox = useSandbox();

  it('dates every answer by its own clock and lets pages read it', async () => {
    await sandbox.advanceClock(3600);

    const response = await fetch(
      `${sandbox.sandbox.apiBase}/smm?api_key=${sandbox.sandbox.apiKey}&action=getBalance`,
    );

    const date = Date.parse(response.headers.get('date') ?? '');
    expect(date - Date.now()).toBeGreaterThan(3590_000);
    expect(response.headers.get('access-control-expose-headers')).toBe('Date');
  });
});

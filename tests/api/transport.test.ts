import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createApi } from '@/utils/api';
import {
  ApiError,
  HttpError,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
  UnexpectedResponseError,
  isAppError,
  toErrorData,
} from '@/utils/errors';

import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

const SECRET = 'secret-key-5f2a9c';
const BALANCE = '{"status":"success","balance":12.5,"currency":"TRY","isReseller":false}';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

beforeEach(() => {
  server.requests.length = 0;
});

afterAll(async () => {
  await server.close();
});

function api(options: { timeoutMs?: number } = {}) {
  return createApi({
    apiKey: SECRET,
    baseUrl: `${server.origin}/api/v2/`,
    readRetries: 2,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error,
  );
}

describe('the transport', () => {
  it('sends the key, the action and the parameters in the query string', async () => {
    server.answerWith({ body: '{"status":"success","activation_id":1,"refunded_tl":2}' });

    await api().virtual.cancelNumber({ id: 54210 });

    expect(server.requests).toEqual([
      {
        method: 'POST',
        url: `/api/v2/sanal-smsonay?api_key=${SECRET}&action=cancelNumber&id=54210`,
      },
    ]);
  });

  it('leaves out parameters that are not given', async () => {
    server.answerWith({
      body: '{"status":"success","page":1,"limit":25,"hasMore":false,"services":[]}',
    });

    await api().virtual.getServices({ page: 2, search: undefined });

    expect(server.requests[0]?.url).toBe(
      `/api/v2/sanal-smsonay?api_key=${SECRET}&action=getServices&page=2`,
    );
  });

  it('sends SMM extras and license fields as JSON strings', async () => {
    server.answerWith({ body: '{"status":"error","message":"x"}' });

    await failure(
      api().smm.placeOrder({ service_id: 10, link: 'a', quantity: 5, extras: [{ name: '+Fav' }] }),
    );
    await failure(api().license.purchase({ product_id: 7, fields: { email: 'a@b.c' } }));

    const [order, purchase] = server.requests.map((request) => new URL(request.url, server.origin));
    expect(order?.searchParams.get('extras')).toBe('[{"name":"+Fav"}]');
    expect(purchase?.searchParams.get('fields')).toBe('{"email":"a@b.c"}');
  });

  it("gives the server's own message for status error, even with a 4xx status", async () => {
    server.answerWith({
      status: 401,
      body: '{"status":"error","message":"Geçersiz API anahtarı."}',
    });

    const error = await failure(api().smm.getBalance());

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Geçersiz API anahtarı.');
  });

  it('reads the amount an insufficient balance needs', async () => {
    server.answerWith({
      body: '{"status":"error","message":"Bakiyeniz yetersiz. Gerekli: 2007.00"}',
    });

    const error = await failure(api().rental.buyNumber({ country_id: 43, duration_hours: 4 }));

    expect(toErrorData(error)).toMatchObject({ code: 'api', requiredAmount: 2007 });
  });

  it('tells a body that is not JSON from one of the wrong shape', async () => {
    server.answerWith({ body: '<html>Bad gateway</html>' });
    const malformed = await failure(api().virtual.getBalance());
    server.answerWith({ body: '{"status":"success","balance":"plenty"}' });
    const unexpected = await failure(api().virtual.getBalance());

    expect(malformed).toBeInstanceOf(MalformedResponseError);
    expect(unexpected).toBeInstanceOf(UnexpectedResponseError);
    expect((unexpected as UnexpectedResponseError).issues.join()).toContain('balance');
  });

  it('retries a read a little after HTTP 500, then reports it', async () => {
    server.answerWith({ status: 500, body: 'oops' });

    const error = await failure(api().virtual.getBalance());

    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(500);
    expect(server.requests).toHaveLength(3);
  });

  it('never repeats an action that spends money', async () => {
    server.answerWith({ status: 503, body: 'busy' });

    await failure(api().virtual.buyNumber({ service_id: 1, country_code: 'TR' }));
    await failure(api().smm.placeOrder({ service_id: 1, link: 'https://x.com/a', quantity: 10 }));
    await failure(api().license.purchase({ product_id: 1 }));
    await failure(api().physical.cancelNumber({ id: 1 }));

    expect(server.requests.map((request) => request.method)).toEqual([
      'POST',
      'POST',
      'POST',
      'POST',
    ]);
  });

  it('marks a purchase whose connection dropped as of unknown outcome', async () => {
    server.answerWith({ body: '', drop: true });

    const error = await failure(api().physical.buyNumber({ service_id: 9, country_id: 11 }));

    expect(error).toBeInstanceOf(NetworkError);
    expect(toErrorData(error)).toMatchObject({ code: 'network', outcomeUnknown: true });
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after the time limit with a timeout error', async () => {
    server.answerWith({ body: BALANCE, delayMs: 400 });

    const error = await failure(api({ timeoutMs: 100 }).license.getBalance());

    expect(error).toBeInstanceOf(TimeoutError);
    expect(isAppError(error)).toBe(true);
  });

  it('never puts the API key in an error', async () => {
    const answers = [
      { status: 500, body: 'x' },
      { body: 'not json' },
      { body: '{"status":"success"}' },
      { body: '', drop: true },
      { status: 404, body: `<p>${SECRET}</p>` },
    ];

    for (const answer of answers) {
      server.answerWith(answer);
      const error = (await failure(api().virtual.getBalance())) as Error;

      const everything = `${error.message} ${error.stack} ${JSON.stringify(toErrorData(error))} ${String(error.cause)}`;
      expect(everything).not.toContain(SECRET);
    }
  });
});

describe("the service's clock", () => {
  it("is reported from each answer's Date header", async () => {
    server.answerWith({ body: BALANCE });
    const times: number[] = [];

    await createApi({
      apiKey: SECRET,
      baseUrl: server.origin,
      onServerTime: (t) => times.push(t),
    }).virtual.getBalance();

    expect(times).toHaveLength(1);
    expect(Math.abs(times[0]! - Date.now())).toBeLessThan(5000);
  });
});

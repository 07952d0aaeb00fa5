import { describe, expect, it } from 'vitest';

import {
  HttpError,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
  UnexpectedResponseError,
  toErrorData,
} from '@/utils/errors';

import { refusal, useClientSandbox } from '../helpers/client-sandbox';

const sb = useClientSandbox({ balance: 1000 });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error,
  );
}

describe('the client when the network misbehaves', () => {
  it('answers a wrong key with the server message', async () => {
    const error = await refusal(sb.client({ apiKey: 'not-my-key' }).virtual.getBalance());

    expect(error.message).toBe('Geçersiz API anahtarı.');
  });

  it('times out on a slow answer', async () => {
    await sb.control.fault({ kind: 'latency', ms: 1500, action: 'getBalance' });

    const error = await failure(sb.client({ timeoutMs: 300, readRetries: 0 }).smm.getBalance());

    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('gets past one HTTP 500 on a read by retrying it', async () => {
    await sb.control.fault({ kind: 'http500', action: 'getServices' });

    const answer = await sb.api.virtual.getServices();
    const log = await sb.control.requests();

    expect(answer.services.length).toBeGreaterThan(0);
    expect(log.filter((entry) => entry.action === 'getServices')).toHaveLength(2);
  });

  it('reports HTTP 500 on a purchase without retrying it', async () => {
    await sb.control.fault({ kind: 'http500', action: 'buyNumber' });

    const error = await failure(sb.api.virtual.buyNumber({ service_id: 1, country_code: 'GB' }));
    const log = await sb.control.requests();

    expect(error).toBeInstanceOf(HttpError);
    expect(log.filter((entry) => entry.action === 'buyNumber')).toHaveLength(1);
  });

  it('tells a malformed body from one of the wrong shape', async () => {
    await sb.control.fault({ kind: 'malformed', action: 'getBalance' });
    const malformed = await failure(sb.api.virtual.getBalance());
    await sb.control.fault({ kind: 'invalid', action: 'getBalance' });
    const invalid = await failure(sb.api.virtual.getBalance());

    expect(malformed).toBeInstanceOf(MalformedResponseError);
    expect(invalid).toBeInstanceOf(UnexpectedResponseError);
  });

  it('reports a dropped connection as a network error', async () => {
    await sb.control.fault({ kind: 'drop', action: 'getOtp', count: 3 });

    const error = await failure(sb.api.virtual.getOtp({ id: 1 }));

    expect(error).toBeInstanceOf(NetworkError);
  });

  it('charges once when a purchase is carried out but its answer is lost', async () => {
    await sb.control.fault({ kind: 'drop_after_commit', action: 'buyNumber' });

    const error = await failure(sb.api.virtual.buyNumber({ service_id: 1, country_code: 'GB' }));
    const { items } = await sb.api.virtual.getActivations();
    const { balance } = await sb.api.virtual.getBalance();
    const log = await sb.control.requests();

    expect(toErrorData(error)).toMatchObject({ code: 'network', outcomeUnknown: true });
    expect(items).toHaveLength(1);
    expect(balance).toBeCloseTo(1000 - items[0]!.price_tl);
    expect(log.filter((entry) => entry.action === 'buyNumber')).toHaveLength(1);
  });

  it('keeps the key out of the request log', async () => {
    await sb.api.virtual.getBalance();

    const [entry] = await sb.control.requests();

    expect(entry?.params.api_key).toBe('***');
  });
});

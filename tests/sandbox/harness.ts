/** Test helpers: one sandbox per test file, reset before each test, real fetch. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Json, JsonObject } from './reply';
import { startSandbox, type Sandbox, type SandboxOptions } from './server';

export type Section =
  'sanal-smsonay' | 'fiziksel-smsonay' | 'numara-kiralama' | 'smm' | 'lisans-bayi';

export interface JsonResponse {
  status: number;
  body: JsonObject;
}

export interface Harness {
  readonly sandbox: Sandbox;
  /** Calls an action; POST for the documented POST actions, parameters in the query. */
  api(
    section: Section,
    action: string,
    params?: Record<string, string | number>,
    method?: string,
  ): Promise<JsonResponse>;
  control(path: string, body?: JsonObject, method?: string): Promise<JsonResponse>;
  advanceClock(seconds: number): Promise<void>;
  balance(): Promise<number>;
}

const POST_ACTIONS = new Set(['buyNumber', 'cancelNumber', 'placeOrder', 'purchase']);

function asObject(value: unknown): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Expected a JSON object, got ${JSON.stringify(value)}`);
  }

  const object: JsonObject = {};
  for (const [key, entry] of Object.entries(value)) object[key] = entry as Json;
  return object;
}

/** Builds an API URL with the key first, the way the docs' examples do. */
export function apiUrl(sandbox: Sandbox, section: string, params: Record<string, string | number>) {
  const query = new URLSearchParams({ api_key: sandbox.apiKey });
  for (const [name, value] of Object.entries(params)) query.set(name, String(value));
  return `${sandbox.apiBase}/${section}?${query.toString()}`;
}

async function callApi(
  sandbox: Sandbox,
  section: Section,
  action: string,
  params: Record<string, string | number> = {},
  method = POST_ACTIONS.has(action) ? 'POST' : 'GET',
): Promise<JsonResponse> {
  const response = await fetch(apiUrl(sandbox, section, { action, ...params }), { method });
  return { status: response.status, body: asObject(await response.json()) };
}

async function callControl(
  sandbox: Sandbox,
  path: string,
  body?: JsonObject,
  method = body === undefined ? 'GET' : 'POST',
): Promise<JsonResponse> {
  const response = await fetch(`${sandbox.origin}/__sandbox/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: asObject(await response.json()) };
}

/** Starts a sandbox for the file and resets it before every test. */
export function useSandbox(options: SandboxOptions = {}): Harness {
  let current: Sandbox | undefined;
  const sandbox = (): Sandbox => {
    if (current === undefined) throw new Error('Sandbox not started');
    return current;
  };

  const harness: Harness = {
    get sandbox() {
      return sandbox();
    },
    api: (...args) => callApi(sandbox(), ...args),
    control: (...args) => callControl(sandbox(), ...args),
    advanceClock: async (seconds) => {
      await callControl(sandbox(), 'clock', { advance_sec: seconds });
    },
    balance: async () => numberField((await harness.api('smm', 'getBalance')).body, 'balance'),
  };

  beforeAll(async () => {
    current = await startSandbox(options);
  });
  beforeEach(async () => {
    await callControl(sandbox(), 'reset', {});
  });
  afterAll(async () => {
    await current?.close();
  });

  return harness;
}

export function numberField(object: JsonObject, name: string): number {
  const value = object[name];
  if (typeof value !== 'number')
    throw new Error(`${name} is not a number: ${JSON.stringify(object)}`);
  return value;
}

export function objectField(object: JsonObject, name: string): JsonObject {
  return asObject(object[name]);
}

export function arrayField(object: JsonObject, name: string): JsonObject[] {
  const value = object[name];
  if (!Array.isArray(value)) throw new Error(`${name} is not an array: ${JSON.stringify(object)}`);
  return value.map(asObject);
}

/** One sandbox per test file with a client for it, reset before each test. */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';

import { createApi, type ApiConfig, type Pale100Api } from '@/utils/api';
import { ApiError } from '@/utils/errors';

import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { createSandboxControl, type SandboxControl } from './sandbox-control';

export interface ClientSandbox {
  sandbox: Sandbox;
  control: SandboxControl;
  api: Pale100Api;
  /** Another client of the same sandbox, with other settings. */
  client(overrides: Partial<ApiConfig>): Pale100Api;
}

export function useClientSandbox(options: SandboxOptions = {}): ClientSandbox {
  const context = {} as ClientSandbox;

  beforeAll(async () => {
    context.sandbox = await startSandbox(options);
    context.control = createSandboxControl(context.sandbox.origin);
    context.client = (overrides) =>
      createApi({ apiKey: context.sandbox.apiKey, baseUrl: context.sandbox.apiBase, ...overrides });
    context.api = context.client({});
  });

  beforeEach(async () => {
    await context.control.reset();
  });

  afterAll(async () => {
    await context.sandbox?.close();
  });

  return context;
}

/** Waits for a refusal of the service and gives it back for a closer look. */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => expect.unreachable('the service should have refused'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);

  return error as ApiError;
}

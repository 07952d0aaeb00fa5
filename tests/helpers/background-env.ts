/**
 * The service worker's modules against a real sandbox, with WXT's fake browser for storage,
 * alarms, notifications and the badge. Each test gets fresh module state and a reset sandbox.
 */
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { createSandboxControl, type SandboxControl } from './sandbox-control';

type BackgroundModules = {
  purchase: typeof import('@/entrypoints/background/purchase');
  poller: typeof import('@/entrypoints/background/poller');
  cancel: typeof import('@/entrypoints/background/cancel');
  reconcile: typeof import('@/entrypoints/background/reconcile');
  store: typeof import('@/entrypoints/background/order-store');
  clock: typeof import('@/entrypoints/background/server-time');
  api: typeof import('@/entrypoints/background/api');
  storage: typeof import('@/utils/storage');
};

export interface BackgroundEnv {
  sandbox: Sandbox;
  control: SandboxControl;
  bg: BackgroundModules;
}

async function importFresh(): Promise<BackgroundModules> {
  vi.resetModules();
  return {
    purchase: await import('@/entrypoints/background/purchase'),
    poller: await import('@/entrypoints/background/poller'),
    cancel: await import('@/entrypoints/background/cancel'),
    reconcile: await import('@/entrypoints/background/reconcile'),
    store: await import('@/entrypoints/background/order-store'),
    clock: await import('@/entrypoints/background/server-time'),
    api: await import('@/entrypoints/background/api'),
    storage: await import('@/utils/storage'),
  };
}

export function useBackground(options: SandboxOptions = {}): BackgroundEnv {
  const env = {} as BackgroundEnv;

  beforeAll(async () => {
    env.sandbox = await startSandbox(options);
    env.control = createSandboxControl(env.sandbox.origin);
  });

  beforeEach(async () => {
    fakeBrowser.reset();
    await env.control.reset();
    env.bg = await importFresh();
    await fakeBrowser.storage.local.set({
      apiKey: env.sandbox.apiKey,
      settings: { baseUrl: env.sandbox.apiBase },
    });
    await env.bg.clock.loadServerClock();
  });

  afterEach(() => {
    env.bg.poller.stopPolling();
  });

  afterAll(async () => {
    await env.sandbox?.close();
  });

  return env;
}

/** Tells the worker's clock what time the sandbox says it is, as any answer would. */
export async function syncServerClock(env: BackgroundEnv): Promise<void> {
  await (await env.bg.api.getApi()).smm.getBalance();
}

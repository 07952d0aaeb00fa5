/**
 * The service worker's modules against a real sandbox, with WXT's fake browser for storage,
 * alarms, notifications and the badge. Each test gets fresh module state and a reset sandbox.
 */
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { createSandboxControl, type SandboxControl } from './sandbox-control';

import type * as Api from '@/entrypoints/background/api';
import type * as Balance from '@/entrypoints/background/balance';
import type * as Cancel from '@/entrypoints/background/cancel';
import type * as Store from '@/entrypoints/background/order-store';
import type * as Poller from '@/entrypoints/background/poller';
import type * as Purchase from '@/entrypoints/background/purchase';
import type * as Reconcile from '@/entrypoints/background/reconcile';
import type * as Clock from '@/entrypoints/background/server-time';
import type * as LicenseWatch from '@/entrypoints/background/license-watch';
import type * as Shop from '@/entrypoints/background/shop';
import type * as ShopStore from '@/entrypoints/background/shop-store';
import type * as Storage from '@/utils/storage';

interface BackgroundModules {
  purchase: typeof Purchase;
  poller: typeof Poller;
  cancel: typeof Cancel;
  reconcile: typeof Reconcile;
  store: typeof Store;
  clock: typeof Clock;
  api: typeof Api;
  storage: typeof Storage;
  shop: typeof Shop;
  shopStore: typeof ShopStore;
  licenseWatch: typeof LicenseWatch;
  balance: typeof Balance;
}

export interface BackgroundEnv {
  sandbox: Sandbox;
  control: SandboxControl;
  bg: BackgroundModules;
}

async function importFresh(): Promise<BackgroundModules> {
  vi.resetModules();
  const modules = {
    purchase: await import('@/entrypoints/background/purchase'),
    poller: await import('@/entrypoints/background/poller'),
    cancel: await import('@/entrypoints/background/cancel'),
    reconcile: await import('@/entrypoints/background/reconcile'),
    store: await import('@/entrypoints/background/order-store'),
    clock: await import('@/entrypoints/background/server-time'),
    api: await import('@/entrypoints/background/api'),
    storage: await import('@/utils/storage'),
    shop: await import('@/entrypoints/background/shop'),
    shopStore: await import('@/entrypoints/background/shop-store'),
    licenseWatch: await import('@/entrypoints/background/license-watch'),
    balance: await import('@/entrypoints/background/balance'),
  };
  (await import('@/utils/i18n')).locale.value = 'en';
  return modules;
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
    env.bg.licenseWatch.stopWatching();
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

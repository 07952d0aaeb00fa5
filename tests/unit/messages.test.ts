import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { ApiError } from '@/utils/errors';
import {
  isContentRequest,
  serveBackgroundRequests,
  type BackgroundHandlers,
  type ShopRequest,
} from '@/utils/messages';

const SHOP_TYPES: ShopRequest['type'][] = [
  'smmCategories',
  'smmServices',
  'smmServiceDetail',
  'placeSmmOrder',
  'smmOrder',
  'smmOrders',
  'licenseCategories',
  'licenseSubcategories',
  'licenseProducts',
  'licenseProductDetail',
  'buyLicense',
  'licenseOrder',
  'licenseOrders',
];

const BALANCE = { status: 'success', balance: 5, currency: 'TRY', isReseller: false } as const;

function handlers(overrides: Partial<BackgroundHandlers> = {}): BackgroundHandlers {
  const unused = async (): Promise<never> => {
    throw new Error('not used here');
  };
  const unusedShop = Object.fromEntries(
    SHOP_TYPES.map((type) => [type, unused]),
  ) as unknown as Pick<BackgroundHandlers, ShopRequest['type']>;
  return {
    getBalance: async () => BALANCE,
    testApiKey: async () => BALANCE,
    loadCatalog: unused,
    buyNumber: unused,
    cancelOrder: unused,
    markCodesSeen: unused,
    fillActiveTab: unused,
    clearHistory: unused,
    ...unusedShop,
    ...overrides,
  };
}

const fromExtension = () => ({ id: fakeBrowser.runtime.id });

describe('requests to the service worker', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are answered with the value of their handler', async () => {
    serveBackgroundRequests(handlers());

    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getBalance' },
      fromExtension(),
    );

    expect(answer).toEqual({ ok: true, value: BALANCE });
  });

  it('come back as error data when the handler throws', async () => {
    serveBackgroundRequests(
      handlers({
        getBalance: async () => {
          throw new ApiError('getBalance', 'Geçersiz API anahtarı.');
        },
      }),
    );

    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getBalance' },
      fromExtension(),
    );

    expect(answer).toEqual({
      ok: false,
      code: 'api',
      message: 'Geçersiz API anahtarı.',
      outcomeUnknown: false,
    });
  });

  it('are ignored from another extension or of an unknown type', async () => {
    serveBackgroundRequests(handlers());

    const answers = await Promise.all([
      fakeBrowser.runtime.onMessage.trigger({ type: 'getBalance' }, { id: 'someone-else' }),
      fakeBrowser.runtime.onMessage.trigger({ type: 'stealKey' }, fromExtension()),
      fakeBrowser.runtime.onMessage.trigger('getBalance', fromExtension()),
    ]);

    expect(answers.flat()).toEqual([undefined, undefined, undefined]);
  });

  it('stop being answered once the server is stopped', async () => {
    const stop = serveBackgroundRequests(handlers());

    stop();
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getBalance' },
      fromExtension(),
    );

    expect(answers).toEqual([]);
  });
});

describe('requests to the content script', () => {
  it('are told apart from anything else', () => {
    expect(isContentRequest({ type: 'ping' })).toBe(true);
    expect(isContentRequest({ type: 'getBalance' })).toBe(false);
    expect(isContentRequest(null)).toBe(false);
  });
});

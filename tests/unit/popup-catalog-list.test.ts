import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createCatalogList } from '@/entrypoints/popup/catalog-list-model';
import type { VirtualService } from '@/utils/api';
import { catalogKey, type CatalogQuery } from '@/utils/catalog';
import type { BackgroundRequest, Result } from '@/utils/messages';
import { catalogCacheItem } from '@/utils/storage';

type ServicesPage = { services: VirtualService[]; hasMore: boolean };

const service = (id: number, name: string): VirtualService => ({
  service_id: id,
  name,
  image_url: null,
  min_price_tl: 4.46,
});

const page = (services: VirtualService[], hasMore = false) => ({
  status: 'success' as const,
  page: 1,
  limit: 25,
  hasMore,
  services,
});

const query = (search: string, pageNumber: number): CatalogQuery<'virtual.services'> => ({
  kind: 'virtual.services',
  params: { page: pageNumber, search: search || undefined },
});

function createList() {
  return createCatalogList({
    query,
    pick: (value: ServicesPage) => ({ items: value.services, hasMore: value.hasMore }),
    keyOf: (item) => item.service_id,
  });
}

/** Answers `loadCatalog` by page number; a missing page answers with the API's refusal. */
function answerCatalog(pages: Record<number, ReturnType<typeof page>>) {
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const request = message as BackgroundRequest;
    if (request.type !== 'loadCatalog') return undefined;

    const wanted = (request.query.params as { page: number }).page;
    const found = pages[wanted];
    const refusal: Result<never> = {
      ok: false,
      code: 'api',
      message: 'Geçersiz API anahtarı.',
      outcomeUnknown: false,
    };
    return found ? { ok: true, value: found } : refusal;
  });
}

async function cache(search: string, services: VirtualService[]) {
  const key = catalogKey(query(search, 1));
  await catalogCacheItem.setValue({ [key]: { savedAt: 0, value: page(services) } });
}

describe('a catalog list in the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('shows the cached copy while the service is asked, then its answer', async () => {
    await cache('', [service(1, 'WhatsApp')]);
    let release: (() => void) | undefined;
    fakeBrowser.runtime.onMessage.addListener(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ ok: true, value: page([service(2, 'Telegram')]) });
        }),
    );
    const list = createList();

    const loading = list.load('');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const whileUpdating = { items: list.items.value, status: list.status.value };
    release?.();
    await loading;

    expect(whileUpdating.items.map((item) => item.name)).toEqual(['WhatsApp']);
    expect(whileUpdating.status).toMatchObject({ kind: 'ready', updating: true });
    expect(list.items.value.map((item) => item.name)).toEqual(['Telegram']);
    expect(list.status.value).toEqual({ kind: 'ready', updating: false, staleError: null });
  });

  it("fails with the API's message when nothing is cached", async () => {
    answerCatalog({});
    const list = createList();

    await list.load('');

    expect(list.status.value).toMatchObject({
      kind: 'failed',
      error: { message: 'Geçersiz API anahtarı.' },
    });
  });

  it('keeps the cached copy when the refresh fails, and says so', async () => {
    await cache('', [service(1, 'WhatsApp')]);
    answerCatalog({});
    const list = createList();

    await list.load('');

    expect(list.items.value).toHaveLength(1);
    expect(list.status.value).toMatchObject({
      kind: 'ready',
      staleError: { message: 'Geçersiz API anahtarı.' },
    });
  });

  it('appends the next page on "load more", without repeating a row', async () => {
    answerCatalog({
      1: page([service(1, 'WhatsApp'), service(2, 'Telegram')], true),
      2: page([service(2, 'Telegram'), service(3, 'Google')], false),
    });
    const list = createList();
    await list.load('');

    await list.loadMore();

    expect(list.items.value.map((item) => item.service_id)).toEqual([1, 2, 3]);
    expect(list.hasMore.value).toBe(false);
  });

  it('drops the answer to a search typed over', async () => {
    const answers: Record<string, () => void> = {};
    fakeBrowser.runtime.onMessage.addListener(
      (message: unknown) =>
        new Promise((resolve) => {
          const { query } = message as Extract<BackgroundRequest, { type: 'loadCatalog' }>;
          const search = (query.params as { search?: string }).search ?? '';
          answers[search] = () => resolve({ ok: true, value: page([service(1, search)]) });
        }),
    );
    const list = createList();

    const first = list.load('tele');
    const second = list.load('whats');
    await new Promise((resolve) => setTimeout(resolve, 0));
    answers.whats?.();
    await second;
    answers.tele?.();
    await first;

    expect(list.items.value.map((item) => item.name)).toEqual(['whats']);
  });
});

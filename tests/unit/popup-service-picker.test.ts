import { signal } from '@preact/signals';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createPreferencesModel } from '@/entrypoints/popup/preferences-model';
import { createServicePicker } from '@/entrypoints/popup/service-picker-model';
import type { VirtualService } from '@/utils/api';
import type { BackgroundRequest } from '@/utils/messages';

const service = (id: number, name: string): VirtualService => ({
  service_id: id,
  name,
  image_url: null,
  min_price_tl: 5,
});

const FIRST_PAGE = [service(1, 'WhatsApp'), service(2, 'Telegram'), service(3, 'Google')];
const GETIR = service(32, 'Getir');

/** Page one for an empty search; only Getir for a search of "Getir". */
function answerServices(): void {
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const request = message as BackgroundRequest;
    if (request.type !== 'loadCatalog') return undefined;

    const { search } = request.query.params as { search?: string };
    const services = search === 'Getir' ? [GETIR] : FIRST_PAGE;
    return { ok: true, value: { status: 'success', page: 1, limit: 25, hasMore: true, services } };
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function createPicker(siteService: string | null) {
  const preferences = createPreferencesModel();
  const picker = createServicePicker({
    product: 'virtual',
    preferences,
    siteService: signal(siteService),
    query: (search, page) => ({ kind: 'virtual.services', params: { page, search } }),
    pick: (value) => ({ items: value.services, hasMore: value.hasMore }),
  });
  return { picker, preferences };
}

describe('the service list', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    answerServices();
  });

  it("puts the site's service first even when it is not on the first page", async () => {
    const { picker } = createPicker('Getir');

    const stop = picker.start();
    await settle();
    stop();

    expect(picker.services.value.map((item) => item.name)).toEqual([
      'Getir',
      'WhatsApp',
      'Telegram',
      'Google',
    ]);
  });

  it('puts a starred service before the rest', async () => {
    const { picker } = createPicker(null);
    const stop = picker.start();
    await settle();

    picker.toggleFavourite(3);
    stop();

    expect(picker.services.value.map((item) => item.service_id)).toEqual([3, 1, 2]);
    expect(picker.isFavourite(3)).toBe(true);
  });
});

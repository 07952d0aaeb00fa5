import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { DEFAULT_BASE_URL } from '@/utils/api';
import { DEFAULT_SETTINGS, readSettings, settingsItem } from '@/utils/storage';

describe('the stored settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('start with the official address and the documented polling interval', async () => {
    const settings = await readSettings();

    expect(settings.baseUrl).toBe(DEFAULT_BASE_URL);
    expect(settings.pollIntervalSec).toBe(5);
  });

  it('fill in what an older stored value lacks', async () => {
    await fakeBrowser.storage.local.set({ settings: { baseUrl: 'http://127.0.0.1:8787/api/v2' } });

    const settings = await readSettings();

    expect(settings).toEqual({ ...DEFAULT_SETTINGS, baseUrl: 'http://127.0.0.1:8787/api/v2' });
  });

  it('never poll faster than every five seconds', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollIntervalSec: 1 });

    expect((await readSettings()).pollIntervalSec).toBe(5);
  });
});

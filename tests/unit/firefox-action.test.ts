/**
 * The toolbar button is `action` in the Chrome (MV3) build and `browserAction` in the Firefox
 * (MV2) build, where `browser.action` does not exist: the badge must reach whichever is there.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { updateBadge } from '@/entrypoints/background/notify';

import { makeOrder } from '../helpers/order-fixture';

type ToolbarApi = typeof fakeBrowser.action;

/** Stand-ins for the three calls the badge makes, recording what they were given. */
function recordingToolbar() {
  return {
    setBadgeText: vi.fn(async (_details: { text: string }) => {}),
    setBadgeBackgroundColor: vi.fn(async (_details: { color: string }) => {}),
    setTitle: vi.fn(async (_details: { title: string }) => {}),
  };
}

const original = { action: fakeBrowser.action, browserAction: fakeBrowser.browserAction };

function install(api: { action: unknown; browserAction: unknown }) {
  Object.assign(fakeBrowser, api as { action: ToolbarApi; browserAction: ToolbarApi });
}

const twoWaiting = {
  a: makeOrder({ key: 'virtual:1', activationId: 1 }),
  b: makeOrder({ key: 'virtual:2', activationId: 2 }),
};

describe('the toolbar badge in both builds', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    install(original);
  });

  it('goes to `action` where the browser has it (Chrome, MV3)', async () => {
    const action = recordingToolbar();
    const browserAction = recordingToolbar();
    install({ action, browserAction });

    await updateBadge(twoWaiting);

    expect(action.setBadgeText).toHaveBeenCalledWith({ text: '2' });
    expect(action.setTitle).toHaveBeenCalledWith({ title: expect.stringContaining('2') });
    expect(browserAction.setBadgeText).not.toHaveBeenCalled();
  });

  it('falls back to `browserAction` where `action` is missing (Firefox, MV2)', async () => {
    const browserAction = recordingToolbar();
    install({ action: undefined, browserAction });

    await updateBadge(twoWaiting);

    expect(browserAction.setBadgeText).toHaveBeenCalledWith({ text: '2' });
    expect(browserAction.setBadgeBackgroundColor).toHaveBeenCalledTimes(1);
    expect(browserAction.setTitle).toHaveBeenCalledTimes(1);
  });

  it('marks an unseen code the same way through `browserAction`', async () => {
    const browserAction = recordingToolbar();
    install({ action: undefined, browserAction });

    await updateBadge({ a: makeOrder({ status: 'received', seen: false }) });

    expect(browserAction.setBadgeText).toHaveBeenCalledWith({ text: '✓' });
    expect(browserAction.setBadgeBackgroundColor).toHaveBeenCalledWith({ color: '#1e8e3e' });
  });
});

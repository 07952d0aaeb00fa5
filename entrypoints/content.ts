import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';

import { isContentRequest, type ContentResponse } from '@/utils/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Idle until the extension asks: nothing is read from the page on load.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;

      const response: ContentResponse = { ok: true, value: { present: true, url: location.href } };
      return Promise.resolve(response);
    };

    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

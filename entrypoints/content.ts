import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { fillFocusedField } from '@/utils/fill-focused';
import { isContentRequest, type ContentRequest, type ContentResponse } from '@/utils/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Idle until the extension asks: nothing is read from the page on load.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;

      const response = answer(message);
      return response ? Promise.resolve(response) : undefined;
    };

    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

/** `null` stays silent, so that of all the frames hearing a request only the one that acts answers. */
function answer(request: ContentRequest): ContentResponse | null {
  switch (request.type) {
    case 'ping':
      return window === window.top
        ? { ok: true, value: { present: true, url: location.href } }
        : null;
    case 'fillFocused':
      return fillFocusedField(document, request.value)
        ? { ok: true, value: { filled: true } }
        : null;
  }
}

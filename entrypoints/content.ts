import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { isContentRequest, type ContentRequest, type ContentResponse } from '@/utils/messages';
import { fillPage } from '@/utils/page-fill';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Idle until the extension asks: nothing is read from the page on load.
    const onMessage = (
      message: unknown,
      sender: { id?: string },
      sendResponse: (response: ContentResponse) => void,
    ) => {
      if (sender.id !== browser.runtime.id || !isContentRequest(message)) return false;

      const response = answer(message);
      if (response) sendResponse(response);
      return false;
    };

    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

/**
 * `null` stays silent: every frame of the tab hears a request, and only the one that acts
 * answers, so the first answer to arrive is the one that counts.
 */
function answer(request: ContentRequest): ContentResponse | null {
  if (request.type === 'ping') {
    return window === window.top
      ? { ok: true, value: { present: true, url: location.href } }
      : null;
  }

  const result = fillPage(document, request);
  return result.filled ? { ok: true, value: result } : null;
}

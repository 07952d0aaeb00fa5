/**
 * The content script, declared in the manifest (see wxt.config.ts) rather than through
 * `defineContentScript`, whose runtime would double its size: it runs in every page and frame.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

import { isContentRequest, type ContentRequest, type ContentResponse } from '@/utils/messages';
import { fillPage } from '@/utils/page-fill';

export default defineUnlistedScript(() => {
  // Idle until the extension asks: nothing is read from the page on load. A script orphaned by an
  // extension update hears nothing more, since its runtime is gone with the old version.
  browser.runtime.onMessage.addListener(
    (
      message: unknown,
      sender: { id?: string },
      sendResponse: (response: ContentResponse) => void,
    ) => {
      if (sender.id !== browser.runtime.id || !isContentRequest(message)) return false;

      const response = answer(message);
      if (response) sendResponse(response);
      return false;
    },
  );
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

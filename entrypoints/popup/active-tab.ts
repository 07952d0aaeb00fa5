import { browser } from 'wxt/browser';

import { createLogger } from '@/utils/logger';
import { siteServiceFor } from '@/utils/site-services';

const log = createLogger('popup');

/**
 * The service of the page the popup was opened over ("Telegram" on web.telegram.org), or `null`.
 * The address is readable through `activeTab`, granted by the click that opened the popup.
 */
export async function readActiveSiteService(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return siteServiceFor(tab?.url);
  } catch (error) {
    // Without the tab the lists keep their own order; nothing else depends on it.
    log.debug('no active tab address', error);
    return null;
  }
}

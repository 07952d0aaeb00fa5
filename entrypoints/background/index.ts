import { defineBackground } from 'wxt/utils/define-background';

import { createApi } from '@/utils/api';
import { createLogger } from '@/utils/logger';
import { serveBackgroundRequests } from '@/utils/messages';

import { getApi } from './api';

const log = createLogger('background');

export default defineBackground({
  type: 'module',
  main() {
    serveBackgroundRequests({
      getBalance: async () => (await getApi()).virtual.getBalance(),
      testApiKey: async ({ apiKey, baseUrl }) =>
        createApi({ apiKey, baseUrl }).virtual.getBalance(),
    });

    log.debug('service worker started');
  },
});

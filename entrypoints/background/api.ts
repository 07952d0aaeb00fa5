import { createApi, type Pale100Api } from '@/utils/api';
import { NoApiKeyError } from '@/utils/errors';
import { apiKeyItem, readSettings } from '@/utils/storage';

import { recordServerTime } from './server-time';

/** The client for the saved key and address, read afresh so a changed setting applies at once. */
export async function getApi(): Promise<Pale100Api> {
  const [apiKey, settings] = await Promise.all([apiKeyItem.getValue(), readSettings()]);
  if (apiKey.trim() === '') throw new NoApiKeyError();

  return createApi({
    apiKey: apiKey.trim(),
    baseUrl: settings.baseUrl,
    onServerTime: recordServerTime,
  });
}

/** Whether a key is saved, so that waking up without one asks nothing of the network. */
export async function hasApiKey(): Promise<boolean> {
  return (await apiKeyItem.getValue()).trim() !== '';
}

import { createApi, type Pale100Api } from '@/utils/api';
import { NoApiKeyError } from '@/utils/errors';
import { apiKeyItem, readSettings } from '@/utils/storage';

/** The client for the saved key and address, read afresh so a changed setting applies at once. */
export async function getApi(): Promise<Pale100Api> {
  const [apiKey, settings] = await Promise.all([apiKeyItem.getValue(), readSettings()]);
  if (apiKey.trim() === '') throw new NoApiKeyError();

  return createApi({ apiKey: apiKey.trim(), baseUrl: settings.baseUrl });
}

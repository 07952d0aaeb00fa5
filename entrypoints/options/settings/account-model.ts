import { signal } from '@preact/signals';

import { DEFAULT_BASE_URL, type Balance } from '@/utils/api';
import type { ErrorData } from '@/utils/errors';
import { askBackground } from '@/utils/messages';
import { apiKeyItem, readSettings, settingsItem } from '@/utils/storage';

export type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'passed'; balance: Balance }
  | { kind: 'failed'; error: ErrorData };

/** The API key and address as the settings page edits them. */
export function createAccountModel() {
  const apiKey = signal('');
  const baseUrl = signal(DEFAULT_BASE_URL);
  const check = signal<CheckState>({ kind: 'idle' });
  const saved = signal(false);

  async function load(): Promise<void> {
    const [key, settings] = await Promise.all([apiKeyItem.getValue(), readSettings()]);
    apiKey.value = key;
    baseUrl.value = settings.baseUrl;
  }

  async function test(): Promise<void> {
    check.value = { kind: 'checking' };
    const result = await askBackground({
      type: 'testApiKey',
      apiKey: apiKey.value.trim(),
      baseUrl: baseUrl.value.trim(),
    });
    check.value = result.ok
      ? { kind: 'passed', balance: result.value }
      : { kind: 'failed', error: result };
  }

  async function save(): Promise<void> {
    const settings = await readSettings();
    await apiKeyItem.setValue(apiKey.value.trim());
    await settingsItem.setValue({ ...settings, baseUrl: baseUrl.value.trim() || DEFAULT_BASE_URL });
    saved.value = true;
  }

  return { apiKey, baseUrl, check, saved, load, test, save };
}

import { computed, signal } from '@preact/signals';

import { DEFAULT_BASE_URL, type Balance } from '@/utils/api';
import type { ErrorData } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { askBackground } from '@/utils/messages';
import { apiKeyItem, readSettings, settingsItem } from '@/utils/storage';

export type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'passed'; balance: Balance }
  | { kind: 'failed'; error: ErrorData };

export interface AccountProblems {
  apiKey?: string;
  baseUrl?: string;
}

/** What is wrong with a key and address before anything is sent; empty when nothing is. */
export function checkAccount(apiKey: string, baseUrl: string): AccountProblems {
  const problems: AccountProblems = {};
  const key = apiKey.trim();
  if (key === '') problems.apiKey = t('optionsApiKeyMissing');
  else if (/\s/.test(key)) problems.apiKey = t('optionsApiKeySpaces');

  const address = parseAddress(baseUrl.trim());
  if (address === null) {
    problems.baseUrl = t('optionsBaseUrlInvalid');
  } else if (address.protocol === 'http:' && !isThisComputer(address.hostname)) {
    problems.baseUrl = t('optionsBaseUrlUnencrypted');
  }
  return problems;
}

function parseAddress(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function isThisComputer(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** The API key and address as the settings page edits them. */
export function createAccountModel() {
  const apiKey = signal('');
  const baseUrl = signal(DEFAULT_BASE_URL);
  const check = signal<CheckState>({ kind: 'idle' });
  /** The fields checked since they were last edited: their problems are shown. */
  const checked = signal<readonly (keyof AccountProblems)[]>([]);
  // Worked out again from the values, so the reasons follow a change of language.
  const problems = computed<AccountProblems>(() => {
    const all = checkAccount(apiKey.value, baseUrl.value);
    return Object.fromEntries(
      checked.value.flatMap((field) => (all[field] === undefined ? [] : [[field, all[field]]])),
    );
  });
  const saved = signal(false);
  let isEdited = false;

  /** Fills in what is stored, unless the person has started typing already. */
  async function load(): Promise<void> {
    const [key, settings] = await Promise.all([apiKeyItem.getValue(), readSettings()]);
    if (isEdited) return;

    apiKey.value = key;
    baseUrl.value = settings.baseUrl;
  }

  function edit(field: 'apiKey' | 'baseUrl', value: string): void {
    isEdited = true;
    if (field === 'apiKey') apiKey.value = value;
    else baseUrl.value = value;
    saved.value = false;
    checked.value = checked.value.filter((name) => name !== field);
  }

  function isValid(): boolean {
    checked.value = ['apiKey', 'baseUrl'];
    return Object.keys(problems.value).length === 0;
  }

  /** Asks for the balance with the key and address as typed, without saving them. */
  async function test(): Promise<void> {
    if (!isValid() || check.value.kind === 'checking') return;

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
    saved.value = false;
    if (!isValid()) return;

    const settings = await readSettings();
    await apiKeyItem.setValue(apiKey.value.trim());
    await settingsItem.setValue({ ...settings, baseUrl: baseUrl.value.trim() });
    saved.value = true;
  }

  return { apiKey, baseUrl, check, problems, saved, load, edit, test, save };
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { checkAccount, createAccountModel } from '@/entrypoints/options/settings/account-model';
import { DEFAULT_BASE_URL } from '@/utils/api';
import { locale } from '@/utils/i18n';
import { apiKeyItem, readSettings } from '@/utils/storage';

describe('the API key and address', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    locale.value = 'en';
  });

  it('are accepted as the official address with a key', () => {
    expect(checkAccount(' abc123 ', DEFAULT_BASE_URL)).toEqual({});
    expect(checkAccount('abc123', 'http://127.0.0.1:8787/api/v2')).toEqual({});
  });

  it('need a key without spaces', () => {
    expect(checkAccount('  ', DEFAULT_BASE_URL).apiKey).toMatch(/Enter the API key/);
    expect(checkAccount('abc 123', DEFAULT_BASE_URL).apiKey).toMatch(/no spaces/);
  });

  it('need a web address, encrypted unless it is this computer', () => {
    expect(checkAccount('k', 'pale100.shop').baseUrl).toMatch(/starting with https/);
    expect(checkAccount('k', 'ftp://pale100.shop').baseUrl).toMatch(/starting with https/);
    expect(checkAccount('k', 'http://pale100.shop/api/v2').baseUrl).toMatch(/unencrypted/);
    expect(checkAccount('k', 'http://localhost:8787/api/v2')).toEqual({});
  });

  it('are not saved while refused, and saved trimmed once fixed', async () => {
    const model = createAccountModel();
    model.edit('apiKey', '');
    model.edit('baseUrl', 'not an address');

    await model.save();
    expect(model.saved.value).toBe(false);
    expect(Object.keys(model.problems.value).sort()).toEqual(['apiKey', 'baseUrl']);
    expect(await apiKeyItem.getValue()).toBe('');

    model.edit('apiKey', ' key-1 ');
    expect(model.problems.value.apiKey).toBeUndefined();
    model.edit('baseUrl', 'http://127.0.0.1:8787/api/v2 ');
    await model.save();

    expect(model.saved.value).toBe(true);
    expect(await apiKeyItem.getValue()).toBe('key-1');
    expect((await readSettings()).baseUrl).toBe('http://127.0.0.1:8787/api/v2');
  });

  it('keep what was typed while the stored values were still loading', async () => {
    await apiKeyItem.setValue('stored-key');
    const model = createAccountModel();

    const loading = model.load();
    model.edit('baseUrl', 'http://127.0.0.1:8787/api/v2');
    await loading;

    expect(model.baseUrl.value).toBe('http://127.0.0.1:8787/api/v2');
  });

  it('are not tested while refused: nothing is sent', async () => {
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      asked++;
      return Promise.resolve({ ok: true, value: {} });
    });
    const model = createAccountModel();
    model.edit('apiKey', '');

    await model.test();

    expect(asked).toBe(0);
    expect(model.check.value.kind).toBe('idle');
  });

  it('give their reasons again in a newly chosen language', async () => {
    const model = createAccountModel();
    model.edit('apiKey', 'abc 123');
    await model.save();
    expect(model.problems.value.apiKey).toBe('An API key has no spaces in it.');

    locale.value = 'tr';
    expect(model.problems.value).toEqual({ apiKey: 'API anahtarında boşluk bulunmaz.' });
  });
});

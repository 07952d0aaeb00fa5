import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

import { DEFAULT_BASE_URL } from '@/utils/api';
import { describeError } from '@/utils/error-text';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';

import { BehaviourSettings } from '@/components/BehaviourSettings';

import { createAccountModel, type CheckState } from './account-model';
import { createBehaviourModel } from './behaviour-model';

const account = createAccountModel();
const behaviour = createBehaviourModel();
const isKeyShown = signal(false);

/** The sandbox as `npm start` and `npm run sandbox` start it. */
export const SANDBOX_BASE_URL = 'http://127.0.0.1:8787/api/v2';

/** The API key and address, and how the extension behaves. */
export function SettingsPage() {
  useEffect(() => {
    void account.load();
    void behaviour.load();
  }, []);

  const isCustomAddress = account.baseUrl.value.trim() !== DEFAULT_BASE_URL;
  const problems = account.problems.value;

  return (
    <>
      <form
        aria-labelledby="account-title"
        onSubmit={(event) => {
          event.preventDefault();
          void account.save();
        }}
      >
        <h2 id="account-title">{t('optionsAccountTitle')}</h2>
        <div class="field">
          <label for="api-key">{t('optionsApiKeyLabel')}</label>
          <span class="field--inline">
            <input
              id="api-key"
              type={isKeyShown.value ? 'text' : 'password'}
              name="apiKey"
              autocomplete="off"
              spellcheck={false}
              aria-invalid={problems.apiKey !== undefined}
              aria-describedby={problems.apiKey ? 'api-key-problem' : undefined}
              value={account.apiKey.value}
              onInput={(event) => account.edit('apiKey', event.currentTarget.value)}
            />
            <button
              type="button"
              aria-controls="api-key"
              aria-label={t(isKeyShown.value ? 'optionsApiKeyHideName' : 'optionsApiKeyShowName')}
              onClick={() => (isKeyShown.value = !isKeyShown.value)}
            >
              {t(isKeyShown.value ? 'optionsApiKeyHide' : 'optionsApiKeyShow')}
            </button>
          </span>
          {problems.apiKey && (
            <span id="api-key-problem" class="field__problem" role="alert">
              {problems.apiKey}
            </span>
          )}
        </div>
        <div class="field">
          <label for="base-url">{t('optionsBaseUrlLabel')}</label>
          <input
            id="base-url"
            type="url"
            name="baseUrl"
            aria-invalid={problems.baseUrl !== undefined}
            aria-describedby={problems.baseUrl ? 'base-url-problem' : undefined}
            value={account.baseUrl.value}
            onInput={(event) => account.edit('baseUrl', event.currentTarget.value)}
          />
          {problems.baseUrl && (
            <span id="base-url-problem" class="field__problem" role="alert">
              {problems.baseUrl}
            </span>
          )}
        </div>
        <p class="presets" role="group" aria-label={t('optionsAddressPresets')}>
          <button type="button" onClick={() => account.edit('baseUrl', DEFAULT_BASE_URL)}>
            {t('optionsOfficialAddress')}
          </button>{' '}
          <button type="button" onClick={() => account.edit('baseUrl', SANDBOX_BASE_URL)}>
            {t('optionsSandboxAddress')}
          </button>
        </p>
        {isCustomAddress && (
          <p class="notice notice--warning" role="status">
            {t('optionsCustomAddressWarning', account.baseUrl.value)}
          </p>
        )}
        <button
          type="button"
          disabled={account.check.value.kind === 'checking'}
          onClick={() => void account.test()}
        >
          {t('optionsTestKey')}
        </button>{' '}
        <button type="submit">{t('optionsSave')}</button>
        {account.saved.value && <span role="status"> {t('optionsSaved')}</span>}
      </form>
      <CheckResult state={account.check.value} />
      <BehaviourSettings model={behaviour} />
    </>
  );
}

function CheckResult({ state }: { state: CheckState }) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'checking') return <p role="status">{t('optionsChecking')}</p>;
  if (state.kind === 'failed') {
    return (
      <p class="notice notice--error" role="alert" data-testid="check-result">
        {describeError(state.error)}
      </p>
    );
  }

  return (
    <p role="status" data-testid="check-result">
      {t('optionsKeyWorks', formatMoney(state.balance.balance, state.balance.currency))}
    </p>
  );
}

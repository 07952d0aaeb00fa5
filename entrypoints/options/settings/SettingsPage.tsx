import { useEffect } from 'preact/hooks';

import { DEFAULT_BASE_URL } from '@/utils/api';
import { formatMoney } from '@/utils/format';

import { BehaviourSettings } from '@/components/BehaviourSettings';

import { createAccountModel, type CheckState } from './account-model';
import { createBehaviourModel } from './behaviour-model';

const account = createAccountModel();
const behaviour = createBehaviourModel();

/** The sandbox as `npm start` and `npm run sandbox` start it. */
export const SANDBOX_BASE_URL = 'http://127.0.0.1:8787/api/v2';

/** The API key and address, and how the extension behaves. */
export function SettingsPage() {
  useEffect(() => {
    void account.load();
    void behaviour.load();
  }, []);

  const isCustomAddress = account.baseUrl.value.trim() !== DEFAULT_BASE_URL;

  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void account.save();
        }}
      >
        <h2>Account</h2>
        <label class="field">
          <span>API key</span>
          <input
            type="password"
            name="apiKey"
            autocomplete="off"
            value={account.apiKey.value}
            onInput={(event) => (account.apiKey.value = event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>API address</span>
          <input
            type="url"
            name="baseUrl"
            value={account.baseUrl.value}
            onInput={(event) => (account.baseUrl.value = event.currentTarget.value)}
          />
        </label>
        <p class="presets">
          <button type="button" onClick={() => (account.baseUrl.value = DEFAULT_BASE_URL)}>
            Official address
          </button>{' '}
          <button type="button" onClick={() => (account.baseUrl.value = SANDBOX_BASE_URL)}>
            Sandbox on this computer
          </button>
        </p>
        {isCustomAddress && (
          <p class="notice notice--warning" role="status">
            Not the official pale100 address: requests and your key go to {account.baseUrl.value}.
          </p>
        )}
        <button type="button" onClick={() => void account.test()}>
          Test
        </button>{' '}
        <button type="submit">Save</button>
        {account.saved.value && <span role="status"> Saved.</span>}
      </form>
      <CheckResult state={account.check.value} />
      <BehaviourSettings model={behaviour} />
    </>
  );
}

function CheckResult({ state }: { state: CheckState }) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'checking') return <p role="status">Checking…</p>;
  if (state.kind === 'failed') {
    return (
      <p class="notice notice--error" role="alert" data-testid="check-result">
        {state.error.message}
      </p>
    );
  }

  return (
    <p role="status" data-testid="check-result">
      Key works. Balance: {formatMoney(state.balance.balance, state.balance.currency)}
    </p>
  );
}

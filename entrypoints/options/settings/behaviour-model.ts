import { signal } from '@preact/signals';

import { t } from '@/utils/i18n';

import {
  MIN_POLL_INTERVAL_SEC,
  readSettings,
  settingsItem,
  type Language,
  type Settings,
} from '@/utils/storage';

type Behaviour = Pick<
  Settings,
  'autoFill' | 'notifications' | 'pollIntervalSec' | 'autoCancelMinutes' | 'language'
>;

/** The settings as typed: numbers stay text until they are checked. */
export interface BehaviourForm {
  autoFill: boolean;
  notifications: boolean;
  pollIntervalSec: string;
  /** Empty is off. */
  autoCancelMinutes: string;
  language: Language;
}

/** The form's fields that can be refused. */
export type BehaviourField = 'pollIntervalSec' | 'autoCancelMinutes';

export type BehaviourCheck =
  { ok: true; value: Behaviour } | { ok: false; field: BehaviourField; message: string };

export const MAX_POLL_INTERVAL_SEC = 600;
/** The refund window of a virtual number, in whole minutes an automatic cancel may wait. */
export const AUTO_CANCEL_MINUTES = { min: 3, max: 14 } as const;

/**
 * Checks the form: polling never faster than the documented 5 seconds, and an automatic cancel
 * only inside the refund window (after minute 2, before minute 15 of a virtual number).
 */
export function checkBehaviour(form: BehaviourForm): BehaviourCheck {
  const interval = Number(form.pollIntervalSec);
  if (
    !Number.isInteger(interval) ||
    interval < MIN_POLL_INTERVAL_SEC ||
    interval > MAX_POLL_INTERVAL_SEC
  ) {
    return {
      ok: false,
      field: 'pollIntervalSec',
      message: t('optionsPollIntervalInvalid', MIN_POLL_INTERVAL_SEC, MAX_POLL_INTERVAL_SEC),
    };
  }

  const cancelText = form.autoCancelMinutes.trim();
  const minutes = cancelText === '' ? null : Number(cancelText);
  const { min, max } = AUTO_CANCEL_MINUTES;
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < min || minutes > max)) {
    return {
      ok: false,
      field: 'autoCancelMinutes',
      message: t('optionsAutoCancelInvalid', min, max),
    };
  }

  return {
    ok: true,
    value: {
      autoFill: form.autoFill,
      notifications: form.notifications,
      pollIntervalSec: interval,
      autoCancelMinutes: minutes,
      language: form.language,
    },
  };
}

/** The behaviour settings as the settings page edits them. */
export function createBehaviourModel() {
  const form = signal<BehaviourForm>({
    autoFill: true,
    notifications: true,
    pollIntervalSec: String(MIN_POLL_INTERVAL_SEC),
    autoCancelMinutes: '',
    language: 'auto',
  });
  const status = signal<
    { kind: 'idle' | 'saved' } | { kind: 'invalid'; field: BehaviourField; message: string }
  >({ kind: 'idle' });

  async function load(): Promise<void> {
    const settings = await readSettings();
    form.value = {
      autoFill: settings.autoFill,
      notifications: settings.notifications,
      pollIntervalSec: String(settings.pollIntervalSec),
      autoCancelMinutes:
        settings.autoCancelMinutes === null ? '' : String(settings.autoCancelMinutes),
      language: settings.language,
    };
  }

  function edit(change: Partial<BehaviourForm>): void {
    form.value = { ...form.value, ...change };
    status.value = { kind: 'idle' };
  }

  async function save(): Promise<void> {
    const checked = checkBehaviour(form.value);
    if (!checked.ok) {
      status.value = { kind: 'invalid', field: checked.field, message: checked.message };
      return;
    }

    await settingsItem.setValue({ ...(await readSettings()), ...checked.value });
    status.value = { kind: 'saved' };
  }

  return { form, status, load, edit, save };
}

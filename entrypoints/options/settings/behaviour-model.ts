import { signal } from '@preact/signals';

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

export type BehaviourCheck = { ok: true; value: Behaviour } | { ok: false; message: string };

/**
 * Checks the form: polling never faster than the documented 5 seconds, and an automatic cancel
 * only inside the refund window (after minute 2, before minute 15 of a virtual number).
 */
export function checkBehaviour(form: BehaviourForm): BehaviourCheck {
  const interval = Number(form.pollIntervalSec);
  if (!Number.isInteger(interval) || interval < MIN_POLL_INTERVAL_SEC || interval > 600) {
    return { ok: false, message: 'The polling interval is a whole number of seconds, 5 to 600.' };
  }

  const cancelText = form.autoCancelMinutes.trim();
  const minutes = cancelText === '' ? null : Number(cancelText);
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 3 || minutes > 14)) {
    return {
      ok: false,
      message: 'Automatic cancel is a whole number of minutes from 3 to 14, or empty for off.',
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
  const status = signal<{ kind: 'idle' | 'saved' } | { kind: 'invalid'; message: string }>({
    kind: 'idle',
  });

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
      status.value = { kind: 'invalid', message: checked.message };
      return;
    }

    await settingsItem.setValue({ ...(await readSettings()), ...checked.value });
    status.value = { kind: 'saved' };
  }

  return { form, status, load, edit, save };
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  checkBehaviour,
  createBehaviourModel,
} from '@/entrypoints/options/settings/behaviour-model';
import { locale } from '@/utils/i18n';
import { readSettings } from '@/utils/storage';

const form = {
  autoFill: true,
  notifications: true,
  pollIntervalSec: '5',
  autoCancelMinutes: '',
  language: 'auto' as const,
};

describe('the behaviour settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    locale.value = 'en';
  });

  it('refuse polling faster than every five seconds', () => {
    expect(checkBehaviour({ ...form, pollIntervalSec: '2' })).toMatchObject({ ok: false });
    expect(checkBehaviour({ ...form, pollIntervalSec: '7.5' })).toMatchObject({ ok: false });
    expect(checkBehaviour({ ...form, pollIntervalSec: '10' })).toMatchObject({ ok: true });
  });

  it('allow an automatic cancel only inside the refund window, or none', () => {
    expect(checkBehaviour({ ...form, autoCancelMinutes: '1' })).toMatchObject({ ok: false });
    expect(checkBehaviour({ ...form, autoCancelMinutes: '15' })).toMatchObject({ ok: false });
    expect(checkBehaviour({ ...form, autoCancelMinutes: '5' })).toMatchObject({
      ok: true,
      value: { autoCancelMinutes: 5 },
    });
    expect(checkBehaviour(form)).toMatchObject({ ok: true, value: { autoCancelMinutes: null } });
  });

  it('store what was saved and nothing that was refused', async () => {
    const model = createBehaviourModel();
    await model.load();

    model.edit({ autoFill: false, autoCancelMinutes: '6', language: 'tr' });
    await model.save();
    model.edit({ pollIntervalSec: '1' });
    await model.save();

    expect(await readSettings()).toMatchObject({
      autoFill: false,
      autoCancelMinutes: 6,
      pollIntervalSec: 5,
    });
    expect(model.status.value.kind).toBe('invalid');
  });

  it('say which field is refused and why, in the chosen language', () => {
    expect(checkBehaviour({ ...form, pollIntervalSec: '2' })).toEqual({
      ok: false,
      field: 'pollIntervalSec',
      message: 'The polling interval is a whole number of seconds, 5 to 600.',
    });

    locale.value = 'tr';
    expect(checkBehaviour({ ...form, autoCancelMinutes: '20' })).toEqual({
      ok: false,
      field: 'autoCancelMinutes',
      message:
        'Otomatik iptal 3 ile 14 arasında, dakika cinsinden bir tam sayı olmalı; ' +
        'kapatmak için boş bırakın.',
    });
  });
});

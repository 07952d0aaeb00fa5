import { afterEach, describe, expect, it } from 'vitest';

import { format, locale, resolveLocale, t } from '@/utils/i18n';

describe('the texts', () => {
  afterEach(() => {
    locale.value = 'en';
  });

  it('follow the setting, or the browser: English for English, Turkish otherwise', () => {
    expect(resolveLocale('tr', 'en-US')).toBe('tr');
    expect(resolveLocale('en', 'tr')).toBe('en');
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
    expect(resolveLocale('auto', 'tr-TR')).toBe('tr');
    expect(resolveLocale('auto', 'de')).toBe('tr');
  });

  it('come in the chosen language with their placeholders filled', () => {
    expect(t('bgNotifyCodeFor', '+44 7543 691031')).toBe('Code for +44 7543 691031');
    locale.value = 'tr';
    expect(t('bgNotifyCodeFor', '+44 7543 691031')).toBe('+44 7543 691031 için kod');
  });

  it('leave a substituted value as it is, dollar signs included', () => {
    expect(t('bgNotifyNewSms', 'Pay$$1 $2')).toBe('Pay$$1 $2: new SMS');
  });

  it('fall back to Turkish, then to the key, for a text that is missing', () => {
    expect(format('en', 'noSuchText')).toBe('noSuchText');
  });
});

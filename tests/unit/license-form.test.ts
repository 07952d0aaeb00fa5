import { afterEach, describe, expect, it } from 'vitest';

import type { RequiredField } from '@/utils/api';
import { locale } from '@/utils/i18n';
import {
  MAX_FIELD_LENGTH,
  checkAffordable,
  checkFieldValue,
  checkLicenseFields,
  fieldInputType,
} from '@/utils/license-form';

const EMAIL: RequiredField = { name: 'email', label: 'E-posta Adresiniz', type: 'email' };
const FIRST_NAME: RequiredField = { name: 'first_name', label: 'Ad', type: 'text' };

describe('the license purchase form', () => {
  it('asks e-mail fields as e-mail and everything else as text', () => {
    expect(fieldInputType('email')).toBe('email');
    expect(fieldInputType(' EMAIL ')).toBe('email');
    expect(fieldInputType('text')).toBe('text');
    expect(fieldInputType('password')).toBe('text');
    expect(fieldInputType(undefined)).toBe('text');
  });

  it('requires every field, with the label in the reason', () => {
    const checked = checkLicenseFields([EMAIL, FIRST_NAME], { email: 'ali@example.com' });
    expect(checked).toEqual({ ok: false, errors: { first_name: 'Ad is required.' } });
    expect(checkFieldValue(FIRST_NAME, '   ')).toBe('Ad is required.');
    // The service strips tags, so a value of tags alone is empty there too.
    expect(checkFieldValue(FIRST_NAME, '<b></b>')).toBe('Ad is required.');
  });

  it('names a field without a label by its name', () => {
    expect(checkFieldValue({ name: 'institution_code', type: 'text' }, '')).toBe(
      'institution_code is required.',
    );
  });

  it('refuses values longer than the service takes', () => {
    expect(checkFieldValue(FIRST_NAME, 'a'.repeat(MAX_FIELD_LENGTH))).toBeNull();
    expect(checkFieldValue(FIRST_NAME, 'a'.repeat(MAX_FIELD_LENGTH + 1))).toMatch(
      /at most 250 characters \(now 251\)/,
    );
  });

  it('refuses an e-mail field that is not an address', () => {
    expect(checkFieldValue(EMAIL, 'ali.example.com')).toMatch(/must be an e-mail address/);
    expect(checkFieldValue(EMAIL, 'ali@example.com')).toBeNull();
  });

  it('answers the cleaned values by field name when all are right', () => {
    expect(
      checkLicenseFields([EMAIL, FIRST_NAME], { email: ' ali@example.com ', first_name: 'Ali' }),
    ).toEqual({ ok: true, fields: { email: 'ali@example.com', first_name: 'Ali' } });
    expect(checkLicenseFields([], {})).toEqual({ ok: true, fields: {} });
  });

  it('says how much is missing when the price is above the balance', () => {
    const balance = { balance: 40.5, currency: 'TRY' };
    expect(checkAffordable(50, balance)).toMatch(/₺9,50 more is needed/);
    expect(checkAffordable(40.5, balance)).toBeNull();
    expect(checkAffordable(50, null)).toBeNull();
  });
});

describe('the license purchase form in Turkish', () => {
  afterEach(() => {
    locale.value = 'en';
  });

  it('gives its reasons in Turkish, with the label and the amounts filled in', () => {
    locale.value = 'tr';

    expect(checkFieldValue(FIRST_NAME, '')).toBe('Ad alanı zorunludur.');
    expect(checkFieldValue(FIRST_NAME, 'a'.repeat(MAX_FIELD_LENGTH + 2))).toBe(
      'Ad en fazla 250 karakter olabilir (şu an 252).',
    );
    expect(checkFieldValue(EMAIL, 'ali')).toMatch(/^E-posta Adresiniz bir e-posta adresi/);
    expect(checkAffordable(50, { balance: 40.5, currency: 'TRY' })).toMatch(
      /^Bakiyeniz \(₺40,50\) ₺50,00 tutarındaki fiyatı karşılamıyor: ₺9,50 daha gerekiyor\.$/,
    );
  });
});

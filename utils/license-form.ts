/**
 * The checks a license purchase must pass in the page before anything is sent: every field the
 * product asks for is filled in, no longer than the service takes, and e-mail fields look like
 * an address; the price is not above the balance last known.
 */
import type { RequiredField } from './api';
import { formatMoney } from './format';
import { t } from './i18n';

/** The service refuses longer values. */
export const MAX_FIELD_LENGTH = 250;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type FieldInputType = 'email' | 'text';

/** The input type a required field is asked with: e-mail for `email`, text for anything else. */
export function fieldInputType(type: string | undefined): FieldInputType {
  return type?.trim().toLowerCase() === 'email' ? 'email' : 'text';
}

/** What a field is called on screen: its label, or its name when it has none. */
export function fieldLabel(field: RequiredField): string {
  const label = field.label?.trim();
  return label ? label : field.name;
}

/** The value as the service keeps it: tags stripped (as the service does), spaces trimmed. */
export function cleanFieldValue(value: string): string {
  return value.replace(/<[^>]*>/g, '').trim();
}

/** Why one value would be refused, in the current language, or null when it is fine. */
export function checkFieldValue(field: RequiredField, value: string): string | null {
  const label = fieldLabel(field);
  const cleaned = cleanFieldValue(value);
  if (cleaned === '') return t('licenseFieldRequired', label);
  if (cleaned.length > MAX_FIELD_LENGTH) {
    return t('licenseFieldTooLong', label, MAX_FIELD_LENGTH, cleaned.length);
  }
  if (fieldInputType(field.type) === 'email' && !EMAIL_PATTERN.test(cleaned)) {
    return t('licenseFieldEmail', label);
  }
  return null;
}

export type FieldsCheck =
  { ok: true; fields: Record<string, string> } | { ok: false; errors: Record<string, string> };

/**
 * Checks every required field. On success `fields` holds the cleaned values by field name, as
 * the purchase sends them; otherwise `errors` holds the reason for each refused field.
 */
export function checkLicenseFields(
  required: readonly RequiredField[],
  values: Readonly<Record<string, string>>,
): FieldsCheck {
  const fields: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const field of required) {
    const value = values[field.name] ?? '';
    const error = checkFieldValue(field, value);
    if (error === null) fields[field.name] = cleanFieldValue(value);
    else errors[field.name] = error;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields };
}

/**
 * Why the balance does not cover the price, saying how much more is needed; null when it does
 * or when no balance is known yet (the service then decides).
 */
export function checkAffordable(
  priceTl: number,
  balance: { balance: number; currency: string } | null | undefined,
): string | null {
  if (!balance || priceTl <= balance.balance) return null;

  const missing = Math.round((priceTl - balance.balance) * 100) / 100;
  return t(
    'licenseBalanceShort',
    formatMoney(balance.balance, balance.currency),
    formatMoney(priceTl, balance.currency),
    formatMoney(missing, balance.currency),
  );
}

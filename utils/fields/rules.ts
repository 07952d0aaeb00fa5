/**
 * What each control is, decided by ordered, pure rules over its snapshot: the first rule that
 * holds gives the kind, and its position is the rank (a lower rank is a surer verdict).
 */
import type { FieldSnapshot } from './snapshot';
import {
  CODE_HINTS,
  CODE_WORDS,
  COUNTRY_WORDS,
  DIAL_CODE,
  FLAG,
  NOT_SMS_WORDS,
  OTHER_WORDS,
  PHONE_WORDS,
  SEARCH_WORDS,
} from './words';

/** `box` is one character of a code split over several inputs. */
export type FieldKind = 'phone' | 'code' | 'box' | 'country' | null;

type Rule = readonly [FieldKind, (field: FieldSnapshot) => boolean];

const between = (n: number, low: number, high: number) => n >= low && n <= high;
const count = (texts: string[], pattern: RegExp) => texts.filter((t) => pattern.test(t)).length;
const isShort = (f: FieldSnapshot) =>
  between(f.maxLength, 1, 5) || between(f.size, 1, 5) || between(f.width, 1, 80);

/** A select whose options are calling codes: "+44", "United Kingdom (+44)", "🇬🇧 +44". */
export function isDialSelect(field: FieldSnapshot): boolean {
  return field.tag === 'select' && count(field.options, DIAL_CODE) > 1;
}

function isCountryControl(field: FieldSnapshot): boolean {
  if (field.tag === 'select') return isDialSelect(field) || count(field.options, /^[a-z]{2} /i) > 2;

  return DIAL_CODE.test(field.text) || FLAG.test(field.text) || COUNTRY_WORDS.test(field.text);
}

function isCodeShaped(field: FieldSnapshot): boolean {
  const isNumeric =
    /numeric|decimal/.test(field.inputMode) || /tel|number/.test(field.type) || field.pattern;

  return (
    Boolean(isNumeric) && (between(field.maxLength, 4, 8) || /\{[4-8][,}]/.test(field.pattern))
  );
}

const isCodeText = (text: string) => CODE_WORDS.test(text) || CODE_HINTS.test(text);

export const FIELD_RULES: readonly Rule[] = [
  // Hidden, disabled, read-only, or not a text field: never filled.
  [null, (f) => !f.usable],
  // Search boxes, whatever they say about phones.
  [null, (f) => f.inSearch || SEARCH_WORDS.test(f.text)],
  // A select or widget showing calling codes, ISO codes or flags.
  ['country', (f) => f.tag !== 'input' && isCountryControl(f)],
  // Any other select or widget.
  [null, (f) => f.tag !== 'input'],
  // A field for the calling code alone: its token, its name, or a short field holding "+90".
  [
    'country',
    (f) =>
      f.autocomplete.includes('tel-country-code') ||
      (COUNTRY_WORDS.test(f.text) && CODE_WORDS.test(f.text)) ||
      (isShort(f) && (/^\+\d{0,4}$/.test(f.value || f.placeholder) || COUNTRY_WORDS.test(f.text))),
  ],
  // One box of a split code: room for a single character.
  ['box', (f) => f.maxLength === 1 || f.size === 1 || between(f.width, 1, 59)],
  // The standard token for a code sent by SMS.
  ['code', (f) => f.autocomplete.includes('one-time-code')],
  // The standard tokens for a whole phone number: "tel", "tel-national", "section-a mobile tel".
  ['phone', (f) => /\btel(-national|-local)?(?![\w-])/.test(f.autocomplete)],
  // Other parts of a number (extension, area code) are not the number.
  [null, (f) => f.autocomplete.includes('tel-')],
  // Cards, e-mail and addresses.
  [null, (f) => OTHER_WORDS.test(f.text)],
  // Promotion, invitation and captcha codes, and dates: numeric, but not sent by SMS.
  [null, (f) => NOT_SMS_WORDS.test(f.text)],
  // A password field only when it is plainly a short code.
  ['code', (f) => f.type === 'password' && between(f.maxLength, 1, 8) && isCodeText(f.text)],
  [null, (f) => f.type === 'password'],
  // Named a code: "Verification code", "Doğrulama kodu", "验证码".
  ['code', (f) => CODE_WORDS.test(f.text)],
  // Named a phone number, in one of many languages.
  ['phone', (f) => PHONE_WORDS.test(f.text)],
  // Hinted a code ("SMS", "PIN", "verification") and no phone word took it first.
  ['code', (f) => CODE_HINTS.test(f.text)],
  // Shaped like a code: a numeric field for 4 to 8 digits.
  ['code', isCodeShaped],
  // A telephone field that says nothing more.
  ['phone', (f) => f.type === 'tel'],
  // Text just before the field naming a code, then a phone number.
  ['code', (f) => isCodeText(f.before)],
  ['phone', (f) => PHONE_WORDS.test(f.before)],
];

/** The kind of one control and the rank of the rule that decided it; -1 when none did. */
export function classifyField(field: FieldSnapshot): { kind: FieldKind; rank: number } {
  const rank = FIELD_RULES.findIndex(([, holds]) => holds(field));
  return { kind: rank < 0 ? null : FIELD_RULES[rank]![0], rank };
}

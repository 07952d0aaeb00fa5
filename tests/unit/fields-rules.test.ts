import { describe, expect, it } from 'vitest';

import { classifyField, FIELD_RULES, type FieldSnapshot } from '@/utils/fields';

/** A visible, empty text field with nothing said about it, unless told otherwise. */
function createSnapshot(overrides: Partial<FieldSnapshot> = {}): FieldSnapshot {
  return {
    element: {} as HTMLElement,
    index: 0,
    tag: 'input',
    type: 'text',
    autocomplete: '',
    text: '',
    before: '',
    placeholder: '',
    value: '',
    maxLength: -1,
    size: 20,
    pattern: '',
    inputMode: '',
    width: 0,
    usable: true,
    inSearch: false,
    options: [],
    form: {} as Node,
    parents: [null, null],
    ...overrides,
  };
}

const kindOf = (overrides: Partial<FieldSnapshot>) => classifyField(createSnapshot(overrides)).kind;

describe('the field rules', () => {
  it('leave a field that says nothing unclassified', () => {
    expect(classifyField(createSnapshot())).toEqual({ kind: null, rank: -1 });
  });

  it('give a code word precedence over a phone word, and a phone word over an SMS hint', () => {
    expect(kindOf({ text: 'Phone verification code' })).toBe('code');
    expect(kindOf({ text: 'Mobile number for SMS' })).toBe('phone');
    expect(kindOf({ text: 'SMS' })).toBe('code');
  });

  it('take the autocomplete tokens over any words', () => {
    expect(kindOf({ autocomplete: 'one-time-code', text: 'Phone' })).toBe('code');
    expect(kindOf({ autocomplete: 'tel-national', text: 'Verification code' })).toBe('phone');
    expect(kindOf({ autocomplete: 'tel-extension', text: 'Phone' })).toBeNull();
    expect(kindOf({ autocomplete: 'tel-country-code' })).toBe('country');
  });

  it('keep a password field out unless it is a short code', () => {
    expect(kindOf({ type: 'password', text: 'Password' })).toBeNull();
    expect(kindOf({ type: 'password', text: 'SMS şifresi', maxLength: 6 })).toBe('code');
    expect(kindOf({ type: 'password', text: 'SMS şifresi', maxLength: 12 })).toBeNull();
  });

  it('take a numeric field for four to eight digits as a code', () => {
    expect(kindOf({ inputMode: 'numeric', maxLength: 6 })).toBe('code');
    expect(kindOf({ type: 'tel', pattern: '\\d{4,8}' })).toBe('code');
    expect(kindOf({ inputMode: 'numeric', maxLength: 10 })).toBeNull();
    expect(kindOf({ type: 'tel', maxLength: 10 })).toBe('phone');
  });

  it('read the text before a field only when the field says nothing itself', () => {
    expect(kindOf({ before: 'Enter the code' })).toBe('code');
    expect(kindOf({ before: 'Telefon' })).toBe('phone');
    expect(kindOf({ before: 'Telefon', text: 'Ad soyad' })).toBe('phone');
    expect(kindOf({ before: 'Telefon', text: 'E-posta' })).toBeNull();
  });

  it('tell a calling-code field from a box of a split code', () => {
    expect(kindOf({ value: '+90', maxLength: 4 })).toBe('country');
    expect(kindOf({ placeholder: '+', size: 4 })).toBe('country');
    expect(kindOf({ text: 'Ülke kodu' })).toBe('country');
    expect(kindOf({ value: '+90', maxLength: 13, text: 'Phone' })).toBe('phone');
    expect(kindOf({ maxLength: 1 })).toBe('box');
  });

  it('take selects and widgets only as country controls', () => {
    const dial = ['GB United Kingdom (+44)', 'TR Türkiye (+90)'];

    expect(kindOf({ tag: 'select', options: dial })).toBe('country');
    expect(kindOf({ tag: 'select', options: ['1 January', '2 February', '3 March'] })).toBeNull();
    expect(kindOf({ tag: 'button', text: '🇹🇷' })).toBe('country');
    expect(kindOf({ tag: 'button', text: 'Menu' })).toBeNull();
  });

  it('never pass a search box, whatever it is called', () => {
    expect(kindOf({ inSearch: true, text: 'Phone', autocomplete: 'tel' })).toBeNull();
    expect(kindOf({ text: 'q' })).toBeNull();
  });

  it('rank an earlier rule as a surer verdict', () => {
    const byToken = classifyField(createSnapshot({ autocomplete: 'tel' }));
    const byType = classifyField(createSnapshot({ type: 'tel' }));

    expect(byToken.rank).toBeLessThan(byType.rank);
    expect(byType.rank).toBeLessThan(FIELD_RULES.length);
  });
});

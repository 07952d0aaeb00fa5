import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import {
  bool,
  countryCode,
  num,
  parseTimestamp,
  str,
  stringRecord,
  timestamp,
} from '@/utils/api/fields';

describe('the loose forms of the service', () => {
  it('reads timestamps with spaces after the colons as Turkey time', () => {
    expect(parseTimestamp('2026-05-19 12: 30: 00')).toBe('2026-05-19T12:30:00+03:00');
    expect(parseTimestamp('2026-05-19 12:30:00')).toBe('2026-05-19T12:30:00+03:00');
    expect(parseTimestamp('2026-05-19T09:30:00Z')).toBe('2026-05-19T09:30:00Z');
    expect(Date.parse(parseTimestamp('2026-05-19 12: 30: 00')!)).toBe(Date.UTC(2026, 4, 19, 9, 30));
  });

  it('refuses what is not a timestamp', () => {
    expect(parseTimestamp('yesterday')).toBeNull();
    expect(parseTimestamp('2026-13-45 99: 99: 99')).toBeNull();
    expect(v.safeParse(timestamp, 'soon').success).toBe(false);
  });

  it('takes numbers as numbers or numeric strings', () => {
    expect(v.parse(num, 4.46)).toBe(4.46);
    expect(v.parse(num, ' 2007.00 ')).toBe(2007);
    expect(v.safeParse(num, 'ten').success).toBe(false);
    expect(v.safeParse(num, Number.NaN).success).toBe(false);
  });

  it('takes phone numbers and codes as strings or numbers', () => {
    expect(v.parse(str, 447543691031)).toBe('447543691031');
    expect(v.parse(str, '482917')).toBe('482917');
  });

  it('gives country codes in capitals whatever case they came in', () => {
    expect(v.parse(countryCode, 'de')).toBe('DE');
    expect(v.parse(countryCode, 'GB')).toBe('GB');
  });

  it('takes an empty list of order parameters as an empty object', () => {
    expect(v.parse(stringRecord, [])).toEqual({});
    expect(v.parse(stringRecord, { email: 'a@b.c', age: 3 })).toEqual({ email: 'a@b.c', age: '3' });
  });

  it('takes flags as booleans or zero and one', () => {
    expect(v.parse(bool, 1)).toBe(true);
    expect(v.parse(bool, '0')).toBe(false);
    expect(v.parse(bool, true)).toBe(true);
    expect(v.safeParse(bool, 'yes').success).toBe(false);
  });
});

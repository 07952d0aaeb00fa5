import { describe, expect, it } from 'vitest';

import { splitNumber } from '@/utils/phone';

describe('splitting the numbers the service gives', () => {
  it.each([
    ['447543691031', 'GB', '44', '7543691031', '07543 691031'],
    ['905321234567', 'TR', '90', '5321234567', '0532 123 45 67'],
    ['491760123456', 'DE', '49', '1760123456', '0176 0123456'],
    ['996700123456', 'KG', '996', '700123456', '0700 123 456'],
    ['33612345678', 'FR', '33', '612345678', '06 12 34 56 78'],
    ['79161234567', 'RU', '7', '9161234567', '8 (916) 123-45-67'],
    ['6281234567890', 'ID', '62', '81234567890', '0812-3456-7890'],
    ['12025550123', 'US', '1', '2025550123', '(202) 555-0123'],
    ['8613812345678', 'CN', '86', '13812345678', '138 1234 5678'],
    ['380501234567', 'UA', '380', '501234567', '050 123 4567'],
    ['5511912345678', 'BR', '55', '11912345678', '(11) 91234-5678'],
  ])(
    'splits %s of %s into its calling code and national number',
    (digits, country, code, national, formatted) => {
      const parts = splitNumber(digits);

      expect(parts).toMatchObject({
        e164: `+${digits}`,
        digits,
        callingCode: code,
        country,
        national,
        nationalFormatted: formatted,
      });
      expect(parts.international.startsWith(`+${code} `)).toBe(true);
    },
  );

  it('takes the order country where a prefix is shared', () => {
    expect(splitNumber('14165550123', 'CA').country).toBe('CA');
    expect(splitNumber('77011234567', 'kz').country).toBe('KZ');
  });

  it('still splits a number its metadata does not know, by the order country', () => {
    const parts = splitNumber('446943618185', 'GB');

    expect(parts).toMatchObject({ callingCode: '44', national: '6943618185', country: 'GB' });
    expect(parts.international).toBe('+44 6943618185');
  });

  it('keeps digits with a plus when nothing is known', () => {
    expect(splitNumber('999', null).e164).toBe('+999');
  });
});

import { describe, expect, it } from 'vitest';

import { callingCodeOf, displayNumber } from '@/utils/phone-display';

describe('phone numbers as shown', () => {
  it.each([
    ['447543691031', '+44 7543691031'],
    ['996700123456', '+996 700123456'],
    ['491760123456', '+49 1760123456'],
    ['905321234567', '+90 5321234567'],
    ['12025550123', '+1 2025550123'],
    ['77011234567', '+7 7011234567'],
    ['380501234567', '+380 501234567'],
  ])('put a space after the calling code of %s', (digits, expected) => {
    expect(displayNumber(digits)).toBe(expected);
  });

  it('keep the digits together behind a "+" when the calling code is unknown', () => {
    expect(displayNumber('8801712345678')).toBe('+8801712345678');
  });

  it('take digits that already carry a "+" or spaces', () => {
    expect(displayNumber('+44 7543 691031')).toBe('+44 7543691031');
  });

  it('find no calling code in a number that is only the code', () => {
    expect(callingCodeOf('44')).toBeNull();
  });
});

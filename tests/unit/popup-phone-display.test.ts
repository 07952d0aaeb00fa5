import { describe, expect, it } from 'vitest';

import { displayNumber } from '@/utils/phone-display';
import { splitNumber } from '@/utils/phone';

describe('phone numbers as shown', () => {
  it('use the international form the service worker stored', () => {
    const order = { number: '447543691031', phone: splitNumber('447543691031', 'GB') };

    expect(displayNumber(order)).toBe('+44 7543 691031');
  });

  it('fall back to a plus and the digits for an order stored before the split', () => {
    expect(displayNumber({ number: '905321234567' })).toBe('+905321234567');
  });
});

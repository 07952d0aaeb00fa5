import { describe, expect, it } from 'vitest';

import { menuEntries } from '@/entrypoints/background/menus';
import { locale } from '@/utils/i18n';

import { T0, makeOrder } from '../helpers/order-fixture';

const withCode = (code: string) => ({
  status: 'received' as const,
  messages: [{ date: '2026-05-19T12:31:00+03:00', from: null, text: code, code }],
});

describe('the right-click menu', () => {
  it('has no entry when nothing can be filled', () => {
    const over = makeOrder({ status: 'expired' });

    expect(menuEntries([over], T0)).toEqual([]);
  });

  it('offers the number and, once it came, the code of a single order', () => {
    const waiting = menuEntries([makeOrder()], T0);
    const arrived = menuEntries([makeOrder(withCode('482917'))], T0);

    expect(waiting.map((entry) => entry.title)).toEqual(['Fill phone number']);
    expect(arrived.map((entry) => entry.title)).toEqual(['Fill phone number', 'Fill code']);
  });

  it('speaks Turkish when Turkish is chosen', () => {
    locale.value = 'tr';
    try {
      const titles = menuEntries([makeOrder(withCode('482917'))], T0).map((entry) => entry.title);

      expect(titles).toEqual(['Telefon numarasını doldur', 'Kodu doldur']);
    } finally {
      locale.value = 'en';
    }
  });

  it('names each order when several can be filled, newest first', () => {
    const older = makeOrder({ key: 'virtual:1', activationId: 1, number: '905321234567' });
    const newer = makeOrder({
      key: 'virtual:2',
      activationId: 2,
      createdAt: T0 + 1,
      ...withCode('1234'),
    });

    const titles = menuEntries([older, newer], T0 + 10).map((entry) => entry.title);

    expect(titles).toEqual([
      'Fill +447543691031 (WhatsApp)',
      'Fill code 1234 (WhatsApp)',
      'Fill +905321234567 (WhatsApp)',
    ]);
  });

  it('drops a received code once its number has expired', () => {
    const expired = makeOrder({ ...withCode('1234'), expiresAt: T0 + 5 });

    expect(menuEntries([expired], T0 + 10)).toEqual([]);
  });
});

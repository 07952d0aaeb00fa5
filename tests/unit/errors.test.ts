import { describe, expect, it } from 'vitest';

import { ApiError, NetworkError, isAppError, toErrorData } from '@/utils/errors';

describe('the error hierarchy', () => {
  it('recognises its errors by name when instanceof cannot', () => {
    const foreign = Object.assign(new Error('lost'), { name: 'NetworkError', code: 'network' });

    expect(isAppError(new NetworkError('lost'))).toBe(true);
    expect(isAppError(foreign)).toBe(true);
    expect(isAppError(new TypeError('lost'))).toBe(false);
    expect(isAppError({ name: 'NetworkError', code: 'network' })).toBe(false);
  });

  it('travels as plain data with the server message unchanged', () => {
    const data = toErrorData(
      new ApiError('cancelNumber', 'İptal için en az 2 dakika beklemelisiniz (kalan: 87s).'),
    );

    expect(data).toEqual({
      ok: false,
      code: 'api',
      message: 'İptal için en az 2 dakika beklemelisiniz (kalan: 87s).',
      outcomeUnknown: false,
    });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('turns anything else thrown into an internal error', () => {
    expect(toErrorData('boom')).toMatchObject({ code: 'internal', message: 'boom' });
    expect(toErrorData(new RangeError('bad'))).toMatchObject({ code: 'internal', message: 'bad' });
  });

  it('reads the required amount only from a balance refusal', () => {
    expect(new ApiError('buyNumber', 'Bakiyeniz yetersiz. Gerekli: 99.19').requiredAmount).toBe(
      99.19,
    );
    expect(new ApiError('buyNumber', 'Geçersiz action.').requiredAmount).toBeNull();
  });
});

import { afterEach, describe, expect, it } from 'vitest';

import type { SmmService } from '@/utils/api';
import { locale } from '@/utils/i18n';
import {
  EMPTY_ORDER_FORM,
  checkOrderForm,
  commentLines,
  isWebAddress,
  orderTotal,
  type SmmOrderForm,
} from '@/utils/smm-order-form';

const likes: SmmService = {
  service_id: 10,
  category_id: 1,
  name: 'Twitter Anlık Beğeni',
  description: 'Türk Profilli Hesaplar',
  icon: null,
  input_type: 'link',
  input_placeholder: 'https://x.com/...',
  price_per_unit_tl: 0.19838,
  min_quantity: 100,
  max_quantity: 2500,
  avg_delivery_time: 'Anında',
  status: 'active',
  extras: [
    { name: '+Favoriye Ekleme', price_per_unit_tl: 1 },
    { name: '+Günde sadece 1 yorum gelsin', price_per_unit_tl: 1 },
  ],
};
const followers: SmmService = {
  ...likes,
  service_id: 20,
  input_type: 'username',
  price_per_unit_tl: 0.12,
  min_quantity: 50,
  max_quantity: 10000,
  extras: [{ name: '+Hızlı Başlangıç', price_per_unit_tl: 0.05 }],
};
const comments: SmmService = {
  ...likes,
  service_id: 11,
  input_type: 'custom_comments',
  price_per_unit_tl: 2.5,
  min_quantity: 3,
  max_quantity: 5,
  extras: [],
};

const link = 'https://x.com/elonmusk/status/20503';
const form = (changes: Partial<SmmOrderForm>): SmmOrderForm => ({
  ...EMPTY_ORDER_FORM,
  target: link,
  quantity: '500',
  ...changes,
});

function errorsOf(
  service: SmmService,
  changes: Partial<SmmOrderForm>,
  balance: number | null = 1000,
) {
  const check = checkOrderForm(service, form(changes), balance);
  return check.ok ? {} : check.errors;
}

describe('the SMM order total', () => {
  it('is the unit price times the quantity, rounded to kuruş as the service charges', () => {
    expect(orderTotal(likes, 500, [])).toBe(99.19);
    expect(orderTotal({ ...likes, price_per_unit_tl: 0.0015 }, 1000, [])).toBe(1.5);
    expect(orderTotal({ ...likes, price_per_unit_tl: 0.0015 }, 10, [])).toBe(0.02);
  });

  it('adds each chosen extra per unit and ignores names the service does not have', () => {
    expect(orderTotal(likes, 100, ['+Favoriye Ekleme'])).toBe(119.84);
    expect(orderTotal(likes, 100, ['+Favoriye Ekleme', '+Günde sadece 1 yorum gelsin'])).toBe(
      219.84,
    );
    expect(orderTotal(followers, 333, ['+Hızlı Başlangıç'])).toBe(56.61);
    expect(orderTotal(likes, 100, ['+Unknown'])).toBe(19.84);
  });
});

describe('the SMM order form', () => {
  it('sends a link order with its quantity and chosen extras', () => {
    const check = checkOrderForm(
      likes,
      form({ target: `  ${link} `, extras: ['+Favoriye Ekleme'] }),
      1000,
    );
    expect(check).toEqual({
      ok: true,
      quantity: 500,
      totalTl: 599.19,
      params: { service_id: 10, link, quantity: 500, extras: [{ name: '+Favoriye Ekleme' }] },
    });
  });

  it('refuses a quantity outside the limits or not a whole number', () => {
    expect(errorsOf(likes, { quantity: '99' }).quantity).toContain('100 – 2500');
    expect(errorsOf(likes, { quantity: '2501' }).quantity).toContain('100 – 2500');
    expect(errorsOf(likes, { quantity: '150.5' }).quantity).toContain('whole number');
    expect(errorsOf(likes, { quantity: '1e3' }).quantity).toContain('whole number');
    expect(errorsOf(likes, { quantity: '-200' }).quantity).toContain('whole number');
    expect(errorsOf(likes, { quantity: ' ' }).quantity).toBe('Enter the quantity.');
    expect(errorsOf(likes, { quantity: '100' })).toEqual({});
    expect(errorsOf(likes, { quantity: '2500' })).toEqual({});
  });

  it('refuses a link that is empty, too long or not a web address', () => {
    expect(errorsOf(likes, { target: '  ' }).target).toBe('Enter the link.');
    expect(errorsOf(likes, { target: 'x.com/elonmusk' }).target).toContain('http');
    expect(errorsOf(likes, { target: 'ftp://x.com/a' }).target).toContain('http');
    const long = `https://x.com/${'a'.repeat(242)}`;
    expect(long).toHaveLength(256);
    expect(errorsOf(likes, { target: long }).target).toContain('255');
    expect(errorsOf(likes, { target: long.slice(0, 255) })).toEqual({});
  });

  it('takes any username up to 255 characters, but not an empty one', () => {
    expect(errorsOf(followers, { target: 'pale100shop' })).toEqual({});
    expect(errorsOf(followers, { target: '' }).target).toBe('Enter the username.');
    expect(errorsOf(followers, { target: 'u'.repeat(256) }).target).toContain('255');
  });

  it('counts custom comments from their non-empty lines and sends them without a quantity', () => {
    expect(commentLines('one\r\n\n  two  \n\nthree\n')).toEqual(['one', 'two', 'three']);
    const check = checkOrderForm(
      comments,
      form({ comments: 'one\n\n two\nthree', quantity: '' }),
      100,
    );
    expect(check).toEqual({
      ok: true,
      quantity: 3,
      totalTl: 7.5,
      params: { service_id: 11, link, comments: 'one\ntwo\nthree' },
    });
  });

  it('refuses missing comments and a count outside the limits', () => {
    expect(errorsOf(comments, { comments: ' \n ' }).comments).toBe('Write at least one comment.');
    expect(errorsOf(comments, { comments: 'a\nb' }).comments).toContain('3 – 5');
    expect(errorsOf(comments, { comments: 'a\nb\nc\nd\ne\nf' }).comments).toContain('6 comments');
  });

  it('refuses a service that is coming soon or in an unknown state', () => {
    expect(errorsOf({ ...likes, status: 'coming' }, {}).service).toContain('coming soon');
    expect(errorsOf({ ...likes, status: 'paused' }, {}).service).toContain('"paused"');
  });

  it('refuses an extra the service does not offer', () => {
    expect(errorsOf(likes, { extras: ['+Nope'] }).extras).toContain('+Nope');
  });

  it('refuses a total above the known balance and says how much more is needed', () => {
    const reason = errorsOf(likes, { quantity: '100' }, 10).balance;
    expect(reason).toContain('₺19,84');
    expect(reason).toContain('₺9,84 more');
    expect(errorsOf(likes, { quantity: '100' }, 19.84)).toEqual({});
    expect(errorsOf(likes, { quantity: '100' }, null)).toEqual({});
  });
});

describe('a web address', () => {
  it('is an absolute http or https address with a host name', () => {
    expect(isWebAddress('https://x.com/a')).toBe(true);
    expect(isWebAddress('http://t.me/channel')).toBe(true);
    expect(isWebAddress('https://')).toBe(false);
    expect(isWebAddress('https://localhost')).toBe(false);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('www.instagram.com/p/1')).toBe(false);
  });
});

describe('the SMM order form reasons in Turkish', () => {
  afterEach(() => {
    locale.value = 'en';
  });

  it('are written in Turkish when Turkish is chosen', () => {
    locale.value = 'tr';

    expect(errorsOf(likes, { target: '' }).target).toBe('Bağlantıyı girin.');
    expect(errorsOf(followers, { target: '' }).target).toBe('Kullanıcı adını girin.');
    expect(errorsOf(comments, { comments: 'a\nb' }).comments).toBe(
      '2 yorum var; bu hizmet 3 – 5 yorum alıyor.',
    );
    expect(errorsOf(likes, { quantity: '100' }, 10)).toEqual({
      balance: 'Bu sipariş için ₺19,84 gerekiyor ancak bakiyeniz ₺10,00; ₺9,84 eksik.',
    });
  });
});

// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';

import { detectFields } from '@/utils/fields';

beforeEach(() => {
  document.body.innerHTML = '';
});

function render(html: string) {
  document.body.innerHTML = html;
  return detectFields(document);
}

const $ = (selector: string) => document.querySelector(selector);
const BOX = '<input maxlength="1">';

describe('finding the phone field', () => {
  it('passes over a search box that mentions phones', () => {
    const fields = render(`
      <form role="search"><input name="find" placeholder="Search phones"></form>
      <input name="q" placeholder="iPhone 15"><input name="ara" placeholder="Telefon ara">
      <label>Phone <input id="phone"></label>`);

    expect(fields.phone).toBe($('#phone'));
  });

  it('passes over e-mail, card and address fields', () => {
    const fields = render(`
      <input type="email" name="phone_or_email">
      <input name="emailOrPhone" placeholder="E-mail or phone">
      <input name="card_number" inputmode="numeric" maxlength="6" placeholder="Card number">
      <input autocomplete="street-address" name="phone_address">
      <label>Posta kodu <input name="zip" inputmode="numeric" maxlength="5"></label>
      <label>Telephone <input id="phone"></label>`);

    expect(fields.phone).toBe($('#phone'));
    expect(fields.code).toEqual([]);
  });

  it('passes over hidden, disabled and read-only fields', () => {
    const fields = render(`
      <input type="hidden" name="phone">
      <input name="phone" style="display: none">
      <div hidden><input name="phone"></div>
      <div style="visibility: hidden"><input name="phone"></div>
      <input name="phone" disabled>
      <fieldset disabled><input name="phone"></fieldset>
      <input name="phone" readonly>
      <input name="phone" id="phone">`);

    expect(fields.phone).toBe($('#phone'));
  });

  it('prefers the autocomplete token over a name', () => {
    const fields = render(`
      <input name="phone_backup">
      <input name="contact" autocomplete="section-signup shipping mobile tel" id="tel">`);

    expect(fields.phone).toBe($('#tel'));
  });

  it.each([
    ['Mobile number', 'en'],
    ['Cep telefonu', 'tr'],
    ['GSM numarası', 'tr'],
    ['Номер телефона', 'ru'],
    ['手机号码', 'zh'],
    ['電話番号', 'ja'],
    ['휴대폰 번호', 'ko'],
    ['Teléfono celular', 'es'],
    ['Número de móvil', 'es'],
    ['Téléphone portable', 'fr'],
    ['Handynummer', 'de'],
    ['Numero di cellulare', 'it'],
    ['Số điện thoại', 'vi'],
    ['Nomor HP', 'id'],
    ['رقم الهاتف', 'ar'],
    ['رقم الجوال', 'ar'],
    ['شماره موبایل', 'fa'],
    ['מספר טלפון', 'he'],
  ])('knows "%s" (%s) for a phone label', (label) => {
    const fields = render(`<label>Name <input></label><label>${label} <input id="phone"></label>`);

    expect(fields.phone).toBe($('#phone'));
  });

  it('reads labels by for, by aria-labelledby and by aria-label', () => {
    const byFor = render(`<label for="a">Telefon</label><div><input id="a"></div>`);
    const byLabelledby = render(`<span id="l">Telefono</span><input aria-labelledby="l" id="b">`);
    const byAriaLabel = render(`<input aria-label="Phone number" id="c">`);

    expect(byFor.phone?.id).toBe('a');
    expect(byLabelledby.phone?.id).toBe('b');
    expect(byAriaLabel.phone?.id).toBe('c');
  });

  it('reads an unlabelled field by the text just before it', () => {
    const fields = render(`<div><div>Phone number</div><div><input id="phone"></div></div>`);

    expect(fields.phone).toBe($('#phone'));
  });

  it('finds nothing on a page without phone or code fields', () => {
    const fields = render(`<label>Name <input></label><input type="search" name="q">`);

    expect(fields).toEqual({ phone: null, phoneCountry: null, code: [] });
  });
});

describe('finding the code field', () => {
  it('takes a password field only when it is plainly a short code', () => {
    const plain = render(`<label>Password <input type="password" maxlength="6"></label>`);
    const code = render(`<label>SMS code <input type="password" maxlength="6" id="c"></label>`);
    const token = render(`<input type="password" autocomplete="one-time-code" id="t">`);

    expect(plain.code).toEqual([]);
    expect(code.code.map((f) => f.id)).toEqual(['c']);
    expect(token.code.map((f) => f.id)).toEqual(['t']);
  });

  it.each([
    'Verification code',
    'Doğrulama kodu',
    'SMS onay kodu',
    'Код из СМС',
    '验证码',
    '認証コード',
    '인증번호',
    'Código de verificación',
    'Codice di verifica',
    'Mã xác nhận',
    'Kode OTP',
    'رمز التحقق',
    'کد تایید',
    'קוד אימות',
  ])('knows "%s" for a code label', (label) => {
    const fields = render(`<label>Phone <input></label><label>${label} <input id="code"></label>`);

    expect(fields.code).toEqual([$('#code')]);
  });

  it('takes a numeric field for six digits as a code, but not an ID number or a promo code', () => {
    const fields = render(`
      <input name="tckn" inputmode="numeric" maxlength="11">
      <label>Promo code <input name="promo" maxlength="6"></label>
      <label>Invite code <input name="invite" inputmode="numeric" maxlength="6"></label>
      <input name="x1" inputmode="numeric" maxlength="6" id="code">`);

    expect(fields.code).toEqual([$('#code')]);
  });

  it('returns split boxes in document order, across wrappers', () => {
    const fields = render(`
      <label>Phone <input type="tel"></label>
      <div class="otp">
        ${[1, 2, 3, 4].map((n) => `<span><input maxlength="1" id="b${n}"></span>`).join('')}
      </div>`);

    expect(fields.code.map((box) => box.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
  });

  it('does not take three boxes, or a row broken by another field, for a split code', () => {
    const three = render(`<div>${'<input maxlength="1">'.repeat(3)}</div>`);
    const broken = render(`<div>${BOX.repeat(2)}<input name="x">${BOX.repeat(2)}</div>`);

    expect(three.code).toEqual([]);
    expect(broken.code).toEqual([]);
  });

  it('prefers a one-time-code field over boxes, and boxes over a field merely named a code', () => {
    const token = render(
      `<div>${'<input maxlength="1">'.repeat(6)}</div><input autocomplete="one-time-code" id="t">`,
    );
    const named = render(
      `<div>${'<input maxlength="1" class="b">'.repeat(6)}</div><label>Code <input></label>`,
    );

    expect(token.code.map((f) => f.id)).toEqual(['t']);
    expect(named.code).toEqual([...document.querySelectorAll('.b')]);
  });
});

describe('finding the country control', () => {
  it('takes a short input holding the calling code before the number', () => {
    const fields = render(`
      <div class="phone">
        <input value="+90" maxlength="4" id="cc"><input type="tel" id="phone">
      </div>`);

    expect(fields.phone).toBe($('#phone'));
    expect(fields.phoneCountry).toBe($('#cc'));
  });

  it.each([
    ['<option value="44">+44</option><option value="90">+90</option>'],
    ['<option>🇬🇧 +44</option><option>🇹🇷 +90</option>'],
    ['<option>GB +44</option><option>TR +90</option>'],
    [
      '<option value="GB">UK</option><option value="TR">Türkiye</option><option value="DE">DE</option>',
    ],
  ])('takes a select beside the number whose options are %s', (options) => {
    const fields = render(`
      <form>
        <div class="row"><select id="cc">${options}</select><input type="tel" id="phone"></div>
      </form>`);

    expect(fields.phoneCountry).toBe($('#cc'));
  });

  it('takes a widget that shows the flag and the calling code', () => {
    const fields = render(`
      <div class="iti">
        <div class="iti__flag-container">
          <button type="button" aria-haspopup="listbox" aria-label="Türkiye: +90" id="w"></button>
        </div>
        <input type="tel" id="phone">
      </div>`);

    expect(fields.phoneCountry).toBe($('#w'));
  });

  it('leaves a country select that stands apart from the number', () => {
    const fields = render(`
      <form>
        <div>
          <label>Country</label>
          <select><option value="GB">UK</option><option value="TR">TR</option><option>DE</select>
        </div>
        <div><label>Name</label><input name="name"></div>
        <div><label>Phone</label><input type="tel" id="phone"></div>
      </form>`);

    expect(fields.phone).toBe($('#phone'));
    expect(fields.phoneCountry).toBeNull();
  });
});

describe('looking into frames', () => {
  it('searches a same-origin frame', () => {
    document.body.innerHTML = `<iframe srcdoc="<label>Phone <input id='phone'></label>"></iframe>`;
    const inner = ($('iframe') as HTMLIFrameElement).contentDocument!;

    const fields = detectFields(document);

    expect(fields.phone).toBe(inner.getElementById('phone'));
  });

  it('skips a cross-origin frame, whose document is not reachable', () => {
    document.body.innerHTML = `
      <iframe srcdoc="<label>Phone <input></label>"></iframe>
      <label>Phone <input id="phone"></label>`;
    Object.defineProperty($('iframe'), 'contentDocument', { value: null });

    const fields = detectFields(document);

    expect(fields.phone).toBe($('#phone'));
  });
});

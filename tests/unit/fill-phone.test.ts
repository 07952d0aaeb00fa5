// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { detectFields } from '@/utils/fields';
import { fillPhone, phoneFormFor } from '@/utils/fill';

import { createPhoneParts, openDemoPage, TURKISH_PHONE, type DemoPage } from '../fixtures/pages';

let page: DemoPage | undefined;
beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function render(html: string) {
  document.body.innerHTML = `<form>${html}</form>`;
  let submitted = false;
  document.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted = true;
  });

  return { fields: detectFields(document), submitted: () => submitted };
}

const WIDGET = '<button type="button" aria-haspopup="listbox" id="w">🇹🇷 +90</button>';
const $ = <T extends Element = HTMLInputElement>(selector: string) =>
  document.querySelector(selector) as T;

describe('the form of a lone phone field', () => {
  it.each([
    ['placeholder="+90 5xx xxx xx xx"', '+905321234567'],
    ['placeholder="05xx xxx xx xx"', '05321234567'],
    ['placeholder="5xx xxx xx xx"', '5321234567'],
    ['maxlength="10"', '5321234567'],
    ['maxlength="11"', '05321234567'],
    ['maxlength="13"', '+905321234567'],
    ['pattern="0[0-9]{10}"', '05321234567'],
    ['type="number"', '905321234567'],
    ['name="phone"', '+905321234567'],
  ])('with %s is %s', (attributes, expected) => {
    document.body.innerHTML = `<input ${attributes}>`;

    expect(phoneFormFor($('input'), TURKISH_PHONE)).toBe(expected);
  });

  it('is the national number after a "+90" prefix of the same country', () => {
    document.body.innerHTML = `
      <div class="prefix"><span>🇹🇷 +90</span><input id="tr"></div>
      <div class="prefix"><span>+44</span><input id="gb"></div>`;

    expect(phoneFormFor($('#tr'), TURKISH_PHONE)).toBe('5321234567');
    expect(phoneFormFor($('#gb'), TURKISH_PHONE)).toBe('+905321234567');
  });
});

describe('filling the phone number', () => {
  it('chooses the country in the select beside the number, then the national number', async () => {
    page = await openDemoPage('country-select.html');
    const fields = detectFields(page.document);

    const filled = fillPhone(fields, createPhoneParts());

    expect(filled).toBe(true);
    expect(JSON.parse(page.state())).toMatchObject({ country: 'GB', phone: '7543691031' });
    expect(page.document.querySelector<HTMLSelectElement>('#residence')!.value).toBe('');
    expect(page.window.__submitted).toBeUndefined();
  });

  it('prefers the exact country among options that share a calling code', () => {
    const { fields } = render(`
      <div>
        <select id="cc"><option value="CA">Canada (+1)<option value="US">USA (+1)</select>
        <input type="tel" id="phone">
      </div>`);
    const us = createPhoneParts({ callingCode: '1', country: 'US', national: '2015550123' });

    fillPhone(fields, us);

    expect($<HTMLSelectElement>('#cc').value).toBe('US');
    expect($('#phone').value).toBe('2015550123');
  });

  it('matches options by calling code when their values are not countries', () => {
    const { fields } = render(`
      <div>
        <select id="cc"><option value="90">TR +90<option value="44">GB +44</select>
        <input type="tel" id="phone">
      </div>`);
    const changes: string[] = [];
    $('#cc').addEventListener('change', () => changes.push($<HTMLSelectElement>('#cc').value));

    fillPhone(fields, createPhoneParts());

    expect(changes).toEqual(['44']);
  });

  it('writes the calling code in a short country-code input', () => {
    const { fields } = render(
      `<div><input value="+90" maxlength="4" id="cc"><input type="tel" id="phone"></div>`,
    );

    fillPhone(fields, createPhoneParts());

    expect($('#cc').value).toBe('+44');
    expect($('#phone').value).toBe('7543691031');
  });

  it('fills the trunk form on the Turkish page', async () => {
    page = await openDemoPage('turkish.html');
    const fields = detectFields(page.document);

    fillPhone(fields, TURKISH_PHONE);

    expect(JSON.parse(page.state()).phone).toBe('05321234567');
  });

  it('leaves a widget that already shows the calling code as it is', () => {
    const { fields } = render(`
      <div class="iti">${WIDGET}<input type="tel" id="phone"></div>`);
    let clicks = 0;
    $('#w').addEventListener('click', () => clicks++);

    fillPhone(fields, TURKISH_PHONE);

    expect(clicks).toBe(0);
    expect($('#phone').value).toBe('5321234567');
  });

  it('fills the international form beside a widget showing another country, for it to read', () => {
    const { fields } = render(`
      <div class="iti">${WIDGET}<input type="tel" id="phone"></div>`);

    fillPhone(fields, createPhoneParts());

    expect(fields.phoneCountry).toBe($('#w'));
    expect($('#phone').value).toBe('+447543691031');
  });

  it('never clicks a country button, which could submit the form', () => {
    const { fields, submitted } = render(`
      <div><button aria-haspopup="listbox" id="w">🇹🇷 +90</button><input id="phone"></div>`);

    fillPhone(fields, createPhoneParts());

    expect(submitted()).toBe(false);
    expect($('#phone').value).toBe('+447543691031');
  });

  it('fills nothing where there is no phone field', () => {
    const { fields } = render('<input name="name">');

    expect(fillPhone(fields, createPhoneParts())).toBe(false);
  });
});

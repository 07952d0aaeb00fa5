/**
 * Filling a phone number in the form its field expects: the country chosen in the control
 * beside it and the national number in the field, or one whole form read from the field.
 */
import { textBefore, textOf, type DetectedFields } from '../fields';
import type { PhoneParts } from '../phone';

import { fire, setInputValue, setNativeValue } from './value';

/** The number as `input` expects it when no country control stands beside it. */
export function phoneFormFor(input: HTMLInputElement, phone: PhoneParts): string {
  // A pattern such as "0[0-9]{10}" or "\+90.*" hints like a placeholder.
  const pattern = input.getAttribute('pattern')?.replace(/[\^\\]/g, '');
  const hint = (input.placeholder || pattern || '').trim();
  const max = input.maxLength;
  const trunk = phone.nationalFormatted.replace(/\D/g, '');
  const forms: [boolean, string][] = [
    // "+90 5xx xxx xx xx" asks for the international form.
    [hint.startsWith('+'), phone.e164],
    // "05xx xxx xx xx" asks for the trunk prefix and the national number, digits only.
    [hint.startsWith('0'), trunk],
    // "5xx xxx xx xx" or "(555) 123-4567" asks for the national number.
    [/^[1-9x(][\dx\s().-]{5,}$/i.test(hint), phone.national],
    // A "+90" written before the field, when it is this number's calling code.
    [textBefore(input).match(/\+\s?(\d+)$/)?.[1] === phone.callingCode, phone.national],
    // Too short for the international form: the longest form that fits.
    [max > 0 && max < phone.e164.length, max > phone.national.length ? trunk : phone.national],
    // A number field cannot hold the plus.
    [input.type === 'number', phone.digits],
  ];

  return forms.find(([applies]) => applies)?.[1] ?? phone.e164;
}

const dialPattern = (phone: PhoneParts) => new RegExp(`\\+\\s?${phone.callingCode}(?!\\d)`);

function chooseOption(select: HTMLSelectElement, phone: PhoneParts): boolean {
  const dial = dialPattern(phone);
  const options = [...select.options];
  const option =
    options.find((o) => o.value.toUpperCase() === phone.country) ??
    options.find((o) => dial.test(`${o.value} ${o.text}`));
  if (!option) return false;

  setNativeValue(select, option.value);
  fire(select, 'input');
  fire(select, 'change');
  return true;
}

/**
 * A dropdown widget is left closed, as clicking one could be a submit button's click: when it
 * shows the number's calling code the national number goes in the field, otherwise the
 * international form, which such widgets (intl-tel-input, react-phone-number-input) read.
 */
const showsCode = (widget: HTMLElement, phone: PhoneParts) =>
  dialPattern(phone).test(`${textOf(widget)} ${widget.title} ${widget.getAttribute('aria-label')}`);

/**
 * Sets the number's country in a select or a calling-code input; true when the control then
 * stands for the number's country, so that the field wants the national number.
 */
export function chooseCountry(control: HTMLElement, phone: PhoneParts): boolean {
  if (control.tagName === 'SELECT') return chooseOption(control as HTMLSelectElement, phone);
  if (control.tagName === 'INPUT')
    return setInputValue(control as HTMLInputElement, `+${phone.callingCode}`);

  return showsCode(control, phone);
}

/** Fills the detected phone field; false when there is none or it did not take the number. */
export function fillPhone(fields: DetectedFields, phone: PhoneParts): boolean {
  const { phone: input, phoneCountry } = fields;
  if (!input) return false;

  if (phoneCountry && chooseCountry(phoneCountry, phone)) {
    return setInputValue(input, phone.national);
  }

  return setInputValue(input, phoneFormFor(input, phone));
}

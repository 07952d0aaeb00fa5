/**
 * Phone numbers as the API gives them (digits with the country prefix, "447543691031"), split
 * into calling code and national number and written in the forms signup forms ask for. The
 * small metadata of libphonenumber-js knows every country's prefixes and formats.
 */
import {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/min';

/** One number in every form a field may expect. */
export interface PhoneParts {
  /** "+447543691031" */
  e164: string;
  /** Digits with the calling code, no plus: "447543691031". */
  digits: string;
  /** Calling code without plus: "44". */
  callingCode: string;
  /** ISO 3166 country, uppercase: "GB"; `null` when the prefix is shared and unclear. */
  country: string | null;
  /** National significant number, digits only: "7543691031". */
  national: string;
  /** The national number as written in its country, with its trunk prefix: "07543 691031". */
  nationalFormatted: string;
  /** International, spaced: "+44 7543 691031". */
  international: string;
}

/** The forms of a number the service gave as digits; `country` helps where a prefix is shared. */
export function splitNumber(digits: string, country?: string | null): PhoneParts {
  const clean = digits.replace(/\D/g, '');
  const hint = isKnownCountry(country) ? (country.toUpperCase() as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(`+${clean}`, hint ? { defaultCountry: hint } : {});
  if (parsed) {
    const national = parsed.nationalNumber;
    return {
      e164: parsed.number,
      digits: clean,
      callingCode: parsed.countryCallingCode,
      country: parsed.country ?? hintFor(parsed.countryCallingCode, hint),
      national,
      nationalFormatted: parsed.isValid() ? parsed.formatNational() : national,
      international: parsed.isValid()
        ? parsed.formatInternational()
        : `+${parsed.countryCallingCode} ${national}`,
    };
  }

  return fallbackParts(clean, hint);
}

function isKnownCountry(country: string | null | undefined): country is string {
  return Boolean(country) && isSupportedCountry(country!.toUpperCase() as CountryCode);
}

function hintFor(callingCode: string, hint: CountryCode | undefined): string | null {
  if (!hint) return null;

  return getCountryCallingCode(hint) === callingCode ? hint : null;
}

/** Without a parse, the country hint's calling code still splits the digits. */
function fallbackParts(digits: string, hint: CountryCode | undefined): PhoneParts {
  const callingCode = hint ? getCountryCallingCode(hint) : '';
  const hasCode = callingCode !== '' && digits.startsWith(callingCode);
  const national = hasCode ? digits.slice(callingCode.length) : digits;
  return {
    e164: `+${digits}`,
    digits,
    callingCode: hasCode ? callingCode : '',
    country: hasCode ? hint! : null,
    national,
    nationalFormatted: national,
    international: hasCode ? `+${callingCode} ${national}` : `+${digits}`,
  };
}

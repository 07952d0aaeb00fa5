/**
 * Phone numbers as the API gives them (digits with the country prefix, "447543691031"), split
 * into calling code and national number and written in the forms signup forms ask for.
 */

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

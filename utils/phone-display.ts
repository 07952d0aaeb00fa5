/**
 * Phone numbers as people read them: "+44 7543691031". The API gives digits with the country
 * prefix and no separator, so the calling code is found by its leading digits.
 *
 * TODO(2026-12-03): replace with libphonenumber, which also groups the national part and knows
 * every country; this table covers the countries the service and its sandbox sell.
 */

// Calling codes are prefix-free (no code starts another), so at most one length matches.
// prettier-ignore
const CALLING_CODES: ReadonlySet<string> = new Set([
  '1', '7', '20', '27', '30', '31', '32', '33', '34', '39', '40', '41', '43', '44', '46', '48',
  '49', '52', '54', '55', '57', '60', '62', '63', '66', '84', '90', '91', '234', '254', '351',
  '358', '380', '420', '972', '994', '995', '996', '998',
]);

/** The calling code a number starts with, or `null` when the table does not know it. */
export function callingCodeOf(digits: string): string | null {
  for (const length of [1, 2, 3]) {
    const prefix = digits.slice(0, length);
    if (digits.length > length && CALLING_CODES.has(prefix)) return prefix;
  }

  return null;
}

/** "447543691031" → "+44 7543691031"; an unknown prefix gets the "+" and no space. */
export function displayNumber(digits: string): string {
  const clean = digits.replace(/\D/g, '');
  if (clean === '') return digits;

  const code = callingCodeOf(clean);
  return code === null ? `+${clean}` : `+${code} ${clean.slice(code.length)}`;
}

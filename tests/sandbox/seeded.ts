/**
 * Deterministic pseudo-randomness: the catalog and the phone numbers must be the same on every
 * start, so tests elsewhere can rely on them.
 */

/** A stable integer in [0, modulo) derived from the given seeds. */
export function seededInt(modulo: number, ...seeds: number[]): number {
  let hash = 2166136261;
  for (const seed of seeds) {
    hash = Math.imul(hash ^ seed, 16777619) >>> 0;
    hash = Math.imul(hash ^ (hash >>> 15), 2246822519) >>> 0;
  }

  return hash % modulo;
}

/** A stable digit string of the given length that does not start with 0. */
export function seededDigits(length: number, ...seeds: number[]): string {
  let digits = String(1 + seededInt(9, ...seeds, -1));
  for (let index = 1; index < length; index += 1) {
    digits += String(seededInt(10, ...seeds, index));
  }

  return digits;
}

/** A phone number in the API's form: dial code and subscriber digits, no plus sign. */
export function seededPhoneNumber(dialCode: string, seed: number): string {
  const totalDigits = dialCode.length === 1 ? 11 : 12;
  return dialCode + seededDigits(totalDigits - dialCode.length, seed, Number(dialCode));
}

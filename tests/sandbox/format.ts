/** Formatting shared by every section: money, the docs' timestamps, search folding. */

const TURKEY_OFFSET_MS = 3 * 60 * 60 * 1000;

/** Rounds to kuruş; the API never answers more than two decimals for TL amounts. */
export function roundMoney(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

/** "2007.00": the form the API uses inside its Turkish error messages. */
export function formatMoney(amount: number): string {
  return roundMoney(amount).toFixed(2);
}

/**
 * Renders an instant the way the docs print it: Turkey time (UTC+03:00, no DST) and a space
 * after each colon, e.g. "2026-05-19 12: 30: 00". Clients parse this quirk, so we keep it.
 */
export function formatApiTime(epochMs: number): string {
  const turkey = new Date(epochMs + TURKEY_OFFSET_MS);
  const [date = '', time = ''] = turkey.toISOString().split(/[T.]/);
  return `${date} ${time.replace(/:/g, ': ')}`;
}

/**
 * Folds text for the API's LIKE searches the way a Turkish collation would: case-insensitive,
 * dotted and dotless i alike, and ş/ğ/ü/ö/ç matching their plain letters.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('tr')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** True when `needle` is empty or occurs in any of the haystacks (SQL `LIKE %needle%`). */
export function matchesSearch(needle: string | undefined, ...haystacks: string[]): boolean {
  if (needle === undefined) return true;

  const folded = foldForSearch(needle);
  return haystacks.some((haystack) => foldForSearch(haystack).includes(folded));
}

/** "2 Saat", "1 Gün": the docs' wording for a rent duration. */
export function formatDuration(hours: number): string {
  if (hours > 0 && hours % 24 === 0) return `${hours / 24} Gün`;
  return `${hours} Saat`;
}

/** Sorts Turkish names the way the site lists them (İtalya after Hollanda). */
export function compareTurkish(left: string, right: string): number {
  return left.localeCompare(right, 'tr');
}

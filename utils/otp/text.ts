/**
 * Prepares a message for reading: digits made ASCII, case folded without moving any offset, and
 * the parts that never hold the code (links, addresses, phone numbers, app hashes) blanked out.
 */

// Blanked text keeps its length, so offsets found in it point into the original.
const BLANK = '\u0000';

// Full-width, Persian and Arabic-Indic digits: each block holds 0 to 9 in order, highest first.
const DIGIT_BLOCKS = [0xff10, 0x06f0, 0x0660];
const FOREIGN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;
const FULL_WIDTH_LETTER = /[\uff21-\uff3a\uff41-\uff5a]/g;

// prettier-ignore
const TLDS = [
  'com', 'net', 'org', 'io', 'co', 'me', 'app', 'dev', 'ly', 'gl', 'gg', 'tv', 'to', 'info', 'biz',
  'shop', 'xyz', 'site', 'online', 'store', 'link', 'page', 'tr', 'ru', 'ua', 'cn', 'jp', 'kr',
  'vn', 'id', 'de', 'fr', 'es', 'it', 'br', 'pt', 'uk', 'us', 'in', 'ir', 'il', 'sa', 'ae', 'eg',
  'az', 'kz', 'pl', 'nl', 'gov', 'edu',
];

// A host starts where no host character stands before it, so each run is tried once, and its
// labels are checked for a letter afterwards ("482917.it"): a letter required inside the
// pattern backtracks badly on long words.
const LINK = new RegExp(
  String.raw`(?:https?:\/\/|www\.)\S+|(?<![\w.-])((?:[A-Za-z0-9-]+\.)+)` +
    String.raw`(?:${TLDS.join('|')})(?:\.[a-z]{2})?\b(?:[/?#]\S*)?`,
  'g',
);
const EMAIL = /(?<=^|\s)[^\s@]+@[^\s@]+\.[A-Za-z]{2,}/g;
// Numbers with a country prefix or an area code in brackets are phone numbers.
const PHONE = /\+\d[\d \u00a0()-]{6,}\d|\(\d{2,5}\)[ \u00a0-]?\d[\d \u00a0-]{4,}\d/g;
// Android's SMS Retriever appends an 11-character hash of the app to the message.
const APP_HASH = /(?<=\s)[A-Za-z0-9+/]{11}(?=\s*$)/;
const APP_HASH_MARK = /<#>|\[#\]/;
// WebOTP's origin-bound line: "@example.com #123456", optionally followed by "%iframe.com".
const ORIGIN_BOUND = /(?:^|\s)@[^\s@#]+\.[^\s@#]+[ \t]+#([A-Za-z0-9]{3,10})(?![A-Za-z0-9])/;

/**
 * Composed accents, and ASCII for Arabic-Indic, Persian and full-width digits and full-width
 * letters. Full-width punctuation stays: "，" separates clauses where "," would join numbers.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(FULL_WIDTH_LETTER, (letter) => String.fromCharCode(letter.charCodeAt(0) - 0xfee0))
    .replace(FOREIGN_DIGIT, (digit) => {
      const point = digit.charCodeAt(0);
      const block = DIGIT_BLOCKS.find((start) => point >= start)!;
      return String(point - block);
    });
}

/** Lower case with every offset kept: "İ" becomes "i" instead of "i" and a combining dot. */
export function foldCase(text: string): string {
  return text.replace(/\p{Lu}/gu, (letter) => {
    const lower = letter.toLowerCase();
    if (lower.length === letter.length) return lower;

    return letter === 'İ' ? 'i' : letter;
  });
}

/** The code of a WebOTP origin-bound line, never its domain. */
export function findOriginBoundCode(text: string): string | null {
  return ORIGIN_BOUND.exec(text)?.[1] ?? null;
}

const blank = (text: string, pattern: RegExp): string =>
  text.replace(pattern, (part) => BLANK.repeat(part.length));

function blankAppHash(text: string): string {
  const hash = APP_HASH.exec(text)?.[0];
  if (hash === undefined) return text;

  // Without the mark, only a token that looks random is taken for a hash.
  const looksRandom = /[a-z]/.test(hash) && /[A-Z]/.test(hash) && /[\d+/]/.test(hash);
  return APP_HASH_MARK.test(text) || looksRandom ? blank(text, APP_HASH) : text;
}

/** Blanks links, email addresses, phone numbers and the app hash, keeping every offset. */
export function blankNoise(text: string): string {
  const withoutLinks = blankAppHash(text).replace(LINK, (link, labels?: string) =>
    labels === undefined || /[A-Za-z]/.test(labels) ? BLANK.repeat(link.length) : link,
  );

  return blank(blank(withoutLinks, EMAIL), PHONE);
}

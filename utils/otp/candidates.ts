/**
 * The runs of a message that could be a code: digit runs, digit groups that form one code
 * ("337-337", "123 456"), and letter-and-digit tokens ("5WGU8G").
 */
import type { Span } from './context';

/** A possible code and where it stands in the text. */
export interface Candidate extends Span {
  /** The code as typed, separators removed. */
  value: string;
  /** Digits only, or letters and digits. */
  kind: 'digits' | 'mixed';
}

interface Token extends Span {
  text: string;
}

const TOKEN = /[A-Za-z0-9]+/g;
const DIGITS = /^\d+$/;
const GROUP_SEPARATOR = /^[ \u00a0-]$/;
// Digits fused with a unit or currency ("10dk", "250TL", "4G") are not letter codes.
const UNIT_TOKEN = new RegExp(
  '^(?:\\d+(?:dk|sn|tl|usd|eur|vnd|rub|idr|gb|mb|kb|tb|kg|km|cm|mm|ml|mg|px|fps|mp|hz|ghz|mhz|' +
    'mah|am|pm|th|st|nd|rd|x|g|h|k|m|s)|(?:tl|usd|eur|try|rub|x{2,})\\d+)$',
  'i',
);

const isDigits = (token: Token): boolean => DIGITS.test(token.text);

/** Digit tokens joined by single spaces or hyphens, as phone numbers and grouped codes are. */
function chainAt(tokens: readonly Token[], index: number, text: string): Token[] {
  const chain = [tokens[index]!];
  for (let next = tokens[index + 1]; next !== undefined; next = tokens[index + chain.length]) {
    const last = chain[chain.length - 1]!;
    const gap = text.slice(last.end, next.start);
    if (!isDigits(last) || !isDigits(next) || !GROUP_SEPARATOR.test(gap)) break;

    chain.push(next);
  }

  return chain;
}

const single = (token: Token, kind: Candidate['kind']): Candidate => ({
  value: token.text,
  start: token.start,
  end: token.end,
  kind,
});

function candidatesOfChain(chain: readonly Token[], text: string): Candidate[] {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  if (!isDigits(first)) return isMixedCode(first.text) ? [single(first, 'mixed')] : [];

  // A hyphen after the digits ("388-941-") means a longer number was cut off.
  const digitCount = chain.reduce((sum, token) => sum + token.text.length, 0);
  if (text[last.end] === '-' || chain.length > 2) return [];
  if (chain.length === 2 && digitCount >= 10) return [];

  const second = chain[1];
  if (second === undefined) return [single(first, 'digits')];

  // Two groups of three are one code as WhatsApp and Instagram print it.
  if (first.text.length === 3 && second.text.length === 3) {
    return [
      { value: first.text + second.text, start: first.start, end: second.end, kind: 'digits' },
    ];
  }

  // Other hyphenated pairs are ranges, phone parts or dates; spaced pairs are two numbers.
  if (text[first.end] === '-') return [];
  return [single(first, 'digits'), single(second, 'digits')];
}

function isMixedCode(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 10 &&
    /\d/.test(text) &&
    /[A-Za-z]/.test(text) &&
    !UNIT_TOKEN.test(text)
  );
}

// A decimal point, date or time separator with a digit behind it joins a larger number.
function isPartOfLargerNumber(candidate: Candidate, text: string): boolean {
  const joins = (separator: string | undefined, digit: string | undefined) =>
    separator !== undefined && /[.,/:]/.test(separator) && digit !== undefined && /\d/.test(digit);

  return (
    joins(text[candidate.start - 1], text[candidate.start - 2]) ||
    joins(text[candidate.end], text[candidate.end + 1])
  );
}

/** Every run of a masked message that could be a code, 3 to 10 characters long. */
export function findCandidates(text: string): Candidate[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const found: Candidate[] = [];
  for (let index = 0; index < tokens.length;) {
    const chain = chainAt(tokens, index, text);
    found.push(...candidatesOfChain(chain, text));
    index += chain.length;
  }

  return found.filter(
    (candidate) =>
      candidate.value.length >= 3 &&
      candidate.value.length <= 10 &&
      !isPartOfLargerNumber(candidate, text),
  );
}

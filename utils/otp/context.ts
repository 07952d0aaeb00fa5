/** Finds the words around the numbers of a message: code words and labels of other numbers. */
import {
  CODE_NAMES,
  CODE_PURPOSES,
  OTHER_CODE_PHRASES,
  OTHER_NUMBER_LABELS,
  type WordList,
} from './words';

/** Where a word or number sits in the text, as string offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A code word; names ("code", "kod") are told from purposes ("verification", "doğrulama"). */
export interface CodeWord extends Span {
  isName: boolean;
}

/** The context words of one message, found once and shared by every rule. */
export interface MessageContext {
  /** Code words, each widened to its whole word, minus those that name another code. */
  codeWords: readonly CodeWord[];
  /** Labels of other numbers and phrases that name other codes. */
  otherLabels: readonly Span[];
  /** The message names a discount (in words or as a percentage) or another kind of code. */
  namesOtherCode: boolean;
}

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const alternatives = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

// Words that must start a word are checked after matching: a lookbehind tried at every offset
// costs several times more than the whole scan.
function compile(list: WordList): RegExp {
  const bounded = [
    list.prefixes.length > 0 ? `(?:${alternatives(list.prefixes)})` : '',
    list.words.length > 0 ? `(?:${alternatives(list.words)})(?![\\p{L}\\p{N}])` : '',
  ].filter((part) => part !== '');
  const anywhere = list.anywhere.length > 0 ? `|(?:${alternatives(list.anywhere)})` : '';

  return new RegExp(`(?<bounded>${bounded.join('|')})${anywhere}`, 'gu');
}

const PERCENTAGE = /\d\s?%|%\s?\d/;

const CODE_NAME = compile(CODE_NAMES);
const CODE_PURPOSE = compile(CODE_PURPOSES);
const OTHER_CODE = compile(OTHER_CODE_PHRASES);
const OTHER_LABEL = compile(OTHER_NUMBER_LABELS);

// Words in scripts written without spaces stay as matched; widening would swallow the sentence.
const WORD_CHAR = /[\p{L}\p{M}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function spansOf(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const before = text[match.index - 1];
    const isMidWord = before !== undefined && LETTER_OR_DIGIT.test(before);
    if (match.groups?.['bounded'] !== undefined && isMidWord) continue;

    spans.push({ start: match.index, end: match.index + match[0].length });
  }

  return spans;
}

function widenToWord(span: Span, text: string): Span {
  const isWordChar = (ch: string | undefined) =>
    ch !== undefined && WORD_CHAR.test(ch) && !UNSPACED.test(ch);
  let { start, end } = span;
  while (isWordChar(text[start - 1]) && isWordChar(text[start])) start -= 1;
  while (isWordChar(text[end]) && isWordChar(text[end - 1])) end += 1;

  return { start, end };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Reads the context words of a case-folded, masked message. */
export function readContext(lower: string): MessageContext {
  const otherCodes = spansOf(OTHER_CODE, lower);
  const codeWordsOf = (pattern: RegExp, isName: boolean): CodeWord[] =>
    spansOf(pattern, lower)
      .filter((word) => !otherCodes.some((other) => overlaps(word, other)))
      .map((word) => ({ ...widenToWord(word, lower), isName }));
  const codeWords = [...codeWordsOf(CODE_NAME, true), ...codeWordsOf(CODE_PURPOSE, false)];
  const otherLabels = [...otherCodes, ...spansOf(OTHER_LABEL, lower)];

  return {
    codeWords,
    otherLabels,
    namesOtherCode: otherCodes.length > 0 || PERCENTAGE.test(lower),
  };
}

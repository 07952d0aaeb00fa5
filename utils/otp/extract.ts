/**
 * Picks the one-time code out of an SMS: every possible code is checked against ordered
 * rejection rules, and the survivor nearest to a code word wins.
 */
import { type Candidate, findCandidates } from './candidates';
import { type MessageContext, type Span, readContext } from './context';
import { hasNoiseAfter, hasSignBefore } from './neighbours';
import { blankNoise, findOriginBoundCode, foldCase, normalizeText } from './text';

interface Reading extends MessageContext {
  lower: string;
}

// How far a label may stand before the number it labels, and a code word before the label.
const LABEL_REACH = 16;
const MODIFIER_REACH = 15;
// A message with no code word is taken as a bare code only when this few letters surround it.
const BARE_LETTERS = 12;
// Codes of 4 to 8 digits may stand this far from their code word, across a short sentence.
const TYPICAL_REACH = 60;

const isYear = (candidate: Candidate): boolean => /^(?:19[5-9]\d|20[0-4]\d)$/.test(candidate.value);

function labelBefore(candidate: Candidate, labels: readonly Span[]): Span | undefined {
  let nearest: Span | undefined;
  for (const span of labels) {
    const isInReach = span.end <= candidate.start && candidate.start - span.end <= LABEL_REACH;
    if (isInReach && (nearest === undefined || span.end > nearest.end)) nearest = span;
  }

  return nearest;
}

function isLabelledAsOther(candidate: Candidate, reading: Reading): boolean {
  const label = labelBefore(candidate, reading.otherLabels);
  if (label === undefined) return false;

  // "Your code is 482917. Order 123": a code word between the label and the number wins.
  const between = reading.codeWords.some(
    (word) => word.start >= label.end && word.end <= candidate.start,
  );
  // "код подтверждения заказа: 4821": the label only says what the code is for.
  const modified = reading.codeWords.some(
    (word) =>
      word.end <= label.start &&
      label.start - word.end <= MODIFIER_REACH &&
      !/\d/.test(reading.lower.slice(word.end, label.start)),
  );
  return !between && !modified;
}

type Rejection = (candidate: Candidate, reading: Reading) => boolean;

const REJECTIONS: readonly Rejection[] = [
  // A currency sign, percent, card mask or phone plus right before it: an amount, card or phone.
  (candidate, reading) => hasSignBefore(reading.lower, candidate.start),
  // A unit, currency or "ending"/"numbered" word right after it says what it counts or labels.
  (candidate, reading) => hasNoiseAfter(reading.lower, candidate.end),
  // An order, parcel, card, account or phone label shortly before it, with no code word nearer.
  isLabelledAsOther,
  // Letters and digits in a message that names a discount or another code are that other code.
  (candidate, reading) => candidate.kind === 'mixed' && reading.namesOtherCode,
];

const gapBetween = (a: Span, b: Span): number =>
  a.end <= b.start ? b.start - a.end : Math.max(0, a.start - b.end);

/** How close to a code word a candidate must stand, and what its unusual shape costs. */
function reachOf(candidate: Candidate): { reach: number; cost: number } {
  if (candidate.kind === 'mixed') {
    // Lower-case letters appear in words and hashes; accept them only right after a code word.
    const isUpper = candidate.value === candidate.value.toUpperCase();
    return isUpper ? { reach: 15, cost: 10 } : { reach: 3, cost: 10 };
  }

  if (isYear(candidate)) return { reach: 12, cost: 12 };
  const length = candidate.value.length;
  if (length === 3 || length > 8) return { reach: 15, cost: 8 };

  return { reach: TYPICAL_REACH, cost: 0 };
}

function pickNearest(candidates: readonly Candidate[], reading: Reading): Candidate | undefined {
  let best: { candidate: Candidate; score: number } | undefined;
  for (const candidate of candidates) {
    // Purpose words also stand before booking references, so letter codes need a name.
    const words = reading.codeWords.filter((word) => word.isName || candidate.kind === 'digits');
    const gap = Math.min(...words.map((word) => gapBetween(word, candidate)));
    const { reach, cost } = reachOf(candidate);
    if (gap > reach) continue;

    const score = gap + cost;
    if (best === undefined || score < best.score) best = { candidate, score };
  }

  return best?.candidate;
}

/** A message that is little more than a number ("2715", "G-830829") is that code. */
function pickBare(candidates: readonly Candidate[], reading: Reading): Candidate | undefined {
  const [only] = candidates;
  if (only === undefined || candidates.length > 1 || reading.codeWords.length > 0) return;
  if (only.kind !== 'digits' || only.value.length < 4 || only.value.length > 8) return;

  const letters = reading.lower.match(/\p{L}/gu)?.length ?? 0;
  return letters <= BARE_LETTERS ? only : undefined;
}

/**
 * Returns what a person would type into a site's code field for this SMS: "G-308194" gives
 * "308194", "337-337" gives "337337", letter codes keep their case. Returns `null` when the
 * message holds no one-time code, e.g. a delivery notice or a "code expired" note.
 */
export function extractCode(text: string): string | null {
  const normalized = normalizeText(text);
  const originBound = findOriginBoundCode(normalized);
  if (originBound !== null) return originBound;

  const blanked = blankNoise(normalized);
  const lower = foldCase(blanked);
  const reading: Reading = { ...readContext(lower), lower };
  const candidates = findCandidates(blanked).filter(
    (candidate) => !REJECTIONS.some((isRejected) => isRejected(candidate, reading)),
  );

  const chosen = pickNearest(candidates, reading) ?? pickBare(candidates, reading);
  return chosen?.value ?? null;
}

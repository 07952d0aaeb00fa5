/**
 * Filling the detected fields with a number or a code, the way a person would, without ever
 * submitting the form.
 */
import type { DetectedFields } from './fields';
import { setInputValue } from './fill/value';

export { chooseCountry, fillPhone, phoneFormFor } from './fill/phone';
export { setInputValue, setNativeValue } from './fill/value';
export type { SetValueOptions } from './fill/value';

/**
 * Fills the code: one character in each box of a split code, focus moving along, with key
 * events for the scripts that move the focus; or the whole code in a single field.
 */
export function fillCode({ code: boxes }: DetectedFields, code: string): boolean {
  if (boxes.length < 2) return !!boxes[0] && setInputValue(boxes[0], code);

  const chars = [...code];
  const filled = boxes.map((box, i) => setInputValue(box, chars[i] ?? '', { keys: true }));
  return chars.length <= boxes.length && filled.every(Boolean);
}

/**
 * Finding the phone number and code fields of a signup form. Nothing here runs until called:
 * the content script asks when the person fills a number or a code.
 */
export { classifyFields, detectFields, findSplitBoxes, isBeside } from './fields/detect';
export type { ClassifiedField, DetectedFields } from './fields/detect';
export { classifyField, FIELD_RULES, isDialSelect } from './fields/rules';
export type { FieldKind } from './fields/rules';
export { collectFields, snapshotField, textBefore, textOf } from './fields/snapshot';
export type { FieldSnapshot } from './fields/snapshot';

/** Choosing the phone field, its country control and the code field(s) among the controls. */
import { classifyField, isDialSelect, type FieldKind } from './rules';
import { collectFields, type FieldSnapshot } from './snapshot';

export interface DetectedFields {
  phone: HTMLInputElement | null;
  /** A calling-code select, widget or short input beside the phone field. */
  phoneCountry: HTMLElement | null;
  /** One field for the whole code, or the boxes of a split code in document order. */
  code: HTMLInputElement[];
}

export interface ClassifiedField extends FieldSnapshot {
  kind: FieldKind;
  rank: number;
}

export function classifyFields(snapshots: FieldSnapshot[]): ClassifiedField[] {
  return snapshots.map((field) => ({ ...field, ...classifyField(field) }));
}

const sharedParent = (a: FieldSnapshot, b: FieldSnapshot) =>
  a.parents.find((parent) => parent && b.parents.includes(parent));

/**
 * Whether `a` and `b` make a group of their own: a shared parent or grandparent that holds no
 * other usable control, so that the country select of an address is not taken for the phone's.
 */
export function isBeside(a: FieldSnapshot, b: FieldSnapshot, all: FieldSnapshot[]): boolean {
  const group = sharedParent(a, b);
  return Boolean(group) && all.filter((f) => f.usable && f.parents.includes(group!)).length < 3;
}

function best(fields: ClassifiedField[], kind: FieldKind): ClassifiedField | undefined {
  return fields.filter((f) => f.kind === kind).sort((a, b) => a.rank - b.rank)[0];
}

/** The first run of four to eight single-character boxes standing together, in order. */
export function findSplitBoxes(fields: ClassifiedField[]): HTMLInputElement[] {
  let run: ClassifiedField[] = [];
  for (const field of fields.filter((f) => f.usable)) {
    const last = run[run.length - 1];
    if (field.kind === 'box' && (!last || sharedParent(last, field))) {
      run.push(field);
      continue;
    }

    if (run.length > 3) break;
    run = field.kind === 'box' ? [field] : [];
  }

  return run.length > 3 && run.length < 9 ? run.map((f) => f.element as HTMLInputElement) : [];
}

function findCountry(fields: ClassifiedField[], phone: ClassifiedField): HTMLElement | null {
  const distance = (f: FieldSnapshot) => Math.abs(f.index - phone.index);
  // A select of calling codes may stand further off, in the same form.
  const isNear = (f: FieldSnapshot) =>
    isBeside(f, phone, fields) || (isDialSelect(f) && f.form === phone.form && distance(f) < 4);

  const near = fields.filter((f) => f.kind === 'country' && isNear(f));
  return near.sort((a, b) => distance(a) - distance(b))[0]?.element ?? null;
}

function findCode(fields: ClassifiedField[]): HTMLInputElement[] {
  const single = best(fields, 'code');
  const boxes = findSplitBoxes(fields);
  if (single && (single.autocomplete.includes('one-time-code') || !boxes.length)) {
    return [single.element as HTMLInputElement];
  }

  return boxes;
}

/** The phone field, its country control and the code field(s) of a page and its frames. */
export function detectFields(root: Document): DetectedFields {
  const fields = classifyFields(collectFields(root));
  const phone = best(fields, 'phone');

  return {
    phone: (phone?.element as HTMLInputElement | undefined) ?? null,
    phoneCountry: phone ? findCountry(fields, phone) : null,
    code: findCode(fields),
  };
}

/**
 * What the content script does when asked to fill: find the fields (or take the focused one),
 * put the number or the code in, and say whether it worked. Never submits anything.
 */
import { detectFields } from './fields';
import { deepActiveElement } from './active-element';
import { fillCode, fillPhone } from './fill';
import type { ContentRequest, FillAnswer, FillTarget } from './messages';

type FillRequest = Extract<ContentRequest, { type: 'fillPhone' | 'fillCode' }>;
type Fields = ReturnType<typeof detectFields>;

/** Tag names, not `instanceof`: an element of another frame has that frame's classes. */
function focusedInput(root: Document): HTMLInputElement | null {
  const active = deepActiveElement(root);
  return active?.tagName === 'INPUT' ? (active as HTMLInputElement) : null;
}

/** The fields to fill: the detected ones, or the focused input in the role it was asked for. */
function fieldsFor(root: Document, request: FillRequest, target: FillTarget): Fields {
  const detected = detectFields(root);
  if (target === 'detect') return detected;

  const focused = focusedInput(root);
  if (!focused) return { phone: null, phoneCountry: null, code: [] };

  if (request.type === 'fillPhone') {
    const isDetectedPhone = detected.phone === focused;
    return {
      phone: focused,
      phoneCountry: isDetectedPhone ? detected.phoneCountry : null,
      code: [],
    };
  }

  // A box of a split code field stands for the whole row.
  const code = detected.code.includes(focused) ? detected.code : [focused];
  return { phone: null, phoneCountry: null, code };
}

export function fillPage(root: Document, request: FillRequest): FillAnswer {
  const origin = root.location?.origin ?? '';
  if (request.type === 'fillCode' && request.origin !== undefined && request.origin !== origin) {
    return { filled: false, origin };
  }

  const fields = fieldsFor(root, request, request.target);
  const filled =
    request.type === 'fillPhone'
      ? fillPhone(fields, request.phone)
      : fillCode(fields, request.code);
  return { filled, origin };
}

/**
 * Setting a field's value so that the page notices: through the native value setter (which
 * frameworks that track the value see), then the input and change events a person's typing
 * would fire.
 */

function isFillable(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  if (!element) return false;

  const isText = element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
  return isText && !element.disabled && !element.readOnly && element.type !== 'password';
}

/** The focused element, looking inside open shadow roots and same-origin frames. */
export function deepActiveElement(root: Document): Element | null {
  let active = root.activeElement;
  while (active) {
    const inner =
      active.shadowRoot?.activeElement ??
      (active instanceof HTMLIFrameElement ? active.contentDocument?.activeElement : null);
    if (!inner) break;

    active = inner;
  }

  return active;
}

export function setFieldValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;

  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Fills the focused field of `root`; false when nothing fillable has the focus. */
export function fillFocusedField(root: Document, value: string): boolean {
  const field = deepActiveElement(root);
  if (!isFillable(field)) return false;

  setFieldValue(field, value);
  return true;
}

/**
 * Setting a field's value so that the page notices, as a person's typing would: through the
 * native setter, then input and change events, and a paste for pages that only take pastes.
 * Nothing here submits a form or presses Enter.
 */

export interface SetValueOptions {
  /** Type the value one character at a time with keydown and keyup, for pages that read keys. */
  keys?: boolean;
}

type Field = HTMLInputElement | HTMLSelectElement;

const viewOf = (field: Element) => (field.ownerDocument.defaultView ?? window) as typeof window;

/**
 * Sets `value` through the setter of the element's prototype. React and others track the value
 * on the element itself, so a plain assignment tells them nothing has changed.
 */
export function setNativeValue(field: Field, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

/** Fires a bubbling event of the field's own window; false when a listener cancelled it. */
export function fire(field: Element, type: string, key?: string): boolean {
  const Kind = viewOf(field)[key ? 'KeyboardEvent' : 'Event'] as typeof KeyboardEvent;
  return field.dispatchEvent(new Kind(type, { key, bubbles: true, cancelable: true }));
}

function typeKeys(input: HTMLInputElement, value: string): void {
  let typed = '';
  for (const key of value) {
    // A page that handles the key itself cancels it, and the browser then types nothing.
    if (fire(input, 'keydown', key)) {
      typed += key;
      setNativeValue(input, typed);
      fire(input, 'input');
    } else typed = input.value;

    fire(input, 'keyup', key);
  }
}

function paste(input: HTMLInputElement, text: string): void {
  const view = viewOf(input);
  const clipboardData = new view.DataTransfer();
  clipboardData.setData('text/plain', text);
  input.select();
  input.dispatchEvent(
    new view.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
  );
}

/** Whether the field holds the value, allowing for the spaces and brackets of an input mask. */
const holds = (input: HTMLInputElement, value: string) => {
  const digits = value.replace(/\D/g, '');
  return (
    input.value === value || (digits !== '' && input.value.replace(/\D/g, '').endsWith(digits))
  );
};

/**
 * Fills `input` as typing would, then pastes when the page threw the value away. Returns
 * whether the field holds the value in the end.
 */
export function setInputValue(
  input: HTMLInputElement,
  value: string,
  options: SetValueOptions = {},
): boolean {
  input.focus();
  if (options.keys) typeKeys(input, value);
  else {
    setNativeValue(input, value);
    fire(input, 'input');
  }

  fire(input, 'change');
  if (!holds(input, value)) paste(input, value);

  return holds(input, value);
}

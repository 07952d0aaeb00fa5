// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { detectFields } from '@/utils/fields';
import { fillCode, fillPhone, setInputValue } from '@/utils/fill';

import { createPhoneParts, openDemoPage, type DemoPage } from '../fixtures/pages';

let page: DemoPage | undefined;
beforeEach(() => {
  document.body.innerHTML = '<form><input id="field"></form>';
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const field = () => document.getElementById('field') as HTMLInputElement;

function recordEvents(target: EventTarget, types: string[]): string[] {
  const seen: string[] = [];
  for (const type of types) {
    target.addEventListener(type, (event) => {
      const key = (event as KeyboardEvent).key;
      seen.push(key ? `${type}:${key}` : type);
    });
  }

  return seen;
}

describe('setting a value', () => {
  it('goes through the prototype setter, past a tracker on the element', () => {
    const input = field();
    const writes: string[] = [];
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => 'tracked',
      set: (value: string) => writes.push(value),
    });

    setInputValue(input, '482917');

    expect(writes).toEqual([]);
    delete (input as Partial<HTMLInputElement>).value;
    expect(input.value).toBe('482917');
  });

  it('fires bubbling input and change events that see the new value', () => {
    const seen: string[] = [];
    const form = document.querySelector('form')!;
    form.addEventListener('input', () => seen.push(`input ${field().value}`));
    form.addEventListener('change', () => seen.push(`change ${field().value}`));

    const took = setInputValue(field(), '482917');

    expect(took).toBe(true);
    expect(seen).toEqual(['input 482917', 'change 482917']);
  });

  it('types key by key when asked, with keydown and keyup around each character', () => {
    const seen = recordEvents(field(), ['keydown', 'input', 'keyup', 'change']);

    setInputValue(field(), '12', { keys: true });

    expect(seen).toEqual([
      'keydown:1',
      'input',
      'keyup:1',
      'keydown:2',
      'input',
      'keyup:2',
      'change',
    ]);
    expect(field().value).toBe('12');
  });

  it('pastes the value when the page threw the typed value away', () => {
    const input = field();
    input.addEventListener('input', () => (input.value = ''));
    input.addEventListener('paste', (event) => {
      event.preventDefault();
      input.value = event.clipboardData?.getData('text') ?? '';
    });

    const took = setInputValue(input, '482917');

    expect(took).toBe(true);
    expect(input.value).toBe('482917');
  });

  it('reports a value that nothing could make the page take', () => {
    const input = field();
    input.addEventListener('input', () => (input.value = ''));

    expect(setInputValue(input, '482917')).toBe(false);
  });

  it('counts a value reformatted by an input mask as taken', () => {
    const input = field();
    input.addEventListener('input', () => (input.value = '(754) 369-1031'));
    const seen = recordEvents(input, ['paste']);

    expect(setInputValue(input, '7543691031')).toBe(true);
    expect(seen).toEqual([]);
  });
});

describe('filling framework pages', () => {
  it('changes the state of a React-style controlled input', async () => {
    page = await openDemoPage('react-style.html');
    const fields = detectFields(page.document);

    fillPhone(fields, createPhoneParts());
    fillCode(fields, '482917');
    await page.window.happyDOM.waitUntilComplete();

    expect(JSON.parse(page.state())).toEqual({ phone: '+447543691031', code: '482917' });
    expect(fields.phone!.value).toBe('+447543691031');
  });

  it('shows that a plain assignment goes unnoticed by the controlled input', async () => {
    page = await openDemoPage('react-style.html');
    const phone = page.document.getElementById('phone') as HTMLInputElement;

    phone.value = '+447543691031';
    phone.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
    await page.window.happyDOM.waitUntilComplete();

    expect(JSON.parse(page.state()).phone).toBe('');
    expect(phone.value).toBe('');
  });

  it('falls back to a paste on a code field that only takes keys and pastes', async () => {
    page = await openDemoPage('paste-only.html');
    const fields = detectFields(page.document);

    const took = fillCode(fields, '482917');

    expect(took).toBe(true);
    expect(page.state()).toBe('482917');
    expect(fields.code[0]!.value).toBe('482917');
  });
});

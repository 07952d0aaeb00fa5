// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import { detectFields } from '@/utils/fields';
import { fillCode, fillPhone } from '@/utils/fill';

import { createPhoneParts, openDemoPage, TURKISH_PHONE, type DemoPage } from '../fixtures/pages';

let page: DemoPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('filling the code', () => {
  it('puts one digit in each box of a split code, the focus moving along', async () => {
    page = await openDemoPage('split-code.html');
    const fields = detectFields(page.document);
    const focused: number[] = [];
    fields.code.forEach((box, i) => box.addEventListener('focus', () => focused.push(i)));

    const filled = fillCode(fields, '482917');

    expect(filled).toBe(true);
    expect(fields.code.map((box) => box.value)).toEqual(['4', '8', '2', '9', '1', '7']);
    expect(page.state()).toBe('482917');
    expect(page.document.querySelector<HTMLInputElement>('#code')!.value).toBe('482917');
    expect(new Set(focused)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });

  it('reports a code longer than the boxes', () => {
    document.body.innerHTML = `<div>${'<input maxlength="1">'.repeat(4)}</div>`;
    const fields = detectFields(document);

    expect(fillCode(fields, '482917')).toBe(false);
  });

  it('puts the whole code in a single field', async () => {
    page = await openDemoPage('single-code.html');
    const fields = detectFields(page.document);

    fillCode(fields, '482917');

    expect(JSON.parse(page.state())).toEqual({ phone: '', code: '482917' });
  });

  it('fills the form inside a same-origin frame, whose page shows it on top', async () => {
    page = await openDemoPage('iframe.html');
    const fields = detectFields(page.document);

    const filled = [fillPhone(fields, createPhoneParts()), fillCode(fields, '482917')];

    expect(filled).toEqual([true, true]);
    expect(JSON.parse(page.state())).toEqual({ phone: '+447543691031', code: '482917' });
  });

  it('fills nothing where there is no code field', () => {
    document.body.innerHTML = '<input name="name">';

    expect(fillCode(detectFields(document), '482917')).toBe(false);
  });
});

describe('filling never submits', () => {
  it.each([
    ['single-code.html', createPhoneParts()],
    ['split-code.html', createPhoneParts()],
    ['react-style.html', createPhoneParts()],
    ['country-select.html', createPhoneParts()],
    ['shadow.html', createPhoneParts()],
    ['iframe.html', createPhoneParts()],
    ['turkish.html', TURKISH_PHONE],
    ['paste-only.html', createPhoneParts()],
  ])('the form of %s, and presses no Enter', async (name, phone) => {
    page = await openDemoPage(name);
    const keys: string[] = [];
    page.document.addEventListener('keydown', (event) => keys.push(event.key), true);
    const fields = detectFields(page.document);

    const filled = [fillPhone(fields, phone), fillCode(fields, '482917')];
    await page.window.happyDOM.waitUntilComplete();

    expect(filled).toEqual([true, true]);
    expect(page.window.__submitted).toBeUndefined();
    expect(keys).not.toContain('Enter');
  });
});

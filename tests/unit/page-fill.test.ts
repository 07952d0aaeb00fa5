// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import { fillPage } from '@/utils/page-fill';

import { createPhoneParts, openDemoPage, type DemoPage } from '../fixtures/pages';

let page: DemoPage;

afterEach(async () => {
  await page?.close();
});

const value = (name: string) =>
  (page.document.querySelector(`input[name="${name}"]`) as HTMLInputElement).value;

describe('filling a page on request', () => {
  it('finds the signup fields by itself', async () => {
    page = await openDemoPage('single-code.html');

    const phone = fillPage(page.document, {
      type: 'fillPhone',
      phone: createPhoneParts(),
      target: 'detect',
    });
    const code = fillPage(page.document, { type: 'fillCode', code: '482917', target: 'detect' });

    expect(phone).toEqual({ filled: true, origin: 'http://127.0.0.1:4173' });
    expect(code.filled).toBe(true);
    expect(value('otp')).toBe('482917');
  });

  it('fills the focused field when asked from the right-click menu', async () => {
    page = await openDemoPage('single-code.html');
    (page.document.querySelector('input[name="fullName"]') as HTMLInputElement).focus();

    const answer = fillPage(page.document, { type: 'fillCode', code: '1234', target: 'focused' });

    expect(answer.filled).toBe(true);
    expect(value('fullName')).toBe('1234');
    expect(value('otp')).toBe('');
  });

  it('fills nothing when no field has the focus', async () => {
    page = await openDemoPage('single-code.html');

    const answer = fillPage(page.document, { type: 'fillCode', code: '1234', target: 'focused' });

    expect(answer.filled).toBe(false);
  });

  it('keeps an arriving code from a frame of another origin', async () => {
    page = await openDemoPage('single-code.html');

    const answer = fillPage(page.document, {
      type: 'fillCode',
      code: '482917',
      target: 'detect',
      origin: 'https://elsewhere.example',
    });

    expect(answer.filled).toBe(false);
    expect(value('otp')).toBe('');
  });
});

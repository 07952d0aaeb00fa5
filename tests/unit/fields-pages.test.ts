// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import { detectFields } from '@/utils/fields';

import { openDemoPage, type DemoPage } from '../fixtures/pages';

let page: DemoPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const q = (root: ParentNode, selector: string) => root.querySelector(selector);

describe('detecting the fields of the demo pages', () => {
  it('finds the phone and the one-time-code field of a plain signup form', async () => {
    page = await openDemoPage('single-code.html');

    const fields = detectFields(page.document);

    expect(fields.phone).toBe(q(page.document, '[name=mobile]'));
    expect(fields.phoneCountry).toBeNull();
    expect(fields.code).toEqual([q(page.document, '[name=otp]')]);
  });

  it('finds the form inside a same-origin frame', async () => {
    page = await openDemoPage('iframe.html');
    const frame = q(page.document, 'iframe') as HTMLIFrameElement;
    const inner = frame.contentDocument!;

    const fields = detectFields(page.document);

    expect(fields.phone).toBe(q(inner, '[name=phone]'));
    expect(fields.code).toEqual([q(inner, '[name=code]')]);
  });

  it('finds the fields inside an open shadow root', async () => {
    page = await openDemoPage('shadow.html');
    const root = q(page.document, 'signup-form')!.shadowRoot!;

    const fields = detectFields(page.document);

    expect(fields.phone).toBe(q(root, '[name=phone]'));
    expect(fields.code).toEqual([q(root, '[name=code]')]);
  });
});

describe('detecting the fields of the other demo pages', () => {
  it('finds six code boxes in order and leaves the hidden collector out', async () => {
    page = await openDemoPage('split-code.html');

    const fields = detectFields(page.document);

    expect(fields.phone).toBe(q(page.document, '#phone'));
    expect(fields.code).toEqual([...page.document.querySelectorAll('.otp input')]);
  });

  it('finds the controlled inputs of a framework page', async () => {
    page = await openDemoPage('react-style.html');

    const fields = detectFields(page.document);

    expect(fields.phone).toBe(q(page.document, '#phone'));
    expect(fields.code).toEqual([q(page.document, '#code')]);
  });

  it('takes the calling-code select beside the number, not the country of residence', async () => {
    page = await openDemoPage('country-select.html');

    const fields = detectFields(page.document);

    expect(fields.phone).toBe(q(page.document, '#phone'));
    expect(fields.phoneCountry).toBe(q(page.document, '[name=country_code]'));
    expect(fields.code).toEqual([q(page.document, '#code')]);
  });

  it('passes over the search box, e-mail, ID number and password of a Turkish page', async () => {
    page = await openDemoPage('turkish.html');

    const fields = detectFields(page.document);

    expect(fields.phone).toBe(q(page.document, '#cep'));
    expect(fields.code).toEqual([q(page.document, '#kod')]);
  });

  it('finds the masked code field of a paste-only page', async () => {
    page = await openDemoPage('paste-only.html');

    const fields = detectFields(page.document);

    expect(fields.phone).toBe(q(page.document, '[name=phone]'));
    expect(fields.code).toEqual([q(page.document, '#code')]);
  });

  it('finds the fields of the original demo signup page', async () => {
    page = await openDemoPage('signup.html');

    const fields = detectFields(page.document);

    expect(fields.phone).toBe(q(page.document, '[name=phone]'));
    expect(fields.code).toEqual([q(page.document, '[name=code]')]);
  });
});

/**
 * Field detection timed in Chromium on a large page: the detection code bundled on its own,
 * put into a page of 10,000 elements and called in samples. `tsx scripts/bench/detection.ts`
 * runs it alone in a plain Chromium, to compare changes to `utils/fields/` quickly.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

import { findChromium } from '../../tests/helpers/chromium';
import { median, percentile, round } from './stats';

export interface DetectionFigures {
  elements: number;
  inputs: number;
  median: number;
  p95: number;
}

/**
 * A large page of `elements` elements in blocks of five (a block, a paragraph, a link, a label
 * and an input or a span), one block in `inputEvery` holding an input, around a signup form.
 */
export function largePageHtml(elements: number, inputEvery: number): string {
  const blocks = Array.from({ length: elements / 5 }, (_, i) => {
    const field = i % inputEvery === 0 ? `<input name="n${i}">` : '<span>-</span>';
    return `<div><p>Item ${i}</p><a href="#${i}">link</a><label>Note ${i}${field}</label></div>`;
  }).join('');
  const form =
    '<form><input type="tel" autocomplete="tel"><input autocomplete="one-time-code"></form>';
  return `<!doctype html><body>${blocks}${form}</body>`;
}

/** `detectFields` of `entry` (the repository's by default) as a script that sets a global. */
export async function bundleDetection(entry = './utils/fields'): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { detectFields } from '${entry}'; globalThis.detectFields = detectFields;`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    alias: { '@': process.cwd() },
  });
  return result.outputFiles[0]!.text;
}

/** Times `runs` calls of `detectFields(document)` on the page, one sample each. */
async function timeDetection(page: Page, runs: number): Promise<number[]> {
  return page.evaluate((count) => {
    const detect = (globalThis as unknown as { detectFields: (root: Document) => unknown })
      .detectFields;
    const times: number[] = [];
    for (let sample = 0; sample < count; sample++) {
      const started = performance.now();
      detect(document);
      times.push(performance.now() - started);
    }
    return times;
  }, runs);
}

/** Detection on the large page, in `page` (its content is replaced). */
export async function measureDetection(page: Page, runs = 20): Promise<DetectionFigures> {
  const elements = 10_000;
  const inputEvery = 10;
  await page.setContent(largePageHtml(elements, inputEvery));
  await page.addScriptTag({ content: await bundleDetection() });
  const samples = await timeDetection(page, runs);
  return {
    elements,
    inputs: elements / 5 / inputEvery + 2,
    median: round(median(samples), 2),
    p95: round(percentile(samples, 95), 2),
  };
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    console.log('field detection:', await measureDetection(page, 40), 'ms');
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

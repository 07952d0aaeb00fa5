import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);

    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

describe('the layout of the extension code', () => {
  it('writes to the console only through the logger', () => {
    const offenders = files.filter(
      (file) => file.path !== 'utils/logger.ts' && /\bconsole\.\w+\(/.test(file.text),
    );

    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  it('reaches the extension APIs only through wxt/browser', () => {
    const offenders = files.filter(
      (file) =>
        /from ['"]webextension-polyfill['"]/.test(file.text) || /\bchrome\.\w+/.test(file.text),
    );

    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  it('keeps the content script away from stored data, where the API key lives', () => {
    const contentScripts = files.filter((file) => /^entrypoints\/page-filler/.test(file.path));

    expect(contentScripts.length).toBeGreaterThan(0);
    for (const file of contentScripts) {
      expect(file.text, file.path).not.toMatch(/utils\/storage|wxt\/utils\/storage|storage\.local/);
    }
  });

  it('keeps utils free of extension contexts except for storage, messages and the language', () => {
    const contextual = files.filter(
      (file) => file.path.startsWith('utils/') && /from ['"]wxt\/browser['"]/.test(file.text),
    );

    expect(contextual.map((file) => file.path).sort()).toEqual([
      'utils/i18n.ts',
      'utils/messages.ts',
    ]);
  });

  it('marks known shortcomings with a date', () => {
    const undated = files.filter((file) =>
      /\b(TODO|FIXME|XXX)\b(?!\(\d{4}-\d{2}-\d{2}\))/.test(file.text),
    );

    expect(undated.map((file) => file.path)).toEqual([]);
  });
});

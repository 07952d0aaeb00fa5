/**
 * The texts of both languages, and the rule that a text a person reads is written only in the
 * locale files. The source is read as TypeScript: text in JSX, text in the attributes people
 * hear or see (labels, titles, placeholders), and string literals that read as sentences.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { CATALOGS } from '@/utils/i18n';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where the person-facing code lives. */
const UI_SOURCES = ['entrypoints', 'components', 'utils'];

/** Code with no text a person reads: the API client, parsing, and the content script. */
const NOT_UI = [
  'utils/api/',
  'utils/otp',
  'utils/fields',
  'utils/fill',
  'utils/phone.ts',
  'utils/logger.ts',
  'utils/errors/',
  'utils/site-services.ts',
  'entrypoints/page-filler.ts',
];

/** Attributes whose text a person sees or hears. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Calls whose string arguments are for developers: logs and programming errors. */
const DEVELOPER_CALLS = /^(log|logger|console)\.\w+$|^createLogger$|Error$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function uiFiles(): string[] {
  return UI_SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)))
    .map((path) => relative(ROOT, path))
    .filter((path) => !NOT_UI.some((prefix) => path.startsWith(prefix)));
}

/**
 * A string that reads as words to a person: two words with a capital or a closing mark, or
 * three words. Class lists, keys and paths do not.
 */
function readsAsText(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}{2,}[^\S\n]+\p{L}{2,}/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((word) => /^\p{L}[\p{L}']*[.,!?…:]?$/u.test(word));
  return /^\p{Lu}/u.test(trimmed) || /[.!?…:]$/.test(trimmed) || words.length >= 3;
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  return node.expression.getText();
}

function isDeveloperArgument(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isCallExpression(current) || ts.isNewExpression(current)) {
      return DEVELOPER_CALLS.test(calleeName(current));
    }
    if (ts.isBlock(current) || ts.isSourceFile(current)) return false;
  }
  return false;
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function findTexts(file: string): Finding[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const note = (node: ts.Node, text: string) => {
    const { line } = tree.getLineAndCharacterOfPosition(node.getStart());
    found.push({ file, line: line + 1, text: text.trim().slice(0, 60) });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;

    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) note(node, node.text);
    else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText();
      const value = node.initializer;
      if (value && ts.isStringLiteral(value) && SPOKEN_ATTRIBUTES.has(name)) {
        if (/\p{L}/u.test(value.text)) note(node, value.text);
      }
      if (value && ts.isStringLiteral(value)) return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (readsAsText(node.text) && !isDeveloperArgument(node)) note(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (readsAsText(parts.join(' x ')) && !isDeveloperArgument(node)) {
        note(node, parts.join('…'));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function placeholdersOf(entry: { message: string; placeholders?: object }): string[] {
  return Object.keys(entry.placeholders ?? {}).sort();
}

describe('the locale files', () => {
  const en = CATALOGS.en;
  const tr = CATALOGS.tr;

  it('have the same keys in Turkish and English', () => {
    const onlyEn = Object.keys(en).filter((key) => !(key in tr));
    const onlyTr = Object.keys(tr).filter((key) => !(key in en));

    expect({ onlyEn, onlyTr }).toEqual({ onlyEn: [], onlyTr: [] });
  });

  it('give each message the same placeholders in both languages, and use them', () => {
    const problems = Object.entries(en).flatMap(([key, entry]) => {
      const other = tr[key];
      if (!other) return [];
      const names = placeholdersOf(entry);
      const unused = [entry, other].flatMap((message) =>
        names.filter((name) => !message.message.toLowerCase().includes(`$${name}$`)),
      );
      const differ = names.join() !== placeholdersOf(other).join();
      return differ || unused.length > 0 ? [key] : [];
    });

    expect(problems).toEqual([]);
  });

  it('have no empty message and only key names the browser accepts', () => {
    const bad = Object.entries({ ...en, ...tr })
      .filter(([key, entry]) => !/^[A-Za-z0-9_@]+$/.test(key) || entry.message.trim() === '')
      .map(([key]) => key);

    expect(bad).toEqual([]);
  });

  it('name every text the code shows, and none that it does not use', () => {
    const code = uiFiles()
      .map((file) => readFileSync(join(ROOT, file), 'utf8'))
      .join('\n');
    const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`'${key}'`) && !manifest.includes(`__MSG_${key}__`),
    );

    expect(unused).toEqual([]);
  });
});

describe('the texts a person reads', () => {
  it('are written only in the locale files', () => {
    const findings = uiFiles().flatMap(findTexts);
    const report = findings.map(({ file, line, text }) => `${file}:${line} ${text}`);

    expect(report).toEqual([]);
  });
});

describe('the check for texts outside the locale files', () => {
  it('finds JSX text, spoken attributes and sentences, and leaves code alone', () => {
    expect(readsAsText('Buy the cheapest number')).toBe(true);
    expect(readsAsText('waiting for a code.')).toBe(true);
    expect(readsAsText('notice notice--error')).toBe(false);
    expect(readsAsText('local:orders')).toBe(false);
    expect(readsAsText('pale100: a code has arrived')).toBe(true);
    expect(readsAsText('options__nav-link options__nav-link--current')).toBe(false);
  });
});

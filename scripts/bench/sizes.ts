/**
 * The size of the popup's script as the browser loads it: the module the page names, the
 * chunks it preloads, and every chunk those import, statically or on demand, each gzipped on
 * its own as it would travel.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

const PAGE_SCRIPTS =
  /<(?:script\b[^>]*\bsrc|link\b[^>]*\brel="modulepreload"[^>]*\bhref)="([^"]+)"/g;
const IMPORTS = /\b(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g;

/** The scripts `page` (e.g. "popup.html") of the build in `dir` loads, and their sizes. */
export function pageScriptSize(dir: string, page: string): ScriptSize {
  const html = readFileSync(join(dir, page), 'utf8');
  const pending = [...html.matchAll(PAGE_SCRIPTS)].map(([, src]) =>
    src!.startsWith('/') ? join(dir, src!) : resolve(dir, src!),
  );
  const seen = new Set<string>();
  let bytes = 0;
  let gzipBytes = 0;
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);

    const code = readFileSync(file);
    bytes += code.length;
    gzipBytes += gzipSync(code).length;
    for (const [, target] of code.toString('utf8').matchAll(IMPORTS)) {
      pending.push(target!.startsWith('/') ? join(dir, target!) : resolve(dirname(file), target!));
    }
  }

  const files = [...seen].map((file) => relative(dir, file)).sort();
  return { files, bytes, gzipBytes };
}

/**
 * The request and response examples of the API documentation, extracted once into
 * `tests/fixtures/doc-examples.json`: one entry an action, in the documentation's order.
 */
import { readFileSync } from 'node:fs';

import type { Pale100Api } from '@/utils/api';

export interface DocExample {
  section: string;
  action: string;
  method: 'GET' | 'POST';
  url: string;
  params: Record<string, string>;
  responses: Record<string, unknown>[];
}

export const docExamples: DocExample[] = JSON.parse(
  readFileSync(new URL('../fixtures/doc-examples.json', import.meta.url), 'utf8'),
) as DocExample[];

export const SECTION_KEYS: Record<string, keyof Pale100Api> = {
  'sanal-smsonay': 'virtual',
  'fiziksel-smsonay': 'physical',
  'numara-kiralama': 'rental',
  smm: 'smm',
  'lisans-bayi': 'license',
};

type AnyAction = (params?: Record<string, unknown>) => Promise<unknown>;

/** Calls `section.action` by name, as the documentation names them. */
export function callByName(
  api: Pale100Api,
  example: Pick<DocExample, 'section' | 'action'>,
  params: Record<string, unknown>,
): Promise<unknown> {
  const section = api[SECTION_KEYS[example.section]!] as unknown as Record<string, AnyAction>;
  const action = section[example.action];
  if (!action) throw new Error(`the client has no ${example.section} ${example.action}`);

  return action(params);
}

/** The documentation's parameters with numbers as numbers, as a caller would pass them. */
export function typedParams(params: Record<string, string>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      /^\d+$/.test(value) ? Number(value) : value,
    ]),
  );
}

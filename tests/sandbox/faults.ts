/**
 * Faults queued through the control API, so clients can be tested against a slow, broken or
 * vanishing server. Each fault is used up by the next `count` matching API requests.
 */
import type { JsonObject } from './reply';

export const FAULT_KINDS = [
  'latency',
  'http500',
  'malformed',
  'invalid',
  'drop',
  'drop_after_commit',
  'cut_after_commit',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  kind: FaultKind;
  /** API section path (e.g. "sanal-smsonay"); null matches any. */
  section: string | null;
  action: string | null;
  remaining: number;
  ms: number;
}

/** English product names accepted as well as the paths. */
const SECTION_ALIASES: Readonly<Record<string, string>> = {
  virtual: 'sanal-smsonay',
  physical: 'fiziksel-smsonay',
  rental: 'numara-kiralama',
  license: 'lisans-bayi',
};

const DEFAULT_LATENCY_MS = 1000;

function optionalText(body: Map<string, unknown>, name: string): string | null {
  const value = body.get(name);
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Validates a fault request body; returns the fault or an error message. */
export function parseFault(body: Map<string, unknown>): Fault | string {
  const kind = FAULT_KINDS.find((candidate) => candidate === body.get('kind'));
  if (kind === undefined) return `kind şunlardan biri olmalıdır: ${FAULT_KINDS.join(', ')}`;

  const count = body.get('count') ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    return 'count pozitif bir tam sayı olmalıdır.';
  }

  const ms = body.get('ms') ?? DEFAULT_LATENCY_MS;
  if (typeof ms !== 'number' || ms < 0) return 'ms sıfır ya da pozitif bir sayı olmalıdır.';

  const section = optionalText(body, 'section');
  return {
    kind,
    section: section === null ? null : (SECTION_ALIASES[section] ?? section),
    action: optionalText(body, 'action'),
    remaining: count,
    ms,
  };
}

/** Consumes one use of the first fault matching this request, if any. */
export function takeFault(faults: Fault[], section: string, action: string | null) {
  const index = faults.findIndex(
    (fault) =>
      (fault.section === null || fault.section === section) &&
      (fault.action === null || fault.action === action),
  );
  const fault = faults[index];
  if (fault === undefined) return undefined;

  fault.remaining -= 1;
  if (fault.remaining === 0) faults.splice(index, 1);
  return fault;
}

export function describeFault(fault: Fault): JsonObject {
  return { ...fault };
}

/** Reading query-string parameters. pale100 takes every parameter in the query, even on POST. */
import { ParamError } from './reply';

export type Query = URLSearchParams;

/** A trimmed string parameter; empty counts as absent, as PHP's `empty()` would. */
export function readString(query: Query, name: string): string | undefined {
  const value = query.get(name)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function requireString(query: Query, name: string): string {
  const value = readString(query, name);
  if (value === undefined) throw new ParamError(`${name} parametresi zorunludur.`);
  return value;
}

export function readInt(query: Query, name: string): number | undefined {
  const value = readString(query, name);
  if (value === undefined) return undefined;

  if (!/^-?\d+$/.test(value)) {
    throw new ParamError(`${name} parametresi geçerli bir tam sayı olmalıdır.`);
  }

  return Number(value);
}

export function requireInt(query: Query, name: string): number {
  const value = readInt(query, name);
  if (value === undefined) throw new ParamError(`${name} parametresi zorunludur.`);
  return value;
}

export function readFloat(query: Query, name: string): number | undefined {
  const value = readString(query, name);
  if (value === undefined) return undefined;

  const parsed = Number(value);
  if (!Number.isFinite(parsed)) {
    throw new ParamError(`${name} parametresi geçerli bir sayı olmalıdır.`);
  }

  return parsed;
}

/** A 0/1 switch such as `include_coming` or `in_stock_only`. */
export function readFlag(query: Query, name: string): boolean {
  const value = readString(query, name);
  return value === '1' || value === 'true';
}

/** An enumerated parameter; anything outside `allowed` is a 400. */
export function readChoice<T extends string>(
  query: Query,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = readString(query, name);
  if (value === undefined) return undefined;

  const match = allowed.find((choice) => choice === value);
  if (match === undefined) {
    throw new ParamError(`${name} parametresi şunlardan biri olmalıdır: ${allowed.join(', ')}.`);
  }

  return match;
}

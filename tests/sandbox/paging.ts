/** Page/limit handling shared by every list action. */
import { readInt, type Query } from './params';

export interface Paging {
  page: number;
  limit: number;
}

export interface PageOf<T> {
  items: T[];
  total: number;
  hasMore: boolean;
}

/**
 * Reads `page` (default 1) and, when the action lets callers choose, `limit` capped at
 * `maxLimit`. Out-of-range values are clamped rather than refused, as the site does.
 */
export function readPaging(query: Query, defaultLimit: number, maxLimit = defaultLimit): Paging {
  const page = Math.max(1, readInt(query, 'page') ?? 1);
  const askedLimit = maxLimit === defaultLimit ? defaultLimit : readInt(query, 'limit');
  const limit = Math.min(maxLimit, Math.max(1, askedLimit ?? defaultLimit));
  return { page, limit };
}

export function takePage<T>(items: readonly T[], paging: Paging): PageOf<T> {
  const start = (paging.page - 1) * paging.limit;
  const pageItems = items.slice(start, start + paging.limit);
  return {
    items: pageItems,
    total: items.length,
    hasMore: start + pageItems.length < items.length,
  };
}

export function countPages(total: number, limit: number): number {
  return Math.ceil(total / limit);
}

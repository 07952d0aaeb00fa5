import { batch, signal, type ReadonlySignal } from '@preact/signals';

import {
  catalogKey,
  type CatalogKind,
  type CatalogQuery,
  type CatalogValue,
} from '@/utils/catalog';
import type { ErrorData } from '@/utils/errors';
import { askCatalog } from '@/utils/messages';
import { catalogCacheItem } from '@/utils/storage';

export type ListStatus =
  /** Nothing cached and the service has not answered yet. */
  | { kind: 'loading' }
  /** `updating` while a cached list is being refreshed; `staleError` when that refresh failed. */
  | { kind: 'ready'; updating: boolean; staleError: ErrorData | null }
  /** Nothing cached and the refresh failed: only the error and a retry to show. */
  | { kind: 'failed'; error: ErrorData };

export type MoreStatus =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; error: ErrorData };

export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

export interface CatalogListOptions<K extends CatalogKind, F, T> {
  query: (filters: F, page: number) => CatalogQuery<K>;
  pick: (value: CatalogValue<K>) => Page<T>;
  keyOf: (item: T) => string | number;
}

const IDLE: MoreStatus = { kind: 'idle' };

async function readCachedPage<K extends CatalogKind, T>(
  query: CatalogQuery<K>,
  pick: (value: CatalogValue<K>) => Page<T>,
): Promise<Page<T> | null> {
  try {
    const entry = (await catalogCacheItem.getValue())[catalogKey(query as CatalogQuery)];
    return entry ? pick(entry.value as CatalogValue<K>) : null;
  } catch {
    // A cache entry of an older shape is no worse than no cache: the refresh replaces it.
    return null;
  }
}

/**
 * One catalog list: shown from the cache at once, refreshed from the service behind it, paged
 * with "load more". Answers to an older query (another search, another service) are dropped.
 */
export function createCatalogList<K extends CatalogKind, F, T>(
  options: CatalogListOptions<K, F, T>,
) {
  const items = signal<T[]>([]);
  const hasMore = signal(false);
  const status = signal<ListStatus>({ kind: 'loading' });
  const more = signal<MoreStatus>(IDLE);
  let filters: F | null = null;
  let page = 1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function show(next: Page<T>, nextStatus: ListStatus): void {
    batch(() => {
      items.value = next.items;
      hasMore.value = next.hasMore;
      status.value = nextStatus;
    });
  }

  /** Shows the first page for `next`: the cached copy first, then the service's answer. */
  async function load(next: F): Promise<void> {
    clearTimeout(timer);
    const mine = ++generation;
    filters = next;
    page = 1;
    // Rows of another query must never stay clickable while this one loads.
    batch(() => {
      show({ items: [], hasMore: false }, { kind: 'loading' });
      more.value = IDLE;
    });

    const query = options.query(next, 1);
    const cached = await readCachedPage(query, options.pick);
    if (mine !== generation) return;
    if (cached) show(cached, { kind: 'ready', updating: true, staleError: null });

    const answer = await askCatalog(query);
    if (mine !== generation) return;

    if (answer.ok)
      show(options.pick(answer.value), { kind: 'ready', updating: false, staleError: null });
    else if (cached) status.value = { kind: 'ready', updating: false, staleError: answer };
    else status.value = { kind: 'failed', error: answer };
  }

  /** Loads `next` once typing has paused, so a search asks once rather than per key. */
  function loadSoon(next: F, delayMs = 300): void {
    clearTimeout(timer);
    timer = setTimeout(() => void load(next), delayMs);
  }

  async function loadMore(): Promise<void> {
    const current = status.value;
    const isSettled = current.kind === 'ready' && !current.updating;
    if (filters === null || !hasMore.value || !isSettled || more.value.kind === 'loading') return;

    const mine = generation;
    more.value = { kind: 'loading' };
    const answer = await askCatalog(options.query(filters, page + 1));
    if (mine !== generation) return;
    if (!answer.ok) {
      more.value = { kind: 'failed', error: answer };
      return;
    }

    page += 1;
    const next = options.pick(answer.value);
    const known = new Set(items.value.map(options.keyOf));
    const added = next.items.filter((item) => !known.has(options.keyOf(item)));
    show({ items: [...items.value, ...added], hasMore: next.hasMore }, status.value);
    more.value = IDLE;
  }

  function retry(): void {
    if (filters !== null) void load(filters);
  }

  /** Stops timers and drops answers still on their way. */
  function dispose(): void {
    clearTimeout(timer);
    generation++;
  }

  return { items, hasMore, status, more, load, loadSoon, loadMore, retry, dispose };
}

/** What a list component needs of a catalog list. */
export interface CatalogListView<T> {
  items: ReadonlySignal<T[]>;
  hasMore: ReadonlySignal<boolean>;
  status: ReadonlySignal<ListStatus>;
  more: ReadonlySignal<MoreStatus>;
  loadMore: () => Promise<void>;
  retry: () => void;
}

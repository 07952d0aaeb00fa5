import { batch, signal } from '@preact/signals';

import type { ErrorData } from '@/utils/errors';
import type { Result } from '@/utils/messages';

export type RemoteStatus =
  /** Nothing asked yet (no category chosen, say). */
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; error: ErrorData };

/** One page of a list as the service answers it. */
export interface RemotePage<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}

/**
 * A list the service pages: the items of one page for one query, with where it is and how it
 * went. Only the answer to the newest request is shown, so a slow older page never replaces a
 * newer one. Items of the previous page stay on screen while the next one loads.
 */
export function createRemoteList<Q, T>(
  fetchPage: (query: Q, page: number) => Promise<Result<RemotePage<T>>>,
) {
  const items = signal<T[]>([]);
  const page = signal(1);
  const totalPages = signal(0);
  const total = signal(0);
  const status = signal<RemoteStatus>({ kind: 'idle' });
  let latest = 0;
  let asked: { query: Q; page: number } | null = null;

  async function load(query: Q, wanted = 1): Promise<void> {
    const mine = ++latest;
    asked = { query, page: wanted };
    status.value = { kind: 'loading' };

    const answer = await fetchPage(query, wanted);
    if (mine !== latest) return;

    batch(() => {
      if (!answer.ok) {
        status.value = { kind: 'failed', error: answer };
        return;
      }
      items.value = answer.value.items;
      page.value = answer.value.page;
      totalPages.value = answer.value.totalPages;
      total.value = answer.value.total;
      status.value = { kind: 'ready' };
    });
  }

  /** Asks again for what was asked last (after a failure, or to refresh). */
  function retry(): Promise<void> {
    return asked ? load(asked.query, asked.page) : Promise.resolve();
  }

  function goTo(wanted: number): Promise<void> {
    return asked ? load(asked.query, wanted) : Promise.resolve();
  }

  /** Forgets the list: nothing is shown until the next `load`. */
  function clear(): void {
    latest++;
    asked = null;
    batch(() => {
      items.value = [];
      page.value = 1;
      totalPages.value = 0;
      total.value = 0;
      status.value = { kind: 'idle' };
    });
  }

  return { items, page, totalPages, total, status, load, retry, goTo, clear };
}

export type RemoteList<T> = Pick<
  ReturnType<typeof createRemoteList<unknown, T>>,
  'items' | 'page' | 'totalPages' | 'total' | 'status' | 'retry' | 'goTo'
>;

/** Runs `run` once typing has paused for `delayMs`; a new call replaces the waiting one. */
export function createDebounce(delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (run: () => void): void => {
    clearTimeout(timer);
    if (delayMs <= 0) {
      run();
      return;
    }
    timer = setTimeout(run, delayMs);
  };
}

import type { RemoteList } from '@/entrypoints/options/license/remote-list';

import { LoadFailed, LoadingNote } from '../LoadNotes';

interface Props<T> {
  list: RemoteList<T>;
  /** What an empty list means here, from the locale files; empty for nothing shown. */
  emptyText: string;
  /** Names the list in the loading and failure notes, from the locale files. */
  what: string;
}

/** Loading, empty and failed states of a list the service pages, with a retry after a failure. */
export function RemoteListStatus<T>({ list, emptyText, what }: Props<T>) {
  const status = list.status.value;
  if (status.kind === 'loading') return <LoadingNote what={what} />;
  if (status.kind === 'failed') {
    return <LoadFailed what={what} error={status.error} onRetry={() => void list.retry()} />;
  }

  if (status.kind === 'ready' && list.items.value.length === 0 && emptyText !== '') {
    return <p class="list-note">{emptyText}</p>;
  }

  return null;
}

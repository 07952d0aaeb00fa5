import type { RemoteList } from '@/entrypoints/options/license/remote-list';

interface Props<T> {
  list: RemoteList<T>;
  /** What an empty list means here: "No products found". */
  emptyText: string;
  /** Names the list in the loading text: "products". */
  what: string;
}

/** Loading, empty and failed states of a list the service pages, with a retry after a failure. */
export function RemoteListStatus<T>({ list, emptyText, what }: Props<T>) {
  const status = list.status.value;
  if (status.kind === 'loading') {
    return (
      <p class="list-note" role="status">
        Loading {what}…
      </p>
    );
  }

  if (status.kind === 'failed') {
    return (
      <div class="notice notice--error" role="alert">
        <p class="notice__text">
          Could not load {what}: {status.error.message}
        </p>
        <button type="button" onClick={() => void list.retry()}>
          Retry
        </button>
      </div>
    );
  }

  if (status.kind === 'ready' && list.items.value.length === 0 && emptyText !== '') {
    return <p class="list-note">{emptyText}</p>;
  }

  return null;
}

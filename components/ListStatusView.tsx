import type { CatalogListView } from '@/entrypoints/popup/catalog-list-model';

interface Props<T> {
  list: CatalogListView<T>;
  /** What an empty list means here: "No services found". */
  emptyText: string;
}

/** Loading, updating, empty and failed states of a catalog list, with a retry where it helps. */
export function ListStatusView<T>({ list, emptyText }: Props<T>) {
  const status = list.status.value;
  if (status.kind === 'loading') {
    return (
      <p class="list-note" role="status">
        Loading…
      </p>
    );
  }

  if (status.kind === 'failed') {
    return (
      <div class="notice notice--error" role="alert" data-testid="list-error">
        <p class="notice__text">{status.error.message}</p>
        <button type="button" onClick={list.retry}>
          Retry
        </button>
      </div>
    );
  }

  return (
    <>
      {status.updating && (
        <p class="list-note" role="status" data-testid="list-updating">
          Updating…
        </p>
      )}
      {status.staleError && (
        <p class="list-note list-note--warning" role="status">
          Not updated: {status.staleError.message}{' '}
          <button type="button" class="link" onClick={list.retry}>
            Retry
          </button>
        </p>
      )}
      {!status.updating && list.items.value.length === 0 && (
        <p class="list-note" data-testid="list-empty">
          {emptyText}
        </p>
      )}
    </>
  );
}

/** "Load more" under a paged list; after a failed page it says why and tries again. */
export function LoadMore<T>({ list }: { list: CatalogListView<T> }) {
  if (!list.hasMore.value) return null;

  const more = list.more.value;
  const status = list.status.value;
  const isUpdating = status.kind === 'ready' && status.updating;
  return (
    <div class="load-more">
      {more.kind === 'failed' && (
        <p class="list-note list-note--warning" role="alert">
          {more.error.message}
        </p>
      )}
      <button
        type="button"
        onClick={() => void list.loadMore()}
        disabled={more.kind === 'loading' || isUpdating}
        aria-busy={more.kind === 'loading'}
      >
        Load more
      </button>
    </div>
  );
}

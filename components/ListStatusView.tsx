import type { CatalogListView } from '@/entrypoints/popup/catalog-list-model';
import { describeError } from '@/utils/error-text';
import { t } from '@/utils/i18n';

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
        {t('popupLoading')}
      </p>
    );
  }

  if (status.kind === 'failed') {
    return (
      <div class="notice notice--error" role="alert" data-testid="list-error">
        <p class="notice__text">{describeError(status.error)}</p>
        <button type="button" onClick={list.retry}>
          {t('popupRetry')}
        </button>
      </div>
    );
  }

  return (
    <>
      {status.updating && (
        <p class="list-note" role="status" data-testid="list-updating">
          {t('popupUpdating')}
        </p>
      )}
      {status.staleError && (
        <p class="list-note list-note--warning" role="status">
          {t('popupNotUpdated', describeError(status.staleError))}{' '}
          <button type="button" class="link" onClick={list.retry}>
            {t('popupRetry')}
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
          {describeError(more.error)}
        </p>
      )}
      <button
        type="button"
        onClick={() => void list.loadMore()}
        disabled={more.kind === 'loading' || isUpdating}
        aria-busy={more.kind === 'loading'}
      >
        {t('popupLoadMore')}
      </button>
    </div>
  );
}

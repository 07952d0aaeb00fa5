import type { ComponentChildren } from 'preact';

import type { Loadable } from '@/entrypoints/options/smm/loadable';

interface Props<T> {
  state: Loadable<T>;
  /** What is being loaded, for the loading note: "services". */
  what: string;
  onRetry: () => void;
  /** Whether the loaded value has nothing to show. */
  isEmpty: (value: T) => boolean;
  emptyText: string;
  children: (value: T) => ComponentChildren;
}

/** A list read from the worker: loading, failed with a Retry, empty, or its content. */
export function LoadState<T>({ state, what, onRetry, isEmpty, emptyText, children }: Props<T>) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'loading') {
    return (
      <p class="list-note" role="status">
        Loading {what}…
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div class="notice notice--error" role="alert">
        <p class="notice__text">
          Could not load {what}: {state.error.message}
        </p>
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      </div>
    );
  }
  if (isEmpty(state.value)) {
    return (
      <p class="list-note" data-testid="list-empty">
        {emptyText}
      </p>
    );
  }
  return <>{children(state.value)}</>;
}

import type { ComponentChildren } from 'preact';

import type { Loadable } from '@/entrypoints/options/smm/loadable';

import { LoadFailed, LoadingNote } from '../LoadNotes';

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
  if (state.kind === 'loading') return <LoadingNote what={what} />;
  if (state.kind === 'failed')
    return <LoadFailed what={what} error={state.error} onRetry={onRetry} />;

  if (isEmpty(state.value)) {
    return (
      <p class="list-note" data-testid="list-empty">
        {emptyText}
      </p>
    );
  }
  return <>{children(state.value)}</>;
}

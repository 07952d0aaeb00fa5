import { signal } from '@preact/signals';

import type { ErrorData } from '@/utils/errors';
import type { Result } from '@/utils/messages';

export type Loadable<T> =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; value: T }
  | { kind: 'failed'; error: ErrorData };

/**
 * One value read from the worker, with its loading and failed states. Only the newest request
 * counts: an older answer arriving late is dropped. `retry` asks the last request again.
 */
export function createLoadable<T>() {
  const state = signal<Loadable<T>>({ kind: 'idle' });
  let latest = 0;
  let last: (() => Promise<Result<T>>) | null = null;

  async function load(ask: () => Promise<Result<T>>): Promise<void> {
    const mine = ++latest;
    last = ask;
    state.value = { kind: 'loading' };
    const result = await ask();
    if (mine !== latest) return;

    state.value = result.ok
      ? { kind: 'ready', value: result.value }
      : { kind: 'failed', error: result };
  }

  async function retry(): Promise<void> {
    if (last) await load(last);
  }

  function clear(): void {
    latest++;
    last = null;
    state.value = { kind: 'idle' };
  }

  return { state, load, retry, clear };
}

export type LoadableModel<T> = ReturnType<typeof createLoadable<T>>;

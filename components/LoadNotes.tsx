import type { ErrorData } from '@/utils/errors';

/** "Loading products…" while a list is asked for. */
export function LoadingNote({ what }: { what: string }) {
  return (
    <p class="list-note" role="status">
      Loading {what}…
    </p>
  );
}

/** Why a list could not be loaded, with a button that asks again. */
export function LoadFailed({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: ErrorData;
  onRetry: () => void;
}) {
  return (
    <div class="notice notice--error" role="alert">
      <p class="notice__text">
        Could not load {what}: {error.message}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

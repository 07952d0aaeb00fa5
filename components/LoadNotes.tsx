import { describeError } from '@/utils/error-text';
import type { ErrorData } from '@/utils/errors';
import { formatLocale, t } from '@/utils/i18n';

/**
 * A note that may begin with `what` (Turkish puts the list first: "Ürünler yükleniyor…"), with
 * its first letter as a sentence's.
 */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase(formatLocale()) + text.slice(1);
}

/**
 * "Loading products…" while a list is asked for. `what` names the list in the page's language,
 * in lower case, as it reads in "Loading products…" and in Turkish "ürünler yükleniyor…".
 */
export function LoadingNote({ what }: { what: string }) {
  return (
    <p class="list-note" role="status">
      {sentence(t('optionsLoadingWhat', what))}
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
      <p class="notice__text">{sentence(t('optionsLoadFailedWhat', what, describeError(error)))}</p>
      <button type="button" onClick={onRetry}>
        {t('optionsRetry')}
      </button>
    </div>
  );
}

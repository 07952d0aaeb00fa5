/**
 * What a person reads about a failure. The service's own refusals (`api`) are shown as the
 * service words them; the extension's own failures come from the locale files.
 */
import type { ErrorData } from './errors';
import { t } from './i18n';

export function describeError(error: Pick<ErrorData, 'code' | 'message' | 'status'>): string {
  switch (error.code) {
    // The service's refusals as it words them, and the worker's own, already in the language.
    case 'api':
    case 'invalid_input':
      return error.message;
    case 'network':
      return t('errorNetwork');
    case 'timeout':
      return t('errorTimeout');
    case 'http':
      return error.status === undefined ? t('errorHttpNoStatus') : t('errorHttp', error.status);
    case 'malformed_response':
    case 'unexpected_response':
      return t('errorUnreadable');
    case 'no_api_key':
      return t('errorNoApiKey');
    default:
      return t('errorInternal', error.message);
  }
}

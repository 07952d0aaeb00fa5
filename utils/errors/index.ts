import { ApiError } from './api-error';
import { AppError, type ErrorCode } from './app-error';
import { HttpError } from './http-error';

export { AppError, type ErrorCode } from './app-error';
export { ApiError } from './api-error';
export { NetworkError } from './network-error';
export { TimeoutError } from './timeout-error';
export { HttpError } from './http-error';
export { MalformedResponseError } from './malformed-response-error';
export { UnexpectedResponseError } from './unexpected-response-error';
export { NoApiKeyError } from './no-api-key-error';

const APP_ERROR_NAMES = new Set([
  'AppError',
  'ApiError',
  'NetworkError',
  'TimeoutError',
  'HttpError',
  'MalformedResponseError',
  'UnexpectedResponseError',
  'NoApiKeyError',
]);

/**
 * True for the extension's own errors. The name is checked as well as the prototype, since an
 * error made by another copy of this module (another bundle) fails `instanceof`.
 */
export function isAppError(error: unknown): error is AppError {
  if (error instanceof AppError) return true;

  return (
    error instanceof Error &&
    APP_ERROR_NAMES.has(error.name) &&
    typeof (error as Partial<AppError>).code === 'string'
  );
}

/** An error as it travels between the service worker, the pages and the content script. */
export interface ErrorData {
  ok: false;
  code: ErrorCode;
  message: string;
  outcomeUnknown: boolean;
  requiredAmount?: number;
  /** The HTTP status of an `http` error. */
  status?: number;
}

/** Turns anything thrown into plain data, keeping the server's message where there is one. */
export function toErrorData(error: unknown): ErrorData {
  if (!isAppError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'internal', message, outcomeUnknown: false };
  }

  const data: ErrorData = {
    ok: false,
    code: error.code,
    message: error.message,
    outcomeUnknown: error.outcomeUnknown,
  };
  const required = error instanceof ApiError ? error.requiredAmount : null;
  if (required !== null) data.requiredAmount = required;
  if (error instanceof HttpError) data.status = error.status;

  return data;
}

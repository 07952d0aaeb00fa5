/** What every error of the extension says about itself, as data that can cross contexts. */
export type ErrorCode =
  | 'api'
  | 'network'
  | 'timeout'
  | 'http'
  | 'malformed_response'
  | 'unexpected_response'
  | 'no_api_key'
  | 'invalid_input'
  | 'internal';

export interface AppErrorOptions {
  /**
   * True when a request that spends or refunds money was sent but its answer never came: the
   * server may have carried it out. Such a request must not be repeated blindly.
   */
  outcomeUnknown?: boolean;
}

/** The base of the extension's error hierarchy; every subclass has a literal `name`. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly outcomeUnknown: boolean;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message);
    this.code = code;
    this.outcomeUnknown = options.outcomeUnknown ?? false;
  }
}

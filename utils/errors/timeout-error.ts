import { AppError, type AppErrorOptions } from './app-error';

/** No answer came within the time limit. */
export class TimeoutError extends AppError {
  override name = 'TimeoutError' as const;
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number, options?: AppErrorOptions) {
    super('timeout', message, options);
    this.timeoutMs = timeoutMs;
  }
}

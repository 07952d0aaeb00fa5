import { AppError, type AppErrorOptions } from './app-error';

/** The request never got an HTTP answer: offline, refused, or the connection dropped. */
export class NetworkError extends AppError {
  override name = 'NetworkError' as const;

  constructor(message: string, options?: AppErrorOptions) {
    super('network', message, options);
  }
}

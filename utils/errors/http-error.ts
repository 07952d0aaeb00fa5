import { AppError } from './app-error';

/** The server answered with an HTTP status the API does not use for its answers (5xx, 404...). */
export class HttpError extends AppError {
  override name = 'HttpError' as const;
  readonly status: number;

  constructor(message: string, status: number) {
    super('http', message);
    this.status = status;
  }
}

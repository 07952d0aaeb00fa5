import { AppError } from './app-error';

/** The answer's body is not JSON at all: a proxy page, a truncated body. */
export class MalformedResponseError extends AppError {
  override name = 'MalformedResponseError' as const;

  constructor(message: string) {
    super('malformed_response', message);
  }
}

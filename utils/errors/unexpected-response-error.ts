import { AppError } from './app-error';

/** The answer is JSON but not the shape the API documents; `issues` says where it differs. */
export class UnexpectedResponseError extends AppError {
  override name = 'UnexpectedResponseError' as const;
  readonly issues: string[];

  constructor(message: string, issues: string[]) {
    super('unexpected_response', message);
    this.issues = issues;
  }
}

import { AppError } from './app-error';

/** No API key has been saved yet, so nothing can be asked of the service. */
export class NoApiKeyError extends AppError {
  override name = 'NoApiKeyError' as const;

  constructor() {
    super('no_api_key', 'No API key is set. Add your pale100 API key in the settings.');
  }
}

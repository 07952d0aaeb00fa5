import { AppError } from './app-error';

/** The service answered `status: "error"`; `message` is the server's own text, unchanged. */
export class ApiError extends AppError {
  override name = 'ApiError' as const;
  readonly action: string;

  constructor(action: string, serverMessage: string) {
    super('api', serverMessage);
    this.action = action;
  }

  /** The amount the server says is needed, from "Bakiyeniz yetersiz. Gerekli: 2007.00". */
  get requiredAmount(): number | null {
    const match = /Gerekli:\s*([\d.,]+)/i.exec(this.message);
    if (!match?.[1]) return null;

    const amount = Number(match[1].replace(',', '.'));
    return Number.isFinite(amount) ? amount : null;
  }
}

/**
 * The SMM order form's rules, checked in the page before anything is sent: the same rules the
 * service applies (link length, quantity limits, comments, known extras, balance) plus a check
 * that a link is a web address. Totals are computed the way the service charges them.
 */
import type { SmmPlaceOrderParams, SmmService } from './api';
import { formatMoney } from './format';
import { t } from './i18n';

export const MAX_LINK_LENGTH = 255;

/** The form as typed: numbers stay text until they are checked. */
export interface SmmOrderForm {
  /** The link or the username, as the service's `input_type` asks. */
  target: string;
  quantity: string;
  /** One comment a line; only for `custom_comments`. */
  comments: string;
  /** Names of the chosen extras. */
  extras: string[];
}

export type SmmOrderField = 'service' | 'target' | 'quantity' | 'comments' | 'extras' | 'balance';

export type SmmOrderErrors = Partial<Record<SmmOrderField, string>>;

export type SmmOrderCheck =
  | { ok: true; params: SmmPlaceOrderParams; quantity: number; totalTl: number }
  | { ok: false; errors: SmmOrderErrors; quantity: number | null; totalTl: number | null };

export const EMPTY_ORDER_FORM: SmmOrderForm = {
  target: '',
  quantity: '',
  comments: '',
  extras: [],
};

/** Rounds to kuruş as the service does before it charges. */
export function roundMoney(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

/** The comments as the service counts them: each non-empty line, trimmed. */
export function commentLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * What an order costs: every unit pays the service's unit price plus the unit price of each
 * chosen extra, and the sum is rounded to kuruş once.
 */
export function orderTotal(service: SmmService, quantity: number, extraNames: string[]): number {
  const extras = service.extras.filter((extra) => extraNames.includes(extra.name));
  const extrasTotal = extras.reduce((sum, extra) => sum + quantity * extra.price_per_unit_tl, 0);
  return roundMoney(quantity * service.price_per_unit_tl + extrasTotal);
}

/** True for an absolute http or https address. */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;

  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** True when the service takes orders now. */
export function isOrderable(service: SmmService): boolean {
  return service.status === 'active';
}

function checkService(service: SmmService): string | undefined {
  if (service.status === 'active') return undefined;
  if (service.status === 'coming') return t('smmServiceComing');
  return t('smmServiceState', service.status);
}

function checkTarget(service: SmmService, target: string): string | undefined {
  const isUsername = service.input_type === 'username';
  if (target === '') return isUsername ? t('smmEnterUsername') : t('smmEnterLink');
  if (target.length > MAX_LINK_LENGTH) {
    return t('smmTargetTooLong', MAX_LINK_LENGTH, target.length);
  }
  if (!isUsername && !isWebAddress(target)) return t('smmEnterWebAddress');
  return undefined;
}

function readQuantity(
  service: SmmService,
  form: SmmOrderForm,
): { quantity: number | null; error?: string; commentsError?: string } {
  if (service.input_type === 'custom_comments') {
    const count = commentLines(form.comments).length;
    if (count === 0) return { quantity: 0, commentsError: t('smmEnterComment') };
    if (count < service.min_quantity || count > service.max_quantity) {
      const key = count === 1 ? 'smmCommentCountOne' : 'smmCommentCountOther';
      return {
        quantity: count,
        commentsError: t(key, count, service.min_quantity, service.max_quantity),
      };
    }
    return { quantity: count };
  }

  const text = form.quantity.trim();
  if (text === '') return { quantity: null, error: t('smmEnterQuantity') };
  if (!/^\d+$/.test(text)) return { quantity: null, error: t('smmQuantityWhole') };

  const quantity = Number(text);
  if (quantity < service.min_quantity || quantity > service.max_quantity) {
    return {
      quantity,
      error: t('smmQuantityRange', service.min_quantity, service.max_quantity),
    };
  }
  return { quantity };
}

/**
 * Checks the form against `service`, and the total against `balanceTl` when it is known (null:
 * not known yet, so the service decides). Gives the request to send, or a reason per field.
 */
export function checkOrderForm(
  service: SmmService,
  form: SmmOrderForm,
  balanceTl: number | null,
): SmmOrderCheck {
  const errors: SmmOrderErrors = {};
  const serviceError = checkService(service);
  if (serviceError) errors.service = serviceError;

  const target = form.target.trim();
  const targetError = checkTarget(service, target);
  if (targetError) errors.target = targetError;

  const { quantity, error, commentsError } = readQuantity(service, form);
  if (error) errors.quantity = error;
  if (commentsError) errors.comments = commentsError;

  const unknown = form.extras.filter((name) => !service.extras.some((e) => e.name === name));
  if (unknown.length > 0) errors.extras = t('smmUnknownExtras', unknown.join(', '));

  const totalTl = quantity === null ? null : orderTotal(service, quantity, form.extras);
  if (totalTl !== null && balanceTl !== null && balanceTl + 1e-9 < totalTl) {
    const missing = roundMoney(totalTl - balanceTl);
    errors.balance = t(
      'smmBalanceShort',
      formatMoney(totalTl),
      formatMoney(balanceTl),
      formatMoney(missing),
    );
  }

  if (Object.keys(errors).length > 0 || quantity === null || totalTl === null) {
    return { ok: false, errors, quantity, totalTl };
  }

  const params: SmmPlaceOrderParams = { service_id: service.service_id, link: target };
  if (service.input_type === 'custom_comments') {
    params.comments = commentLines(form.comments).join('\n');
  } else {
    params.quantity = quantity;
  }
  const extras = service.extras.filter((extra) => form.extras.includes(extra.name));
  if (extras.length > 0) params.extras = extras.map(({ name }) => ({ name }));

  return { ok: true, params, quantity, totalTl };
}

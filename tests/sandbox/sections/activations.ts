/** Rules shared by the three number products: status, cancel windows, history listing. */
import { formatApiTime } from '../format';
import type { Activation, NumberProduct } from '../models';
import { countPages, readPaging, takePage } from '../paging';
import { readChoice, requireInt } from '../params';
import { businessError, noNumbers, success, type ApiReply, type JsonObject } from '../reply';
import { seededPhoneNumber } from '../seeded';
import { refund, tryDebit, type SandboxState } from '../state';
import type { ActionContext } from './action';

export type ActivationStatus = 'pending' | 'received' | 'canceled' | 'expired';

const ACTIVATION_STATUSES: readonly ActivationStatus[] = [
  'pending',
  'received',
  'canceled',
  'expired',
];
const CANCEL_LOCK_MS = 2 * 60 * 1000;

export const ACTIVATION_NOT_FOUND = 'Aktivasyon bulunamadı.';

/**
 * A virtual number is done once its single code arrives. Physical and rented numbers keep
 * receiving until they expire, so they stay pending until then and end `received` or `expired`.
 */
export function activationStatus(activation: Activation, now: number): ActivationStatus {
  if (activation.canceledAt !== null) return 'canceled';

  if (activation.product === 'virtual') {
    if (activation.otp !== null) return 'received';
    return now >= activation.expiresAt ? 'expired' : 'pending';
  }

  if (now < activation.expiresAt) return 'pending';
  return activation.messages.length > 0 ? 'received' : 'expired';
}

export function remainingSeconds(activation: Activation, now: number): number {
  if (activation.canceledAt !== null) return 0;
  return Math.max(0, Math.floor((activation.expiresAt - now) / 1000));
}

/** Reads the `id` parameter and finds that activation within one product. */
export function findActivation(context: ActionContext, product: NumberProduct) {
  const id = requireInt(context.query, 'id');
  return context.state.activations.find(
    (activation) => activation.activationId === id && activation.product === product,
  );
}

/** Takes one number from a stock counter; false when none is left. */
export function takeFromStock(holder: { stock: number }): boolean {
  if (holder.stock <= 0) return false;

  holder.stock -= 1;
  return true;
}

/**
 * The documented purchase order: debit first, then allocate a number; when none can be had the
 * money goes straight back and the answer is no_numbers. Returns null once the number is sold.
 */
export function chargeForNumber(
  context: ActionContext,
  priceTl: number,
  allocate: () => boolean,
  noNumbersMessage: string,
): ApiReply | null {
  const refusal = tryDebit(context.state, priceTl);
  if (refusal !== null) return businessError(refusal);
  if (allocate()) return null;

  refund(context.state, priceTl);
  return noNumbers(noNumbersMessage);
}

type NewActivation = Omit<
  Activation,
  'activationId' | 'number' | 'canceledAt' | 'otp' | 'messages'
>;

/** Gives out the next activation id, a phone number seeded from it, and stores the record. */
export function recordActivation(
  context: ActionContext,
  fields: NewActivation,
  dialCode: string,
): Activation {
  const activationId = context.state.nextActivationId++;
  const activation: Activation = {
    ...fields,
    activationId,
    number: seededPhoneNumber(dialCode, activationId),
    canceledAt: null,
    otp: null,
    messages: [],
  };
  context.state.activations.push(activation);
  context.onActivationCreated(activation);
  return activation;
}

/**
 * The documented cancel rules, in the order the site checks them: nothing arrived (the last
 * check wins over the clock), then the 2-minute spam lock, then the refund window.
 */
export function cancelActivation(
  context: ActionContext,
  activation: Activation,
  windowMinutes: number,
  successMessage: string,
): ApiReply {
  const status = activationStatus(activation, context.now);
  if (status === 'canceled') return businessError('Bu sipariş zaten iptal edilmiş.');

  const firstSms = activation.messages[0];
  if (firstSms !== undefined) {
    return businessError(
      `Sistemde numaraya SMS ulaşmış görünüyor, iade yapılamaz. Gelen mesaj: ${firstSms.text}`,
    );
  }

  const elapsedMs = context.now - activation.createdAt;
  if (elapsedMs < CANCEL_LOCK_MS) {
    const remaining = Math.ceil((CANCEL_LOCK_MS - elapsedMs) / 1000);
    return businessError(`İptal için en az 2 dakika beklemelisiniz (kalan: ${remaining}s).`);
  }

  if (status === 'expired' || elapsedMs >= windowMinutes * 60 * 1000) {
    return businessError(
      `Satın alımdan sonra ${windowMinutes} dakika geçti — iade artık mümkün değil.`,
    );
  }

  activation.canceledAt = context.now;
  refund(context.state, activation.priceTl);
  return success({
    activation_id: activation.activationId,
    refunded_tl: activation.priceTl,
    message: successMessage,
  });
}

/** getActivations: newest first, paged (limit max 50), optionally by order_status. */
export function listActivations(
  context: ActionContext,
  product: NumberProduct,
  toItem: (activation: Activation, status: ActivationStatus) => JsonObject,
): ApiReply {
  const paging = readPaging(context.query, 25, 50);
  const wanted = readChoice(context.query, 'order_status', ACTIVATION_STATUSES);
  const matching = context.state.activations
    .filter((activation) => activation.product === product)
    .map((activation) => ({ activation, status: activationStatus(activation, context.now) }))
    .filter(({ status }) => wanted === undefined || status === wanted)
    .sort((left, right) => right.activation.activationId - left.activation.activationId);
  const page = takePage(matching, paging);

  return success({
    page: paging.page,
    limit: paging.limit,
    total: page.total,
    total_pages: countPages(page.total, paging.limit),
    items: page.items.map(({ activation, status }) => toItem(activation, status)),
  });
}

/** The getSms answer of physical and rented numbers: every message plus the time left. */
export function smsListFields(activation: Activation, now: number): JsonObject {
  return {
    activation_id: activation.activationId,
    number: activation.number,
    order_status: activationStatus(activation, now),
    remaining_sec: remainingSeconds(activation, now),
    sms_count: activation.messages.length,
    messages: activation.messages.map((sms) => ({
      date: formatApiTime(sms.receivedAt),
      from: sms.from,
      text: sms.text,
    })),
  };
}

export function findAnyActivation(state: SandboxState, activationId: number) {
  return state.activations.find((activation) => activation.activationId === activationId);
}

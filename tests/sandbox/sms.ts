/** Delivering an SMS to a number, for the control endpoint and the automatic-SMS option. */
import { OTHER_PLATFORMS_NAME } from './catalog/physical';
import type { Activation } from './models';
import { seededInt } from './seeded';
import { ACTIVATION_NOT_FOUND, activationStatus, findAnyActivation } from './sections/activations';
import type { SandboxState } from './state';

export interface SmsInput {
  activationId: number;
  text: string;
  from?: string | undefined;
  /** Virtual only: the code to report; by default read from the text. */
  code?: string | undefined;
}

export type SmsDelivery =
  { ok: true; activation: Activation } | { ok: false; httpStatus: 400 | 404 | 409; error: string };

/** The first run of 4 to 8 digits, the way verification codes usually appear. */
export function extractCode(text: string): string | null {
  const runs = text.match(/\d+/g) ?? [];
  return runs.find((run) => run.length >= 4 && run.length <= 8) ?? null;
}

/**
 * Hands an SMS to an active number. A virtual number takes one code and is done; physical and
 * rented numbers collect every message until they expire.
 */
export function deliverSms(state: SandboxState, input: SmsInput, now: number): SmsDelivery {
  const activation = findAnyActivation(state, input.activationId);
  if (activation === undefined) return { ok: false, httpStatus: 404, error: ACTIVATION_NOT_FOUND };

  const status = activationStatus(activation, now);
  if (status !== 'pending') {
    return { ok: false, httpStatus: 409, error: `Aktivasyon aktif değil (durum: ${status}).` };
  }

  if (activation.product === 'virtual') {
    const code = input.code ?? extractCode(input.text);
    if (code === null) {
      return {
        ok: false,
        httpStatus: 400,
        error: 'Metinde 4-8 haneli kod yok; code alanını verin.',
      };
    }

    activation.otp = code;
  }

  const from = input.from ?? activation.serviceName ?? 'SMS';
  activation.messages.push({ receivedAt: now, from, text: input.text });
  return { ok: true, activation };
}

const PLATFORMS = ['WhatsApp', 'Telegram', 'Google'];

/**
 * A believable message for the automatic-SMS option. Numbers not tied to one platform (rentals,
 * "Diğer Platformlar") hear from a rotating set of real ones.
 */
export function createRealisticSms(activation: Activation): SmsInput {
  const received = activation.messages.length;
  const code = String(100000 + seededInt(900000, activation.activationId, received));
  const platform = activation.serviceName;
  const sender =
    platform === null || platform === OTHER_PLATFORMS_NAME
      ? (PLATFORMS[received % PLATFORMS.length] ?? 'SMS')
      : platform;
  const text =
    sender === 'Google'
      ? `G-${code} is your Google verification code.`
      : `Your ${sender} code: ${code}. Don't share it with anyone.`;
  return { activationId: activation.activationId, text, from: sender };
}

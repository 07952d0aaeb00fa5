/**
 * Buying a number. A purchase is sent once: it is never retried, a repeated `purchaseId` gets
 * the first outcome, and the confirmed order is stored before anything else happens. When the
 * answer is lost, the history is searched for the new order instead of buying again.
 */
import type { Pale100Api } from '@/utils/api';
import { isAppError } from '@/utils/errors';
import { createLogger } from '@/utils/logger';
import type { PurchaseOutcome, PurchaseRequest } from '@/utils/messages';
import { purchaseJournalItem } from '@/utils/storage';

import { adoptUnknownActivations, lostPurchaseMessage } from './adopt';
import { getApi } from './api';
import { orderFromPurchase } from './order-factory';
import { saveOrder } from './order-store';
import { now } from './server-time';

const log = createLogger('purchase');

/** Outcomes by purchase id, so that a second message for one click buys nothing. */
const outcomes = new Map<string, Promise<PurchaseOutcome>>();

export function buyNumber(purchaseId: string, request: PurchaseRequest): Promise<PurchaseOutcome> {
  const known = outcomes.get(purchaseId);
  if (known) return known;

  const outcome = runPurchase(purchaseId, request);
  outcomes.set(purchaseId, outcome);
  return outcome;
}

async function runPurchase(purchaseId: string, request: PurchaseRequest): Promise<PurchaseOutcome> {
  const api = await getApi();
  const sentAt = now();
  await writeJournal(purchaseId, request, sentAt);

  try {
    return await sendPurchase(api, request, sentAt);
  } catch (error) {
    if (!isAppError(error) || !error.outcomeUnknown) throw error;

    log.warn(`the answer to a ${request.product} purchase was lost; looking for the order`);
    return await findLostPurchase(api, request, sentAt);
  } finally {
    await clearJournal(purchaseId);
  }
}

async function sendPurchase(
  api: Pale100Api,
  request: PurchaseRequest,
  sentAt: number,
): Promise<PurchaseOutcome> {
  const answer = await callBuyNumber(api, request);

  if (answer.status === 'success') {
    const order = await saveOrder(orderFromPurchase(request, answer, now()));
    const duplicates = await adoptUnknownActivations(api, request, sentAt).catch(() => []);
    return duplicates.length > 0
      ? { kind: 'bought', order, duplicates }
      : { kind: 'bought', order };
  }

  if (answer.status === 'no_numbers') return { kind: 'no_numbers', message: answer.message };

  const { message, alt_price_tl, alt_price_usd } = answer;
  return { kind: 'wrong_price', message, alt_price_tl, alt_price_usd };
}

async function findLostPurchase(
  api: Pale100Api,
  request: PurchaseRequest,
  sentAt: number,
): Promise<PurchaseOutcome> {
  const [order, ...duplicates] = await adoptUnknownActivations(api, request, sentAt).catch(
    () => [],
  );
  if (!order) return { kind: 'unknown', message: lostPurchaseMessage() };

  return duplicates.length > 0 ? { kind: 'bought', order, duplicates } : { kind: 'bought', order };
}

function callBuyNumber(api: Pale100Api, request: PurchaseRequest) {
  switch (request.product) {
    case 'virtual':
      return api.virtual.buyNumber(request.params);
    case 'physical':
      return api.physical.buyNumber(request.params);
    case 'rental':
      return api.rental.buyNumber(request.params);
  }
}

async function writeJournal(purchaseId: string, request: PurchaseRequest, sentAt: number) {
  const journal = await purchaseJournalItem.getValue();
  journal[purchaseId] = {
    purchaseId,
    product: request.product,
    sentAt,
    serviceName: request.serviceName,
    countryCode: request.countryCode ?? null,
  };
  await purchaseJournalItem.setValue(journal);
}

async function clearJournal(purchaseId: string) {
  const journal = await purchaseJournalItem.getValue();
  const rest = Object.entries(journal).filter(([id]) => id !== purchaseId);
  await purchaseJournalItem.setValue(Object.fromEntries(rest));
}

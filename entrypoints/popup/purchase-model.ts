import { computed, signal } from '@preact/signals';

import { describeError } from '@/utils/error-text';
import type { ErrorData } from '@/utils/errors';
import { askBackground, type PurchaseOutcome, type Result } from '@/utils/messages';
import type { NumberOrder } from '@/utils/orders';

import { nextCheapest, withAcceptedPrice, type PurchaseOption } from './purchase-options';

export type PurchaseState =
  | { kind: 'idle' }
  | { kind: 'sending'; option: PurchaseOption }
  /** `duplicates`: further numbers the service sold for the same click (the request went twice). */
  | { kind: 'bought'; option: PurchaseOption; order: NumberOrder; duplicates: NumberOrder[] }
  | {
      kind: 'wrong_price';
      option: PurchaseOption;
      message: string;
      altPriceTl: number;
      altPriceUsd: number;
    }
  /** Nothing was charged; `next` is the cheapest option of the same list still in stock. */
  | { kind: 'no_numbers'; option: PurchaseOption; message: string; next: PurchaseOption | null }
  /** The answer was lost: the number may or may not have been bought. */
  | { kind: 'unknown'; option: PurchaseOption; message: string }
  | { kind: 'failed'; option: PurchaseOption; error: ErrorData };

/** What the popup shows for the service worker's answer to a purchase. */
export function stateFromAnswer(
  option: PurchaseOption,
  answer: Result<PurchaseOutcome>,
  next: PurchaseOption | null,
): PurchaseState {
  if (!answer.ok) {
    return answer.outcomeUnknown
      ? { kind: 'unknown', option, message: describeError(answer) }
      : { kind: 'failed', option, error: answer };
  }

  const outcome = answer.value;
  switch (outcome.kind) {
    case 'bought':
      return { kind: 'bought', option, order: outcome.order, duplicates: outcome.duplicates ?? [] };
    case 'wrong_price':
      return {
        kind: 'wrong_price',
        option,
        message: outcome.message,
        altPriceTl: outcome.alt_price_tl,
        altPriceUsd: outcome.alt_price_usd,
      };
    case 'no_numbers':
      return { kind: 'no_numbers', option, message: outcome.message, next };
    case 'unknown':
      return { kind: 'unknown', option, message: outcome.message };
  }
}

/**
 * One purchase at a time. A click makes one purchase id, and the model refuses a second purchase
 * before the first is answered, so a double click never buys twice.
 */
export function createPurchaseModel(hooks: { onSettled: (state: PurchaseState) => void }) {
  const state = signal<PurchaseState>({ kind: 'idle' });
  const isBusy = computed(() => state.value.kind === 'sending');
  // A plain flag as well as the signal: it is set before the first await, when the button may
  // not have been re-rendered as disabled yet.
  let inFlight = false;
  let alternatives: readonly PurchaseOption[] = [];
  const soldOut = new Set<string>();

  async function buy(option: PurchaseOption, others: readonly PurchaseOption[] = []) {
    if (inFlight) return;

    inFlight = true;
    alternatives = others;
    state.value = { kind: 'sending', option };
    try {
      const purchaseId = crypto.randomUUID();
      const answer = await askBackground({
        type: 'buyNumber',
        purchaseId,
        request: option.request,
      });
      if (answer.ok && answer.value.kind === 'no_numbers') soldOut.add(option.id);

      state.value = stateFromAnswer(option, answer, nextCheapest(alternatives, soldOut));
    } finally {
      inFlight = false;
    }

    hooks.onSettled(state.value);
  }

  /** Buys again at the price the service named instead (virtual numbers only). */
  function acceptPrice(): void {
    const current = state.value;
    if (current.kind !== 'wrong_price') return;

    const request = withAcceptedPrice(current.option.request, current.altPriceUsd);
    void buy({ ...current.option, request, priceTl: current.altPriceTl }, alternatives);
  }

  function buyNextCheapest(): void {
    const current = state.value;
    if (current.kind === 'no_numbers' && current.next) void buy(current.next, alternatives);
  }

  function dismiss(): void {
    if (!inFlight) state.value = { kind: 'idle' };
  }

  return { state, isBusy, buy, acceptPrice, buyNextCheapest, dismiss };
}

export type PurchaseModel = ReturnType<typeof createPurchaseModel>;

import { computed, signal } from '@preact/signals';

import type { SmmOrder, SmmService } from '@/utils/api';
import type { ErrorData } from '@/utils/errors';
import { askBackground } from '@/utils/messages';
import {
  EMPTY_ORDER_FORM,
  checkOrderForm,
  type SmmOrderField,
  type SmmOrderForm,
} from '@/utils/smm-order-form';
import { balanceItem } from '@/utils/storage';

export type SmmOrderOutcome =
  | { kind: 'none' }
  | { kind: 'placed'; order: SmmOrder; message: string | null }
  | { kind: 'unknown'; message: string }
  | { kind: 'failed'; error: ErrorData };

interface Options {
  /** Told about each order placed, so the orders list can show it. */
  onPlaced?: (order: SmmOrder) => void;
  /** One id per confirmed click; the worker answers a repeated id with the first outcome. */
  newPurchaseId?: () => string;
}

/**
 * The order form of one service: what was typed, the live check and total, and the one
 * request a confirmed click sends. Reasons show for the fields typed in, and for all of them
 * once sending was tried.
 */
export function createSmmOrderFormModel({
  onPlaced,
  newPurchaseId = () => crypto.randomUUID(),
}: Options = {}) {
  const service = signal<SmmService | null>(null);
  const form = signal<SmmOrderForm>(EMPTY_ORDER_FORM);
  const touched = signal<ReadonlySet<SmmOrderField>>(new Set());
  const attempted = signal(false);
  const balanceTl = signal<number | null>(null);
  const isSending = signal(false);
  const outcome = signal<SmmOrderOutcome>({ kind: 'none' });

  const check = computed(() =>
    service.value ? checkOrderForm(service.value, form.value, balanceTl.value) : null,
  );

  /** The reason shown next to `field`, if it is wrong and the person has got to it. */
  function errorOf(field: SmmOrderField): string | undefined {
    const current = check.value;
    if (!current || current.ok) return undefined;
    const shown =
      attempted.value ||
      touched.value.has(field) ||
      field === 'service' ||
      field === 'balance' ||
      field === 'extras';
    return shown ? current.errors[field] : undefined;
  }

  function freshForm(chosen: SmmService | null): SmmOrderForm {
    if (!chosen || chosen.input_type === 'custom_comments') return EMPTY_ORDER_FORM;
    return { ...EMPTY_ORDER_FORM, quantity: String(chosen.min_quantity) };
  }

  function reset(): void {
    form.value = freshForm(service.value);
    touched.value = new Set();
    attempted.value = false;
  }

  function setService(chosen: SmmService | null): void {
    if (chosen?.service_id !== service.value?.service_id) outcome.value = { kind: 'none' };
    service.value = chosen;
    reset();
  }

  function edit(changes: Partial<SmmOrderForm>): void {
    form.value = { ...form.value, ...changes };
    const next = new Set(touched.value);
    if ('target' in changes) next.add('target');
    if ('quantity' in changes) next.add('quantity');
    if ('comments' in changes) next.add('comments');
    touched.value = next;
  }

  function toggleExtra(name: string, chosen: boolean): void {
    const others = form.value.extras.filter((extra) => extra !== name);
    form.value = { ...form.value, extras: chosen ? [...others, name] : others };
  }

  /** Shows every reason at once (the form was submitted while something is wrong). */
  function attempt(): void {
    attempted.value = true;
  }

  /** Follows the stored balance, which the worker updates after every order and refund. */
  function followBalance(): () => void {
    void balanceItem.getValue().then((stored) => {
      if (stored) balanceTl.value = stored.balance.balance;
    });
    return balanceItem.watch((stored) => {
      balanceTl.value = stored ? stored.balance.balance : null;
    });
  }

  /** Sends the order once; a second call while one is out does nothing. */
  async function place(): Promise<void> {
    if (isSending.value) return;
    attempted.value = true;
    const current = check.value;
    if (!current?.ok) return;

    isSending.value = true;
    outcome.value = { kind: 'none' };
    try {
      const answer = await askBackground({
        type: 'placeSmmOrder',
        purchaseId: newPurchaseId(),
        params: current.params,
      });
      if (!answer.ok) {
        outcome.value = { kind: 'failed', error: answer };
        return;
      }

      outcome.value = answer.value;
      // Also after a lost answer: the order may exist, so the form must not invite a repeat.
      reset();
      if (answer.value.kind === 'placed') onPlaced?.(answer.value.order);
    } finally {
      isSending.value = false;
    }
  }

  return {
    service,
    form,
    check,
    balanceTl,
    isSending,
    outcome,
    errorOf,
    setService,
    edit,
    toggleExtra,
    attempt,
    followBalance,
    place,
  };
}

export type SmmOrderFormModel = ReturnType<typeof createSmmOrderFormModel>;

import { batch, computed, signal } from '@preact/signals';

import type { Balance, LicenseOrder, LicenseProductDetail } from '@/utils/api';
import type { ErrorData } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { checkAffordable, checkLicenseFields } from '@/utils/license-form';
import { askBackground } from '@/utils/messages';
import { balanceItem, licenseOrdersItem } from '@/utils/storage';

import { isInStock } from './catalog-model';

export type DetailStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; productId: number }
  | { kind: 'ready'; product: LicenseProductDetail }
  | { kind: 'failed'; productId: number; error: ErrorData };

export type PurchaseState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** The service refused (low balance, missing fields, stock) or the request failed. */
  | { kind: 'refused'; error: ErrorData }
  | { kind: 'placed'; order: LicenseOrder; message: string | null }
  /** The answer was lost: the person must look at the orders before buying again. */
  | { kind: 'unknown'; message: string };

interface Options {
  /** Called with every order a purchase placed, for the order list and the stock to refresh. */
  onPlaced?: (order: LicenseOrder) => void;
  /** Makes the id of one confirmed click; tests pass their own. */
  newPurchaseId?: () => string;
}

/**
 * One license product as the person buys it: its detail, the form of its required fields, the
 * checks made before spending (fields, stock, balance) and the purchase with its outcome. The
 * placed order follows the stored orders, so a pending delivery shows its end here.
 */
export function createLicenseProductModel({
  onPlaced,
  newPurchaseId = () => crypto.randomUUID(),
}: Options = {}) {
  const detail = signal<DetailStatus>({ kind: 'idle' });
  const values = signal<Record<string, string>>({});
  /** Fields whose reason is shown: those left once, or all after a refused attempt. */
  const touched = signal<ReadonlySet<string>>(new Set());
  const attempted = signal(false);
  const balance = signal<Balance | null>(null);
  const purchase = signal<PurchaseState>({ kind: 'idle' });
  let latest = 0;

  const product = computed(() => (detail.value.kind === 'ready' ? detail.value.product : null));

  const check = computed(() =>
    checkLicenseFields(product.value?.required_fields ?? [], values.value),
  );

  /** The reasons next to the fields, for the fields that should show one. */
  const fieldErrors = computed<Record<string, string>>(() => {
    const result = check.value;
    if (result.ok) return {};
    return Object.fromEntries(
      Object.entries(result.errors).filter(([name]) => attempted.value || touched.value.has(name)),
    );
  });

  /** Why the product cannot be bought whatever is typed: out of stock, or above the balance. */
  const refusal = computed<string | null>(() => {
    const shown = product.value;
    if (!shown) return null;
    if (!isInStock(shown)) return t('licenseOutOfStockRefusal');
    return checkAffordable(shown.price_tl, balance.value);
  });

  const canBuy = computed(
    () => product.value !== null && refusal.value === null && purchase.value.kind !== 'sending',
  );

  async function open(productId: number): Promise<void> {
    const mine = ++latest;
    batch(() => {
      detail.value = { kind: 'loading', productId };
      values.value = {};
      touched.value = new Set();
      attempted.value = false;
      purchase.value = { kind: 'idle' };
    });

    const answer = await askBackground({
      type: 'licenseProductDetail',
      params: { product_id: productId },
    });
    if (mine !== latest) return;

    detail.value = answer.ok
      ? { kind: 'ready', product: answer.value.product }
      : { kind: 'failed', productId, error: answer };
  }

  function close(): void {
    latest++;
    batch(() => {
      detail.value = { kind: 'idle' };
      purchase.value = { kind: 'idle' };
    });
  }

  function retry(): Promise<void> {
    const current = detail.value;
    if (current.kind === 'failed') return open(current.productId);
    return Promise.resolve();
  }

  function edit(name: string, value: string): void {
    values.value = { ...values.value, [name]: value };
    if (purchase.value.kind === 'refused') purchase.value = { kind: 'idle' };
  }

  function touch(name: string): void {
    if (touched.value.has(name)) return;
    touched.value = new Set([...touched.value, name]);
  }

  /** Shows every reason; true when the form may be sent. */
  function attempt(): boolean {
    attempted.value = true;
    return check.value.ok && refusal.value === null;
  }

  /** Buys the product once: called by the confirming click, with one new purchase id. */
  async function buy(): Promise<void> {
    const shown = product.value;
    const checked = check.value;
    if (!shown || purchase.value.kind === 'sending') return;
    if (!attempt() || !checked.ok) return;

    purchase.value = { kind: 'sending' };
    const fields = checked.fields;
    const answer = await askBackground({
      type: 'buyLicense',
      purchaseId: newPurchaseId(),
      params: {
        product_id: shown.product_id,
        ...(Object.keys(fields).length > 0 ? { fields } : {}),
      },
    });

    if (!answer.ok) {
      purchase.value = answer.outcomeUnknown
        ? { kind: 'unknown', message: t('errorOutcomeUnknown') }
        : { kind: 'refused', error: answer };
      return;
    }

    const outcome = answer.value;
    if (outcome.kind === 'unknown') {
      purchase.value = { kind: 'unknown', message: outcome.message };
      return;
    }

    purchase.value = { kind: 'placed', order: outcome.order, message: outcome.message };
    onPlaced?.(outcome.order);
    void refreshDetail(shown.product_id);
  }

  /** The detail again without leaving the outcome: the stock shown is the stock left. */
  async function refreshDetail(productId: number): Promise<void> {
    const mine = latest;
    const answer = await askBackground({
      type: 'licenseProductDetail',
      params: { product_id: productId },
    });
    if (mine === latest && answer.ok)
      detail.value = { kind: 'ready', product: answer.value.product };
  }

  /** Back to the form after a placed order, for one more of the same product. */
  function again(): void {
    if (purchase.value.kind === 'placed') purchase.value = { kind: 'idle' };
  }

  function showStoredOrder(stored: Record<string, LicenseOrder> | null): void {
    const current = purchase.value;
    if (current.kind !== 'placed' || !stored) return;
    const known = stored[current.order.order_id];
    if (!known) return;
    if (
      known.order_status === current.order.order_status &&
      known.delivery_data === current.order.delivery_data
    ) {
      return;
    }
    purchase.value = {
      ...current,
      order: { ...current.order, ...known, delivery_data: known.delivery_data ?? null },
    };
  }

  /** Follows the stored balance and orders; returns the unwatch function. */
  function follow(): () => void {
    void balanceItem.getValue().then((stored) => (balance.value = stored?.balance ?? null));
    const stopBalance = balanceItem.watch((stored) => (balance.value = stored?.balance ?? null));
    const stopOrders = licenseOrdersItem.watch(showStoredOrder);
    return () => {
      stopBalance();
      stopOrders();
    };
  }

  return {
    detail,
    product,
    values,
    fieldErrors,
    isFormValid: computed(() => check.value.ok),
    balance,
    refusal,
    canBuy,
    purchase,
    open,
    close,
    retry,
    edit,
    touch,
    attempt,
    buy,
    again,
    follow,
  };
}

export type LicenseProductModel = ReturnType<typeof createLicenseProductModel>;

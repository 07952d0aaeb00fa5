import { computed, signal } from '@preact/signals';

import { createBalanceModel } from '@/utils/balance-model';
import type { NumberProduct } from '@/utils/orders';

import { readActiveSiteService } from './active-tab';
import { createClock } from './clock-model';
import { createCopyModel } from './copy-model';
import { createOrdersModel } from './orders-model';
import { createPhysicalModel } from './physical-model';
import { createPreferencesModel } from './preferences-model';
import { createPurchaseModel } from './purchase-model';
import { createRentalModel } from './rental-model';
import { createVirtualModel } from './virtual-model';

/** Everything the popup shows, wired together; `start` runs it and returns the cleanup. */
export function createPopupModel() {
  const clock = createClock();
  const balance = createBalanceModel();
  const preferences = createPreferencesModel();
  const copy = createCopyModel();
  const siteService = signal<string | null>(null);
  // The worker asks for the balance again after purchases and refunds; `balance` follows it.
  const orders = createOrdersModel({ now: clock.now });
  const purchase = createPurchaseModel({
    onSettled: (state) => {
      if (state.kind === 'bought') orders.upsert(state.order);
    },
  });
  const products = {
    virtual: createVirtualModel({ preferences, purchase, siteService }),
    physical: createPhysicalModel({ preferences, purchase, siteService }),
    rental: createRentalModel({ preferences, purchase }),
  };
  /** `null` until the remembered tab is known, so no tab flashes before it. */
  const product = signal<NumberProduct | null>(null);
  let hasMarkedRender = false;

  const hasData = computed(() => {
    const hasOrders = orders.isLoaded.value && Object.keys(orders.orders.value).length > 0;
    const current = product.value;
    return hasOrders || (current !== null && products[current].hasList.value);
  });

  function showProduct(next: NumberProduct): void {
    product.value = next;
    products[next].open();
  }

  function selectProduct(next: NumberProduct): void {
    showProduct(next);
    preferences.setLastProduct(next);
  }

  /** Marks the first screen with data for the startup benchmark, once. */
  function noteRendered(): void {
    if (hasMarkedRender || !hasData.value) return;

    hasMarkedRender = true;
    performance.mark('popup-rendered');
  }

  function start(): () => void {
    let isStopped = false;
    const stops = [clock.start(), orders.start(), balance.follow()];
    void balance.refresh();
    void preferences
      .load()
      .then((stored) => stored.lastProduct)
      .catch((): NumberProduct => 'virtual')
      .then((last) => {
        if (!isStopped) showProduct(last);
      });
    void readActiveSiteService().then((service) => {
      if (!isStopped) siteService.value = service;
    });

    return () => {
      isStopped = true;
      stops.forEach((stop) => stop());
      Object.values(products).forEach((model) => model.dispose());
    };
  }

  return {
    balance,
    orders,
    purchase,
    copy,
    clock,
    siteService,
    products,
    product,
    hasData,
    selectProduct,
    noteRendered,
    start,
  };
}

export type PopupModel = ReturnType<typeof createPopupModel>;

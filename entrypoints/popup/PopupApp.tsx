import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { BalanceView } from '@/components/BalanceView';
import { ActiveOrders, RecentHistory } from '@/components/OrderLists';
import { PhysicalPanel, RentalPanel, VirtualPanel } from '@/components/ProductPanels';
import { ProductTabs, panelId, tabId } from '@/components/ProductTabs';
import { PurchaseOutcome } from '@/components/PurchaseOutcome';
import { t } from '@/utils/i18n';

import type { PopupModel } from './popup-model';

const openOptions = () => void browser.runtime.openOptionsPage();

export function PopupApp({ model }: { model: PopupModel }) {
  useEffect(() => model.start(), [model]);

  // Effects run once the frame is painted: the benchmark mark and "seen" follow what is shown.
  const hasData = model.hasData.value;
  useEffect(() => model.noteRendered(), [model, hasData]);

  const { orders } = model;
  const ordersLoaded = orders.isLoaded.value;
  const unseen = orders.unseenCount.value;
  useEffect(() => orders.acknowledgeShown(), [orders, ordersLoaded, unseen]);

  // The outcome and the new order show at the top, above a list that may be scrolled far down.
  const purchaseKind = model.purchase.state.value.kind;
  useEffect(() => {
    if (purchaseKind !== 'idle' && purchaseKind !== 'sending') window.scrollTo({ top: 0 });
  }, [purchaseKind]);

  const now = model.clock.now.value;
  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">{t('popupTitle')}</h1>
        <button type="button" class="link" onClick={openOptions}>
          {t('popupSettings')}
        </button>
      </header>
      <BalanceView
        state={model.balance.state.value}
        onRefresh={() => void model.balance.refresh()}
      />
      <PurchaseOutcome purchase={model.purchase} onOpenHistory={openOptions} />
      <ActiveOrders orders={orders} now={now} copy={model.copy} />
      <Products model={model} />
      <RecentHistory orders={orders} now={now} onOpenHistory={openOptions} />
    </main>
  );
}

function Products({ model }: { model: PopupModel }) {
  const product = model.product.value;
  if (product === null) return null;

  const isBusy = model.purchase.isBusy.value;
  const siteService = model.siteService.value;
  const { virtual, physical, rental } = model.products;
  return (
    <section class="products">
      <ProductTabs selected={product} onSelect={model.selectProduct} />
      <div class="panel" role="tabpanel" id={panelId(product)} aria-labelledby={tabId(product)}>
        {product === 'virtual' && (
          <VirtualPanel model={virtual} isBusy={isBusy} siteService={siteService} />
        )}
        {product === 'physical' && (
          <PhysicalPanel model={physical} isBusy={isBusy} siteService={siteService} />
        )}
        {product === 'rental' && <RentalPanel model={rental} isBusy={isBusy} />}
      </div>
    </section>
  );
}

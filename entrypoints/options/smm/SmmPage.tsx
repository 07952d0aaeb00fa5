import { useEffect } from 'preact/hooks';

import { CategoryTabs } from '@/components/smm/CategoryTabs';
import { LoadState } from '@/components/smm/LoadState';
import { OrderForm } from '@/components/smm/OrderForm';
import { OrderList } from '@/components/smm/OrderList';
import { ServiceDetail } from '@/components/smm/ServiceDetail';
import { ServicePicker } from '@/components/smm/ServicePicker';
import '@/components/smm.css';
import { t } from '@/utils/i18n';

import { createSmmCatalogModel } from './catalog-model';
import { createSmmOrderFormModel } from './order-form-model';
import { createSmmOrdersModel } from './orders-model';

const catalog = createSmmCatalogModel();
const orders = createSmmOrdersModel();
// The order just placed shows at the top of the first page.
const orderForm = createSmmOrderFormModel({ onPlaced: () => void orders.load(1) });

/** Social-media services: categories, services, the order form and the orders. */
export function SmmPage() {
  useEffect(() => {
    void catalog.loadCategories();
    void orders.load(1);
    return orderForm.followBalance();
  }, []);

  const detail = catalog.detail.state.value;
  const chosen = detail.kind === 'ready' ? detail.value : null;
  useEffect(() => {
    orderForm.setService(chosen);
  }, [chosen]);

  return (
    <>
      <h2>{t('smmTitle')}</h2>
      <CategoryTabs catalog={catalog} />
      <div class="smm-layout">
        <ServicePicker catalog={catalog} />
        <div class="smm-layout__order">
          <LoadState
            state={detail}
            what={t('smmWhatService')}
            onRetry={() => void catalog.detail.retry()}
            isEmpty={() => false}
            emptyText=""
          >
            {(service) => (
              <>
                <ServiceDetail service={service} />
                <OrderForm model={orderForm} />
              </>
            )}
          </LoadState>
          {detail.kind === 'idle' && catalog.categoryId.value !== null && (
            <p class="list-note">{t('smmChooseService')}</p>
          )}
        </div>
      </div>
      <OrderList orders={orders} />
    </>
  );
}

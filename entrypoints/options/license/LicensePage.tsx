import { useEffect } from 'preact/hooks';

import { createCopyModel } from '@/entrypoints/popup/copy-model';
import { t } from '@/utils/i18n';

import { LicenseCatalog } from '@/components/license/LicenseCatalog';
import { LicenseOrders } from '@/components/license/LicenseOrders';
import { LicenseProductView } from '@/components/license/LicenseProductView';
import '@/components/license.css';

import { createLicenseCatalogModel } from './catalog-model';
import { createLicenseOrdersModel } from './orders-model';
import { createLicenseProductModel } from './product-model';
import { createRevealModel } from './reveal-model';

const catalog = createLicenseCatalogModel();
const orders = createLicenseOrdersModel();
const reveal = createRevealModel();
const copy = createCopyModel();
const product = createLicenseProductModel({
  onPlaced: () => {
    // The new order joins the list, and the stock shown is the stock left.
    void orders.reload();
    void catalog.refreshProducts();
  },
});

function showOrders(): void {
  void orders.reload();
  document.getElementById('license-orders-title')?.scrollIntoView({ block: 'start' });
}

/** Software licenses: categories, products, purchase and the orders. */
export function LicensePage() {
  useEffect(() => {
    const stopProduct = product.follow();
    const stopOrders = orders.follow();
    void catalog.load();
    void orders.reload();
    return () => {
      stopProduct();
      stopOrders();
    };
  }, []);

  const isOpen = product.detail.value.kind !== 'idle';
  return (
    <>
      <h2>{t('licenseTitle')}</h2>
      {isOpen ? (
        <LicenseProductView
          model={product}
          reveal={reveal}
          copy={copy}
          onBack={product.close}
          onShowOrders={showOrders}
        />
      ) : (
        <LicenseCatalog catalog={catalog} onOpen={(id) => void product.open(id)} />
      )}
      <LicenseOrders model={orders} reveal={reveal} copy={copy} />
    </>
  );
}

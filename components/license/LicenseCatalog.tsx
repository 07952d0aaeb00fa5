import type { LicenseProduct } from '@/utils/api';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';
import { isInStock, type LicenseCatalogModel } from '@/entrypoints/options/license/catalog-model';

import { Pager } from '../Pager';
import { SearchBox } from '../SearchBox';
import { RemoteListStatus } from './RemoteListStatus';

interface Props {
  catalog: LicenseCatalogModel;
  onOpen: (productId: number) => void;
}

/** Categories, then the chosen category's subcategories and products, a page at a time. */
export function LicenseCatalog({ catalog, onOpen }: Props) {
  const { categories, subcategories, products } = catalog;
  const categoryId = catalog.categoryId.value;
  return (
    <div class="license-catalog">
      <div role="group" aria-label={t('licenseCategories')} class="license-chips">
        {categories.items.value.map((category) => (
          <button
            key={category.id}
            type="button"
            class="license-chip"
            aria-pressed={categoryId === category.id}
            onClick={() => void catalog.chooseCategory(category.id)}
          >
            {category.name}
          </button>
        ))}
      </div>
      <RemoteListStatus
        list={categories}
        what={t('licenseWhatCategories')}
        emptyText={t('licenseNoCategories')}
      />

      {categoryId === null ? (
        categories.items.value.length > 0 && <p class="list-note">{t('licenseChooseCategory')}</p>
      ) : (
        <>
          <div role="group" aria-label={t('licenseSubcategories')} class="license-chips">
            {subcategories.items.value.length > 0 && (
              <button
                type="button"
                class="license-chip"
                aria-pressed={catalog.subCategoryId.value === null}
                onClick={() => void catalog.chooseSubcategory(null)}
              >
                {t('licenseAllSubcategories')}
              </button>
            )}
            {subcategories.items.value.map((sub) => (
              <button
                key={sub.id}
                type="button"
                class="license-chip"
                aria-pressed={catalog.subCategoryId.value === sub.id}
                onClick={() => void catalog.chooseSubcategory(sub.id)}
              >
                {sub.name}
              </button>
            ))}
          </div>
          <RemoteListStatus
            list={subcategories}
            what={t('licenseWhatSubcategories')}
            emptyText=""
          />

          <div class="license-filters" role="group" aria-label={t('licenseProductFilters')}>
            <SearchBox
              label={t('licenseSearchProducts')}
              value={catalog.search.value}
              onInput={catalog.setSearch}
            />
            <label class="field--inline">
              <input
                type="checkbox"
                checked={catalog.inStockOnly.value}
                onChange={(event) => void catalog.setInStockOnly(event.currentTarget.checked)}
              />
              {t('licenseInStockOnly')}
            </label>
          </div>

          <RemoteListStatus
            list={products}
            what={t('licenseWhatProducts')}
            emptyText={t('licenseNoProducts')}
          />
          {products.items.value.length > 0 && (
            <p class="list-note" data-testid="product-total">
              {products.total.value === 1
                ? t('licenseProductCountOne', products.total.value)
                : t('licenseProductCountOther', products.total.value)}
            </p>
          )}
          <ul class="license-list" aria-label={t('licenseProducts')}>
            {products.items.value.map((product) => (
              <ProductRow key={product.product_id} product={product} onOpen={onOpen} />
            ))}
          </ul>
          <Pager
            label={t('licenseProducts')}
            page={products.page.value}
            totalPages={products.totalPages.value}
            isEnabled={products.status.value.kind !== 'loading'}
            onPage={(page) => void products.goTo(page)}
          />
        </>
      )}
    </div>
  );
}

function ProductRow({
  product,
  onOpen,
}: {
  product: LicenseProduct;
  onOpen: (productId: number) => void;
}) {
  const inStock = isInStock(product);
  return (
    <li
      class="license-row"
      data-testid="license-product"
      data-product-id={product.product_id}
      data-in-stock={inStock}
    >
      <div class="license-row__main">
        <strong>{product.name}</strong>
        <span class="license-row__meta">
          <StockText product={product} /> ·{' '}
          <DeliveryKind automatic={product.is_automatic_delivery} />
        </span>
      </div>
      <span class="license-row__price">{formatMoney(product.price_tl)}</span>
      <button
        type="button"
        onClick={() => onOpen(product.product_id)}
        aria-label={
          inStock ? t('licenseBuyProduct', product.name) : t('licenseProductDetails', product.name)
        }
      >
        {inStock ? t('licenseBuyEllipsis') : t('licenseDetails')}
      </button>
    </li>
  );
}

export function StockText({
  product,
}: {
  product: Pick<LicenseProduct, 'is_stock' | 'stock_count'>;
}) {
  if (!isInStock(product)) {
    return (
      <span class="license-stock license-stock--out" data-testid="stock">
        {t('licenseOutOfStock')}
      </span>
    );
  }
  const count = product.stock_count;
  return (
    <span class="license-stock" data-testid="stock">
      {count === undefined || count === null
        ? t('licenseInStock')
        : t('licenseInStockCount', count)}
    </span>
  );
}

export function DeliveryKind({ automatic }: { automatic: boolean }) {
  return (
    <span data-testid="delivery-kind">
      {automatic ? t('licenseAutomaticDelivery') : t('licenseManualDelivery')}
    </span>
  );
}

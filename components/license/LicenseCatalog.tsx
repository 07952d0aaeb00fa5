import type { LicenseProduct } from '@/utils/api';
import { formatMoney } from '@/utils/format';
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
      <div role="group" aria-label="Categories" class="license-chips">
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
      <RemoteListStatus list={categories} what="categories" emptyText="No categories yet." />

      {categoryId === null ? (
        categories.items.value.length > 0 && <p class="list-note">Choose a category.</p>
      ) : (
        <>
          <div role="group" aria-label="Subcategories" class="license-chips">
            {subcategories.items.value.length > 0 && (
              <button
                type="button"
                class="license-chip"
                aria-pressed={catalog.subCategoryId.value === null}
                onClick={() => void catalog.chooseSubcategory(null)}
              >
                All
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
          <RemoteListStatus list={subcategories} what="subcategories" emptyText="" />

          <div class="license-filters">
            <SearchBox
              label="Search products"
              value={catalog.search.value}
              onInput={catalog.setSearch}
            />
            <label class="field--inline">
              <input
                type="checkbox"
                checked={catalog.inStockOnly.value}
                onChange={(event) => void catalog.setInStockOnly(event.currentTarget.checked)}
              />
              In stock only
            </label>
          </div>

          <RemoteListStatus list={products} what="products" emptyText="No products found." />
          {products.items.value.length > 0 && (
            <p class="list-note" data-testid="product-total">
              {products.total.value} products
            </p>
          )}
          <ul class="license-list" aria-label="Products">
            {products.items.value.map((product) => (
              <ProductRow key={product.product_id} product={product} onOpen={onOpen} />
            ))}
          </ul>
          <Pager
            label="Products"
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
        aria-label={`${inStock ? 'Buy' : 'Details of'} ${product.name}`}
      >
        {inStock ? 'Buy…' : 'Details'}
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
        Out of stock
      </span>
    );
  }
  const count = product.stock_count;
  return (
    <span class="license-stock" data-testid="stock">
      {count === undefined || count === null ? 'In stock' : `${count} in stock`}
    </span>
  );
}

export function DeliveryKind({ automatic }: { automatic: boolean }) {
  return (
    <span data-testid="delivery-kind">{automatic ? 'Automatic delivery' : 'Manual delivery'}</span>
  );
}

import { batch, signal } from '@preact/signals';

import type { LicenseProduct, LicenseProductFilter } from '@/utils/api';
import { askBackground } from '@/utils/messages';

import { createDebounce, createRemoteList } from './remote-list';

/** Products per page; the largest category (56 products) needs three. */
export const PRODUCTS_PER_PAGE = 25;

export interface LicenseCategoryItem {
  id: number;
  name: string;
}

export interface ProductFilters {
  categoryId: number;
  subCategoryId: number | null;
  inStockOnly: boolean;
  search: string;
}

/** The `getProducts` parameters of the filters: only what is set is sent. */
export function productQuery(filters: ProductFilters, page: number): LicenseProductFilter {
  const search = filters.search.trim();
  return {
    category_id: filters.categoryId,
    ...(filters.subCategoryId === null ? {} : { sub_category_id: filters.subCategoryId }),
    ...(filters.inStockOnly ? { in_stock_only: 1 as const } : {}),
    ...(search === '' ? {} : { search }),
    page,
    limit: PRODUCTS_PER_PAGE,
  };
}

/** Whether a product can be bought at all right now. */
export function isInStock(product: Pick<LicenseProduct, 'is_stock' | 'stock_count'>): boolean {
  if (product.is_stock === false) return false;
  return product.stock_count === undefined || product.stock_count === null
    ? product.is_stock === true
    : product.stock_count > 0;
}

function byDisplayOrder<T extends { display_order: number }>(list: T[]): T[] {
  return [...list].sort((left, right) => left.display_order - right.display_order);
}

/**
 * The license catalog as the options page walks it: the categories, the chosen category's
 * subcategories, and its products a page at a time with the stock filter and the search.
 */
export function createLicenseCatalogModel({ searchDelayMs = 300 } = {}) {
  const categories = createRemoteList<null, LicenseCategoryItem>(async () => {
    const answer = await askBackground({ type: 'licenseCategories' });
    if (!answer.ok) return answer;
    const items = byDisplayOrder(answer.value.categories).map((entry) => ({
      id: entry.category_id,
      name: entry.name,
    }));
    return { ok: true, value: { items, page: 1, totalPages: 1, total: items.length } };
  });

  const subcategories = createRemoteList<number, LicenseCategoryItem>(async (categoryId) => {
    const answer = await askBackground({
      type: 'licenseSubcategories',
      params: { category_id: categoryId },
    });
    if (!answer.ok) return answer;
    const items = byDisplayOrder(answer.value.subcategories).map((entry) => ({
      id: entry.sub_category_id,
      name: entry.name,
    }));
    return { ok: true, value: { items, page: 1, totalPages: 1, total: items.length } };
  });

  const products = createRemoteList<ProductFilters, LicenseProduct>(async (filters, page) => {
    const answer = await askBackground({
      type: 'licenseProducts',
      params: productQuery(filters, page),
    });
    if (!answer.ok) return answer;
    const { products: items, page: shown, total_pages: totalPages, total } = answer.value;
    return { ok: true, value: { items, page: shown, totalPages, total } };
  });

  const categoryId = signal<number | null>(null);
  const subCategoryId = signal<number | null>(null);
  const inStockOnly = signal(false);
  const search = signal('');
  const debounce = createDebounce(searchDelayMs);

  function filters(): ProductFilters | null {
    if (categoryId.value === null) return null;
    return {
      categoryId: categoryId.value,
      subCategoryId: subCategoryId.value,
      inStockOnly: inStockOnly.value,
      search: search.value,
    };
  }

  /** Loads the first page for the current filters. */
  function reloadProducts(): Promise<void> {
    const current = filters();
    return current ? products.load(current, 1) : Promise.resolve();
  }

  async function chooseCategory(id: number): Promise<void> {
    batch(() => {
      categoryId.value = id;
      subCategoryId.value = null;
    });
    await Promise.all([subcategories.load(id), reloadProducts()]);
  }

  function chooseSubcategory(id: number | null): Promise<void> {
    subCategoryId.value = id;
    return reloadProducts();
  }

  function setInStockOnly(only: boolean): Promise<void> {
    inStockOnly.value = only;
    return reloadProducts();
  }

  /** The search is sent once typing pauses. */
  function setSearch(text: string): void {
    search.value = text;
    debounce(() => void reloadProducts());
  }

  return {
    categories,
    subcategories,
    products,
    categoryId,
    subCategoryId,
    inStockOnly,
    search,
    load: () => categories.load(null),
    chooseCategory,
    chooseSubcategory,
    setInStockOnly,
    setSearch,
    reloadProducts,
    /** The current page again (after a purchase changed the stock). */
    refreshProducts: () => products.retry(),
  };
}

export type LicenseCatalogModel = ReturnType<typeof createLicenseCatalogModel>;

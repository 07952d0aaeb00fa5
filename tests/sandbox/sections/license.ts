/** The license section (lisans-bayi): software licenses and digital products. */
import { LICENSE_CATEGORIES, type LicenseProduct } from '../catalog/license';
import { matchesSearch } from '../format';
import { countPages, readPaging, takePage } from '../paging';
import { readChoice, readFlag, readInt, readString, requireInt } from '../params';
import { businessError, success, type ApiReply, type JsonObject } from '../reply';
import { getBalance, type ActionContext, type ActionTable } from './action';
import { licenseOrderFields } from './license-delivery';
import { purchaseLicense } from './license-purchase';

const ORDER_STATUSES = ['pending', 'success', 'failed'] as const;

function productFields(product: LicenseProduct): JsonObject {
  return {
    product_id: product.productId,
    category_id: product.categoryId,
    sub_category_id: product.subCategoryId,
    name: product.name,
    description: product.description,
    image_url: null,
    price_tl: product.priceTl,
    is_stock: product.stockCount > 0,
    stock_count: product.stockCount,
    is_automatic_delivery: product.isAutomaticDelivery,
    product_type: product.productType,
  };
}

function getSubcategories({ query }: ActionContext): ApiReply {
  const categoryId = requireInt(query, 'category_id');
  const category = LICENSE_CATEGORIES.find((entry) => entry.categoryId === categoryId);
  if (category === undefined) return businessError('Kategori bulunamadı.');

  return success({
    category_id: categoryId,
    subcategories: category.subcategories.map((sub) => ({
      sub_category_id: sub.subCategoryId,
      name: sub.name,
      display_order: sub.displayOrder,
    })),
  });
}

function getProducts({ state, query }: ActionContext): ApiReply {
  const categoryId = readInt(query, 'category_id');
  const subCategoryId = readInt(query, 'sub_category_id');
  const search = readString(query, 'search');
  const inStockOnly = readFlag(query, 'in_stock_only');
  const paging = readPaging(query, 50, 100);
  const matching = state.licenseProducts.filter(
    (product) =>
      (categoryId === undefined || product.categoryId === categoryId) &&
      (subCategoryId === undefined || product.subCategoryId === subCategoryId) &&
      (!inStockOnly || product.stockCount > 0) &&
      matchesSearch(search, product.name),
  );
  const page = takePage(matching, paging);

  return success({
    page: paging.page,
    limit: paging.limit,
    total: page.total,
    total_pages: countPages(page.total, paging.limit),
    products: page.items.map(productFields),
  });
}

function getProductDetail({ state, query }: ActionContext): ApiReply {
  const productId = requireInt(query, 'product_id');
  const product = state.licenseProducts.find((entry) => entry.productId === productId);
  if (product === undefined) return businessError('Ürün bulunamadı.');

  const requiredFields = product.requiredFields.map((field) => ({ ...field }));
  return success({ product: { ...productFields(product), required_fields: requiredFields } });
}

function getOrder({ state, query }: ActionContext): ApiReply {
  const orderId = requireInt(query, 'order_id');
  const order = state.licenseOrders.find((entry) => entry.orderId === orderId);
  if (order === undefined) return businessError('Sipariş bulunamadı.');
  return success({ order: licenseOrderFields(order, true) });
}

/** getOrders: newest first, `search` on the product name. */
function getOrders({ state, query }: ActionContext): ApiReply {
  const paging = readPaging(query, 25, 50);
  const wanted = readChoice(query, 'order_status', ORDER_STATUSES);
  const search = readString(query, 'search');
  const matching = state.licenseOrders
    .filter((order) => wanted === undefined || order.orderStatus === wanted)
    .filter((order) => matchesSearch(search, order.productName))
    .sort((left, right) => right.orderId - left.orderId);
  const page = takePage(matching, paging);

  return success({
    page: paging.page,
    limit: paging.limit,
    total: page.total,
    total_pages: countPages(page.total, paging.limit),
    items: page.items.map((order) => licenseOrderFields(order)),
  });
}

export const licenseActions: ActionTable = {
  getBalance,
  getCategories: {
    method: 'GET',
    handle: () =>
      success({
        categories: LICENSE_CATEGORIES.map((category) => ({
          category_id: category.categoryId,
          name: category.name,
          display_order: category.displayOrder,
        })),
      }),
  },
  getSubcategories: { method: 'GET', handle: getSubcategories },
  getProducts: { method: 'GET', handle: getProducts },
  getProductDetail: { method: 'GET', handle: getProductDetail },
  purchase: { method: 'POST', handle: purchaseLicense },
  getOrder: { method: 'GET', handle: getOrder },
  getOrders: { method: 'GET', handle: getOrders },
};

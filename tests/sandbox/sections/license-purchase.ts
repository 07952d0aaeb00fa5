/** purchase of the license section: required fields, stock, debit and delivery. */
import type { LicenseProduct } from '../catalog/license';
import type { LicenseOrder } from '../models';
import { requireInt, type Query } from '../params';
import { ParamError, businessError, success, type ApiReply } from '../reply';
import { tryDebit } from '../state';
import type { ActionContext } from './action';
import { createDeliveryData, licenseOrderFields } from './license-delivery';

const MAX_FIELD_LENGTH = 250;

type ParamsResult =
  { ok: true; params: Record<string, string> | null } | { ok: false; reply: ApiReply };

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '');
}

function parseFields(query: Query): Map<string, unknown> {
  const raw = query.get('fields');
  if (raw === null || raw.trim() === '') return new Map();

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ParamError('fields parametresi geçerli bir JSON değil.');
  }

  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ParamError('fields parametresi bir JSON nesnesi olmalıdır.');
  }

  const entries: Array<[string, unknown]> = Object.entries(parsed);
  return new Map(entries);
}

/**
 * Collects the product's required fields from `fields`: tags stripped, blanks count as missing,
 * values longer than 250 characters refused, fields the product does not ask for ignored.
 */
function readOrderParams(product: LicenseProduct, query: Query): ParamsResult {
  if (product.requiredFields.length === 0) return { ok: true, params: null };

  const given = parseFields(query);
  const params: Record<string, string> = {};
  const missing: string[] = [];
  for (const field of product.requiredFields) {
    const value = given.get(field.name);
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    const cleaned = stripTags(text).trim();
    if (cleaned === '') missing.push(field.name);
    else params[field.name] = cleaned;
  }

  if (missing.length > 0) {
    return { ok: false, reply: businessError(`Eksik alanlar: ${missing.join(', ')}`) };
  }

  const tooLong = product.requiredFields.find(
    (field) => (params[field.name]?.length ?? 0) > MAX_FIELD_LENGTH,
  );
  if (tooLong !== undefined) {
    const limit = `en fazla ${MAX_FIELD_LENGTH} karakter olabilir.`;
    return { ok: false, reply: businessError(`${tooLong.label} (${tooLong.name}) ${limit}`) };
  }

  return { ok: true, params };
}

export function purchaseLicense(context: ActionContext): ApiReply {
  const { state, query, now } = context;
  const productId = requireInt(query, 'product_id');
  const product = state.licenseProducts.find((entry) => entry.productId === productId);
  if (product === undefined) return businessError('Ürün bulunamadı.');
  if (product.stockCount <= 0) return businessError('Bu ürün şu anda stokta yok.');

  const fields = readOrderParams(product, query);
  if (!fields.ok) return fields.reply;

  const refusal = tryDebit(state, product.priceTl);
  if (refusal !== null) return businessError(refusal);

  product.stockCount -= 1;
  const orderId = state.nextLicenseOrderId++;
  const automatic = product.isAutomaticDelivery;
  const order: LicenseOrder = {
    orderId,
    productId: product.productId,
    productName: product.name,
    amountTl: product.priceTl,
    orderStatus: automatic ? 'success' : 'pending',
    deliveryData: automatic ? createDeliveryData(product, orderId, fields.params) : null,
    orderParams: fields.params,
    createdAt: now,
    updatedAt: now,
  };
  state.licenseOrders.push(order);

  return success({
    message: automatic
      ? 'Sipariş başarıyla tamamlandı, teslimat hazır.'
      : 'Sipariş oluşturuldu, teslimat bekleniyor.',
    order: licenseOrderFields(order),
  });
}

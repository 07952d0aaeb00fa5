/** What license orders deliver, and how manual orders are settled after the supplier answers. */
import { MANUAL_DELIVERY_SEC, type LicenseProduct } from '../catalog/license';
import { formatApiTime } from '../format';
import type { LicenseOrder } from '../models';
import type { JsonObject } from '../reply';
import { seededDigits, seededInt } from '../seeded';
import { refund, type SandboxState } from '../state';

const FIRST_NAMES = ['Clement', 'Ayla', 'Deniz', 'Mert', 'Selin', 'Baran'];
const LAST_NAMES = ['Troester', 'Kaya', 'Yildiz', 'Demir', 'Aydin', 'Sahin'];
const PASSWORD_LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function seededText(length: number, seed: number): string {
  return Array.from(
    { length },
    (_, index) => PASSWORD_LETTERS[seededInt(PASSWORD_LETTERS.length, seed, index)] ?? 'x',
  ).join('');
}

/** A stable, realistic-looking delivery: an account, a product key, or a confirmation. */
export function createDeliveryData(
  product: LicenseProduct,
  orderId: number,
  orderParams: Record<string, string> | null,
): string {
  const email = orderParams?.email;
  if (email !== undefined) return `${product.name} lisansı ${email} hesabına tanımlandı.`;

  if (product.name.includes('Anahtar')) {
    const groups = [1, 2, 3, 4, 5].map((group) => seededText(5, orderId * 10 + group));
    return groups.join('-').toUpperCase();
  }

  const first = FIRST_NAMES[seededInt(FIRST_NAMES.length, orderId, 1)] ?? 'Deniz';
  const last = LAST_NAMES[seededInt(LAST_NAMES.length, orderId, 2)] ?? 'Kaya';
  const mailbox = `${first}${last}${seededDigits(4, orderId)}@outlook.com`;
  return `${mailbox}:${seededText(12, orderId)}`;
}

/** getOrders shows an order without updated_at; getOrder adds it. */
export function licenseOrderFields(order: LicenseOrder, withUpdatedAt = false): JsonObject {
  const fields: JsonObject = {
    order_id: order.orderId,
    product_id: order.productId,
    product_name: order.productName,
    amount_tl: order.amountTl,
    order_status: order.orderStatus,
    delivery_data: order.deliveryData,
    // The site answers a PHP empty array, hence [] rather than {} when nothing was asked.
    order_params: order.orderParams ?? [],
    created_at: formatApiTime(order.createdAt),
  };
  if (withUpdatedAt) fields.updated_at = formatApiTime(order.updatedAt);
  return fields;
}

/**
 * The site re-checks pending orders with its supplier; here the supplier answers three sandbox
 * minutes after purchase. A failed delivery gives the money and the stock back.
 */
export function settleLicenseOrders(state: SandboxState, now: number): void {
  for (const order of state.licenseOrders) {
    const answeredAt = order.createdAt + MANUAL_DELIVERY_SEC * 1000;
    if (order.orderStatus !== 'pending' || now < answeredAt) continue;

    const product = state.licenseProducts.find((entry) => entry.productId === order.productId);
    if (product === undefined) continue;

    order.updatedAt = answeredAt;
    if (product.manualOutcome === 'success') {
      order.orderStatus = 'success';
      order.deliveryData = createDeliveryData(product, order.orderId, order.orderParams);
      continue;
    }

    order.orderStatus = 'failed';
    product.stockCount += 1;
    refund(state, order.amountTl);
  }
}

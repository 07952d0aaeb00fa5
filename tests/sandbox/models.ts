/** Records the sandbox keeps for what customers bought. */
import type { SmmExtra } from './catalog/smm';

/** The three products that sell phone numbers; their activations share one id sequence. */
export type NumberProduct = 'virtual' | 'physical' | 'rental';

export interface ReceivedSms {
  receivedAt: number;
  from: string;
  text: string;
}

export interface Activation {
  activationId: number;
  product: NumberProduct;
  /** Null for rentals, which serve every platform. */
  serviceId: number | null;
  serviceName: string | null;
  countryId: number;
  countryCode: string;
  operator: string;
  operatorId: number | null;
  number: string;
  priceTl: number;
  durationHours: number;
  createdAt: number;
  expiresAt: number;
  canceledAt: number | null;
  /** Virtual only: the code taken from the single SMS. */
  otp: string | null;
  messages: ReceivedSms[];
}

export type SmmOrderStatus = 'pending' | 'processing' | 'partial' | 'completed';

export interface SmmOrder {
  orderId: number;
  serviceId: number;
  serviceName: string;
  link: string;
  quantity: number;
  comments: string | null;
  extras: SmmExtra[];
  totalPriceTl: number;
  orderStatus: SmmOrderStatus;
  startCount: number;
  remains: number;
  refundedTl: number;
  createdAt: number;
}

export type LicenseOrderStatus = 'pending' | 'success' | 'failed';

export interface LicenseOrder {
  orderId: number;
  productId: number;
  productName: string;
  amountTl: number;
  orderStatus: LicenseOrderStatus;
  deliveryData: string | null;
  /** Null when the product asks for nothing; the API then answers `[]`. */
  orderParams: Record<string, string> | null;
  createdAt: number;
  updatedAt: number;
}

/** The whole mutable world of one sandbox, rebuilt from the seed on start and on reset. */
import { createLicenseProducts, type LicenseProduct } from './catalog/license';
import { createPhysicalCatalog, type PhysicalService } from './catalog/physical';
import { createRentalCatalog, type RentalCountry } from './catalog/rental';
import { createVirtualCatalog, type VirtualService } from './catalog/virtual';
import { createClock, type SandboxClock } from './clock';
import type { Fault } from './faults';
import { formatMoney, roundMoney } from './format';
import type { Activation, LicenseOrder, SmmOrder } from './models';
import type { JsonObject } from './reply';

export const FIRST_ACTIVATION_ID = 54200;
export const FIRST_SMM_ORDER_ID = 1280;
export const FIRST_LICENSE_ORDER_ID = 1280;

export interface RequestLogEntry {
  time: string;
  method: string;
  section: string;
  action: string | null;
  params: Record<string, string>;
}

export interface SandboxState {
  clock: SandboxClock;
  balance: number;
  virtual: VirtualService[];
  physical: PhysicalService[];
  rental: RentalCountry[];
  licenseProducts: LicenseProduct[];
  activations: Activation[];
  smmOrders: SmmOrder[];
  licenseOrders: LicenseOrder[];
  nextActivationId: number;
  nextSmmOrderId: number;
  nextLicenseOrderId: number;
  faults: Fault[];
  requests: RequestLogEntry[];
}

export function createState(balance: number): SandboxState {
  return {
    clock: createClock(),
    balance,
    virtual: createVirtualCatalog(),
    physical: createPhysicalCatalog(),
    rental: createRentalCatalog(),
    licenseProducts: createLicenseProducts(),
    activations: [],
    smmOrders: [],
    licenseOrders: [],
    nextActivationId: FIRST_ACTIVATION_ID,
    nextSmmOrderId: FIRST_SMM_ORDER_ID,
    nextLicenseOrderId: FIRST_LICENSE_ORDER_ID,
    faults: [],
    requests: [],
  };
}

/**
 * Takes `amount` from the one balance all sections share. Check and debit happen in the same
 * synchronous step, so two concurrent purchases can never both spend the same lira.
 * Returns the API's refusal message when the balance is short.
 */
export function tryDebit(state: SandboxState, amount: number): string | null {
  const price = roundMoney(amount);
  if (state.balance + 1e-9 < price) return `Bakiyeniz yetersiz. Gerekli: ${formatMoney(price)}`;

  state.balance = roundMoney(state.balance - price);
  return null;
}

export function refund(state: SandboxState, amount: number): void {
  state.balance = roundMoney(state.balance + amount);
}

/** The getBalance answer, identical in every section. */
export function balanceFields(state: SandboxState): JsonObject {
  return { balance: state.balance, currency: 'TRY', isReseller: false };
}

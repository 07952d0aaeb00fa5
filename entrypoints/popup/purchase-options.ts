/**
 * What a Buy button buys, and the choices the popup makes about it without asking anyone: the
 * next cheapest option after a sold-out one and the repeat at a moved price. Pure.
 */
import type { PurchaseRequest } from '@/utils/messages';

export interface PurchaseOption {
  /** Unique within its list: "operator:64500", "country:GB", "deal:any:2". */
  id: string;
  request: PurchaseRequest;
  priceTl: number;
  inStock: boolean;
  /** What the person would buy, in words: "GB · vodafone", "KG · 2 Saat · any". */
  label: string;
}

/**
 * The cheapest option of the same list that is still in stock, leaving out the ones the service
 * has just said are sold out; on a tie the one listed first.
 */
export function nextCheapest(
  options: readonly PurchaseOption[],
  soldOut: ReadonlySet<string>,
): PurchaseOption | null {
  let best: PurchaseOption | null = null;
  for (const option of options) {
    if (!option.inStock || soldOut.has(option.id)) continue;
    if (best === null || option.priceTl < best.priceTl) best = option;
  }

  return best;
}

/**
 * The same virtual purchase agreeing to the price the service offered instead. Other products
 * have no price check to agree to, so they come back unchanged.
 */
export function withAcceptedPrice(request: PurchaseRequest, priceUsd: number): PurchaseRequest {
  if (request.product !== 'virtual') return request;

  return { ...request, params: { ...request.params, accept_price: priceUsd } };
}

/** A deal row of the physical-SIM or rental offers: one operator's one duration. */
export interface DealRow {
  operator: string;
  /** 0 for the short physical-SIM activation. */
  durationHours: number;
  durationText: string;
  priceTl: number;
  stock: number;
}

interface OfferOperator {
  operator: string;
  deals: { duration_hours: number; duration_text: string; price_tl: number; stock: number }[];
}

/** The offers of `getOffers` as one list of rows, operator by operator in the service's order. */
export function flattenOffers(operators: readonly OfferOperator[]): DealRow[] {
  return operators.flatMap(({ operator, deals }) =>
    deals.map((deal) => ({
      operator,
      durationHours: deal.duration_hours,
      durationText: deal.duration_text,
      priceTl: deal.price_tl,
      stock: deal.stock,
    })),
  );
}

interface VirtualChoice {
  serviceId: number;
  serviceName: string | null;
  region: {
    country_code: string;
    country_name: string;
    min_price_tl: number;
    operators: { stock: number }[];
  };
}

/** "Buy cheapest" of a country: the service picks the operator from its service and country. */
export function cheapestOption({ serviceId, serviceName, region }: VirtualChoice): PurchaseOption {
  const params = { service_id: serviceId, country_code: region.country_code };
  return {
    id: `virtual:${serviceId}:${region.country_code}`,
    request: {
      product: 'virtual',
      params,
      serviceName,
      countryName: region.country_name,
      countryCode: region.country_code,
    },
    priceTl: region.min_price_tl,
    // A country listed without its operators is taken to have some: the service knows better.
    inStock: region.operators.length === 0 || region.operators.some((o) => o.stock > 0),
    label: region.country_name,
  };
}

export function operatorOption(
  choice: VirtualChoice,
  operator: { operator_id: number; operator: string; price_tl: number; stock: number },
): PurchaseOption {
  const { serviceName, region } = choice;
  return {
    id: `virtual:operator:${operator.operator_id}`,
    request: {
      product: 'virtual',
      params: { operator_id: operator.operator_id },
      serviceName,
      countryName: region.country_name,
      countryCode: region.country_code,
    },
    priceTl: operator.price_tl,
    inStock: operator.stock > 0,
    label: `${region.country_name} · ${operator.operator}`,
  };
}

interface DealChoice {
  /** Physical SIM only; a rental serves every platform. */
  service: { id: number; name: string | null } | null;
  country: { id: number; code: string | null; name: string | null };
  row: DealRow;
}

/** A physical-SIM deal when `service` is given, a rental deal otherwise. */
export function dealOption({ service, country, row }: DealChoice): PurchaseOption {
  const common = { duration_hours: row.durationHours, operator: row.operator };
  const labels = {
    countryName: country.name,
    ...(country.code ? { countryCode: country.code } : {}),
  };
  const request: PurchaseRequest = service
    ? {
        product: 'physical',
        params: { service_id: service.id, country_id: country.id, ...common },
        serviceName: service.name,
        ...labels,
      }
    : {
        product: 'rental',
        params: { country_id: country.id, ...common },
        serviceName: null,
        ...labels,
      };

  return {
    id: `${request.product}:${service?.id ?? '-'}:${country.id}:${row.operator}:${row.durationHours}`,
    request,
    priceTl: row.priceTl,
    inStock: row.stock > 0,
    label: `${row.durationText} · ${row.operator}`,
  };
}

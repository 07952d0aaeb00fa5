/** buyNumber of the virtual section: choosing the operator, price drift, debit, allocation. */
import { lookupCountry } from '../catalog/countries';
import type { VirtualOperator, VirtualRegion, VirtualService } from '../catalog/virtual';
import { readFloat, readInt, readString } from '../params';
import { ParamError, businessError, success, type ApiReply, type JsonObject } from '../reply';
import type { ActionContext } from './action';
import { chargeForNumber, recordActivation, takeFromStock } from './activations';

export const VIRTUAL_EXPIRES_IN_SEC = 1200;
const NO_NUMBERS =
  'Seçilen servis/ülke kombinasyonunda şu an numara yok. Lütfen birazdan tekrar deneyin.';

interface Target {
  service: VirtualService;
  region: VirtualRegion;
  operator: VirtualOperator;
}

/** Buys one number; the money comes back at once if no number can be allocated. */
export function buyVirtualNumber(context: ActionContext): ApiReply {
  const target = resolveTarget(context);
  if ('httpStatus' in target) return target;

  const { service, region, operator } = target;
  const priceTl = agreedPrice(context, operator);
  if (typeof priceTl !== 'number') return priceTl;

  const refusal = chargeForNumber(context, priceTl, () => takeFromStock(operator), NO_NUMBERS);
  if (refusal !== null) return refusal;

  const activation = recordActivation(
    context,
    {
      product: 'virtual',
      serviceId: service.serviceId,
      serviceName: service.name,
      countryId: region.country.id,
      countryCode: region.country.code,
      operator: operator.operator,
      operatorId: operator.operatorId,
      priceTl,
      durationHours: 0,
      createdAt: context.now,
      expiresAt: context.now + VIRTUAL_EXPIRES_IN_SEC * 1000,
    },
    region.country.dialCode,
  );

  return success({
    activation_id: activation.activationId,
    number: activation.number,
    service_id: service.serviceId,
    country_code: region.country.code,
    price_tl: priceTl,
    expires_in: VIRTUAL_EXPIRES_IN_SEC,
  });
}

/**
 * The price this purchase pays: the listed one, or after an upstream change the new one once
 * the caller has accepted it through `accept_price` (USD). Otherwise the wrong_price answer.
 */
function agreedPrice(context: ActionContext, operator: VirtualOperator): number | ApiReply {
  const { drift } = operator;
  if (drift === null) return operator.priceTl;

  const acceptPrice = readFloat(context.query, 'accept_price');
  if (acceptPrice !== undefined && acceptPrice + 1e-9 >= drift.priceUsd) return drift.priceTl;
  return wrongPrice(drift.priceUsd, drift.priceTl);
}

function wrongPrice(altPriceUsd: number, altPriceTl: number): ApiReply {
  const body: JsonObject = {
    status: 'wrong_price',
    message: 'Seçilen fiyat artık geçerli değil. Alternatif fiyatı onaylayarak yeniden deneyin.',
    alt_price_usd: altPriceUsd,
    alt_price_tl: altPriceTl,
    retry_param: 'accept_price',
  };
  return { httpStatus: 200, body };
}

/** Either `operator_id`, or `service_id` + `country_code` (+ `operator`, default any). */
function resolveTarget(context: ActionContext): Target | ApiReply {
  const operatorId = readInt(context.query, 'operator_id');
  if (operatorId !== undefined) return findByOperatorId(context.state.virtual, operatorId);

  const serviceId = readInt(context.query, 'service_id');
  const countryCode = readString(context.query, 'country_code');
  if (serviceId === undefined || countryCode === undefined) {
    throw new ParamError('operator_id ya da service_id ve country_code parametreleri zorunludur.');
  }

  const service = context.state.virtual.find((entry) => entry.serviceId === serviceId);
  if (service === undefined) return businessError('Servis bulunamadı.');

  const country = lookupCountry(undefined, countryCode);
  const region = service.regions.find((entry) => entry.country.id === country?.id);
  if (region === undefined) return businessError('Bu servis seçilen ülkede satılmıyor.');

  const operator = cheapestOperator(region, readString(context.query, 'operator') ?? 'any');
  if (operator === undefined) return businessError('Seçilen operatör bu ülkede bulunamadı.');
  return { service, region, operator };
}

function findByOperatorId(services: VirtualService[], operatorId: number): Target | ApiReply {
  for (const service of services) {
    for (const region of service.regions) {
      const operator = region.operators.find((entry) => entry.operatorId === operatorId);
      if (operator !== undefined) return { service, region, operator };
    }
  }

  return businessError('Operatör bulunamadı.');
}

/**
 * "any" lets the site choose among all operators; a name narrows to that operator. The cheapest
 * one with stock wins; when none has stock the cheapest is returned so the buy ends no_numbers.
 */
function cheapestOperator(region: VirtualRegion, name: string): VirtualOperator | undefined {
  const wanted = name.toLowerCase();
  const candidates = region.operators
    .filter((entry) => wanted === 'any' || entry.operator.toLowerCase() === wanted)
    .sort((left, right) => left.priceTl - right.priceTl);
  return candidates.find((entry) => entry.stock > 0) ?? candidates[0];
}

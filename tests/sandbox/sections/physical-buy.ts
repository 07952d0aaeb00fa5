/** Finding a physical SIM offer and buying it. */
import { lookupCountry } from '../catalog/countries';
import {
  ACTIVATION_MINUTES,
  physicalDurationText,
  type PhysicalDeal,
  type PhysicalOperator,
  type PhysicalRegion,
  type PhysicalService,
} from '../catalog/physical';
import { readInt, readString, requireInt, type Query } from '../params';
import { ParamError, businessError, success, type ApiReply } from '../reply';
import type { SandboxState } from '../state';
import type { ActionContext } from './action';
import { chargeForNumber, recordActivation, takeFromStock } from './activations';

const NO_NUMBERS = 'Bu kombinasyonda şu anda numara yok. Lütfen birazdan tekrar deneyin.';

export interface OfferTarget {
  service: PhysicalService;
  region: PhysicalRegion;
}

/** Reads `service_id` and `country_id` (or `country_code`) shared by getOffers and buyNumber. */
export function resolveOfferTarget(state: SandboxState, query: Query): OfferTarget | ApiReply {
  const serviceId = requireInt(query, 'service_id');
  const countryId = readInt(query, 'country_id');
  const countryCode = readString(query, 'country_code');
  if (countryId === undefined && countryCode === undefined) {
    throw new ParamError('country_id ya da country_code parametresi zorunludur.');
  }

  const service = state.physical.find((entry) => entry.serviceId === serviceId);
  if (service === undefined) return businessError('Servis bulunamadı.');

  const country = lookupCountry(countryId, countryCode);
  const region = service.regions.find((entry) => entry.country.id === country?.id);
  if (region === undefined) return businessError('Bu servis seçilen ülkede satılmıyor.');
  return { service, region };
}

interface ChosenDeal {
  operator: PhysicalOperator;
  deal: PhysicalDeal;
}

/** Cheapest deal of that length with stock ("any" = every operator), else the cheapest one. */
function chooseDeal(region: PhysicalRegion, name: string, hours: number): ChosenDeal | undefined {
  const wanted = name.toLowerCase();
  const choices = region.operators
    .filter((entry) => wanted === 'any' || entry.operator.toLowerCase() === wanted)
    .flatMap((operator) =>
      operator.deals
        .filter((deal) => deal.durationHours === hours)
        .map((deal) => ({ operator, deal })),
    )
    .sort((left, right) => left.deal.priceTl - right.deal.priceTl);
  return choices.find((choice) => choice.deal.stock > 0) ?? choices[0];
}

/** buyNumber: activation (duration_hours 0, 20 minutes) or a rent of duration_hours. */
export function buyPhysicalNumber(context: ActionContext): ApiReply {
  const target = resolveOfferTarget(context.state, context.query);
  if ('httpStatus' in target) return target;

  const hours = readInt(context.query, 'duration_hours') ?? 0;
  const operatorName = readString(context.query, 'operator') ?? 'any';
  const chosen = chooseDeal(target.region, operatorName, hours);
  if (chosen === undefined)
    return businessError('Seçilen operatör ve süre için teklif bulunamadı.');

  const { deal, operator } = chosen;
  const refusal = chargeForNumber(context, deal.priceTl, () => takeFromStock(deal), NO_NUMBERS);
  if (refusal !== null) return refusal;

  const expiresInSec = hours === 0 ? ACTIVATION_MINUTES * 60 : hours * 3600;
  const { service, region } = target;
  const activation = recordActivation(
    context,
    {
      product: 'physical',
      serviceId: service.serviceId,
      serviceName: service.name,
      countryId: region.country.id,
      countryCode: region.country.code,
      operator: operator.operator,
      operatorId: null,
      priceTl: deal.priceTl,
      durationHours: hours,
      createdAt: context.now,
      expiresAt: context.now + expiresInSec * 1000,
    },
    region.country.dialCode,
  );

  return success({
    activation_id: activation.activationId,
    number: activation.number,
    service_id: service.serviceId,
    country_code: region.country.code,
    operator: operator.operator,
    duration_hours: hours,
    duration_text: physicalDurationText(hours),
    price_tl: deal.priceTl,
    expires_in: expiresInSec,
  });
}

/** Finding a rental country and renting one of its numbers. */
import { lookupCountry } from '../catalog/countries';
import type { RentalCountry, RentalDeal, RentalOperator } from '../catalog/rental';
import { formatApiTime, formatDuration } from '../format';
import { readInt, readString, requireInt, type Query } from '../params';
import { ParamError, businessError, success, type ApiReply } from '../reply';
import type { SandboxState } from '../state';
import type { ActionContext } from './action';
import { chargeForNumber, recordActivation, takeFromStock } from './activations';

const NO_NUMBERS = 'Bu kombinasyonda şu anda numara yok. Lütfen birazdan tekrar deneyin.';

/** Reads `country_id` or `country_code` (either case). */
export function resolveRentalCountry(state: SandboxState, query: Query): RentalCountry | ApiReply {
  const countryId = readInt(query, 'country_id');
  const countryCode = readString(query, 'country_code');
  if (countryId === undefined && countryCode === undefined) {
    throw new ParamError('country_id ya da country_code parametresi zorunludur.');
  }

  const country = lookupCountry(countryId, countryCode);
  const rental = state.rental.find((entry) => entry.country.id === country?.id);
  return rental ?? businessError('Bu ülkede kiralık numara bulunmuyor.');
}

interface ChosenDeal {
  operator: RentalOperator;
  deal: RentalDeal;
}

function chooseDeal(rental: RentalCountry, name: string, hours: number): ChosenDeal | undefined {
  const wanted = name.toLowerCase();
  const choices = rental.operators
    .filter((entry) => wanted === 'any' || entry.operator.toLowerCase() === wanted)
    .flatMap((operator) =>
      operator.deals
        .filter((deal) => deal.durationHours === hours)
        .map((deal) => ({ operator, deal })),
    )
    .sort((left, right) => left.deal.priceTl - right.deal.priceTl);
  return choices.find((choice) => choice.operator.stock > 0) ?? choices[0];
}

/** buyNumber: rents a number for `duration_hours` (required). */
export function rentNumber(context: ActionContext): ApiReply {
  const rental = resolveRentalCountry(context.state, context.query);
  if ('httpStatus' in rental) return rental;

  const hours = requireInt(context.query, 'duration_hours');
  const chosen = chooseDeal(rental, readString(context.query, 'operator') ?? 'any', hours);
  if (chosen === undefined)
    return businessError('Seçilen operatör ve süre için teklif bulunamadı.');

  const { operator, deal } = chosen;
  const allocate = () => takeFromStock(operator);
  const refusal = chargeForNumber(context, deal.priceTl, allocate, NO_NUMBERS);
  if (refusal !== null) return refusal;

  const { country } = rental;
  const activation = recordActivation(
    context,
    {
      product: 'rental',
      serviceId: null,
      serviceName: null,
      countryId: country.id,
      countryCode: country.code.toLowerCase(),
      operator: operator.operator,
      operatorId: null,
      priceTl: deal.priceTl,
      durationHours: hours,
      createdAt: context.now,
      expiresAt: context.now + hours * 3600 * 1000,
    },
    country.dialCode,
  );

  return success({
    activation_id: activation.activationId,
    number: activation.number,
    country_id: country.id,
    country_code: activation.countryCode,
    operator: operator.operator,
    duration_hours: hours,
    duration_text: formatDuration(hours),
    price_tl: deal.priceTl,
    expires_in: hours * 3600,
    expires_at: formatApiTime(activation.expiresAt),
  });
}

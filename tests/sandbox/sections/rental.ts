/** The rental section (numara-kiralama): a number of your own for hours or days. */
import { displayCountryName } from '../catalog/countries';
import type { RentalCountry } from '../catalog/rental';
import { compareTurkish, formatApiTime, formatDuration, matchesSearch } from '../format';
import type { Activation } from '../models';
import { readPaging, takePage } from '../paging';
import { readString } from '../params';
import { success, type ApiReply, type JsonObject } from '../reply';
import { defineSmsActions } from './sms-actions';
import { getBalance, type ActionContext, type ActionTable } from './action';
import { remainingSeconds, type ActivationStatus } from './activations';
import { rentNumber, resolveRentalCountry } from './rental-buy';

function countryStock(rental: RentalCountry): number {
  return rental.operators.reduce((sum, entry) => sum + entry.stock, 0);
}

/** getCountries: sorted by Turkish name as the site lists them, 25 a page. */
function getCountries({ state, query }: ActionContext): ApiReply {
  const paging = readPaging(query, 25);
  const search = readString(query, 'search');
  const matching = state.rental
    .filter(({ country }) => matchesSearch(search, country.code, country.name))
    .sort((left, right) => compareTurkish(left.country.name, right.country.name));
  const page = takePage(matching, paging);

  return success({
    page: paging.page,
    limit: paging.limit,
    count: page.items.length,
    total: page.total,
    hasMore: page.hasMore,
    countries: page.items.map((rental) => ({
      country_id: rental.country.id,
      country_code: rental.country.code.toLowerCase(),
      country_name: displayCountryName(rental.country),
      stock: countryStock(rental),
    })),
  });
}

function getOffers({ state, query }: ActionContext): ApiReply {
  const rental = resolveRentalCountry(state, query);
  if ('httpStatus' in rental) return rental;

  return success({
    country_id: rental.country.id,
    operators: rental.operators.map((entry) => ({
      operator: entry.operator,
      deals: entry.deals.map((deal) => ({
        duration_hours: deal.durationHours,
        duration_text: formatDuration(deal.durationHours),
        price_tl: deal.priceTl,
        stock: entry.stock,
      })),
    })),
  });
}

function historyItem(activation: Activation, status: ActivationStatus, now: number): JsonObject {
  return {
    activation_id: activation.activationId,
    country_code: activation.countryCode,
    number: activation.number,
    price_tl: activation.priceTl,
    order_status: status,
    remaining_sec: remainingSeconds(activation, now),
    expires_at: formatApiTime(activation.expiresAt),
    created_at: formatApiTime(activation.createdAt),
  };
}

export const rentalActions: ActionTable = {
  getBalance,
  getCountries: { method: 'GET', handle: getCountries },
  getOffers: { method: 'GET', handle: getOffers },
  buyNumber: { method: 'POST', handle: rentNumber },
  ...defineSmsActions({
    product: 'rental',
    cancelMessage: 'Kiralama iptal edildi ve bakiye iade edildi.',
    historyItem,
  }),
};

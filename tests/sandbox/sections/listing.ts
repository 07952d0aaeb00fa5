/** Listing rules the virtual and physical catalogs share: service pages and region sorting. */
import type { Country } from '../catalog/countries';
import { displayCountryName } from '../catalog/countries';
import { compareTurkish, matchesSearch } from '../format';
import { readPaging, takePage } from '../paging';
import { readChoice, readString, type Query } from '../params';
import { success, type ApiReply, type JsonObject } from '../reply';

/** The services and regions lists are fixed at 25 a page. */
export const CATALOG_PAGE_SIZE = 25;

const REGION_SORTS = ['price_asc', 'price_desc', 'name'] as const;

export interface ListedService {
  serviceId: number;
  name: string;
  imageUrl: string;
  minPriceTl: number;
}

/** getServices of virtual and physical: paged by 25, `search` on the name. */
export function listServices(query: Query, services: readonly ListedService[]): ApiReply {
  const paging = readPaging(query, CATALOG_PAGE_SIZE);
  const search = readString(query, 'search');
  const page = takePage(
    services.filter((service) => matchesSearch(search, service.name)),
    paging,
  );

  return success({
    page: paging.page,
    limit: paging.limit,
    count: page.items.length,
    hasMore: page.hasMore,
    services: page.items.map((service) => ({
      service_id: service.serviceId,
      name: service.name,
      image_url: service.imageUrl,
      min_price_tl: service.minPriceTl,
    })),
  });
}

export interface ListedRegion {
  country: Country;
  minPriceTl: number;
  fields: JsonObject;
}

/** getRegions of virtual and physical: `search` on code/name, `sort`, paged by 25. */
export function listRegions(query: Query, regions: readonly ListedRegion[]): ApiReply {
  const paging = readPaging(query, CATALOG_PAGE_SIZE);
  const search = readString(query, 'search');
  const sort = readChoice(query, 'sort', REGION_SORTS) ?? 'price_asc';
  const sorted = regions
    .filter((region) => matchesSearch(search, region.country.code, region.country.name))
    .sort((left, right) => compareRegions(left, right, sort));
  const page = takePage(sorted, paging);

  return success({
    page: paging.page,
    limit: paging.limit,
    hasMore: page.hasMore,
    regions: page.items.map((region) => ({
      country_code: region.country.code,
      country_id: region.country.id,
      country_name: displayCountryName(region.country),
      min_price_tl: region.minPriceTl,
      ...region.fields,
    })),
  });
}

function compareRegions(
  left: ListedRegion,
  right: ListedRegion,
  sort: (typeof REGION_SORTS)[number],
): number {
  // Ties fall back to the country id so a page never reshuffles between requests.
  const byId = left.country.id - right.country.id;
  if (sort === 'name') return compareTurkish(left.country.name, right.country.name) || byId;

  const byPrice = left.minPriceTl - right.minPriceTl;
  return (sort === 'price_asc' ? byPrice : -byPrice) || byId;
}

export function minimumOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.min(...values);
}

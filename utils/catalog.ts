/**
 * The lists a person picks a number from, named once so the popup, the service worker and the
 * cache agree on what each query means and what it returns.
 */
import type { PhysicalApi, RegionSort, RentalApi, VirtualApi } from './api';

type Answer<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

export interface CatalogLists {
  'virtual.services': {
    params: { page?: number; search?: string };
    value: Answer<VirtualApi['getServices']>;
  };
  'virtual.regions': {
    params: { service_id: number; page?: number; sort?: RegionSort; search?: string };
    value: Answer<VirtualApi['getRegions']>;
  };
  'physical.services': {
    params: { page?: number; search?: string };
    value: Answer<PhysicalApi['getServices']>;
  };
  'physical.regions': {
    params: { service_id: number; page?: number; sort?: RegionSort; search?: string };
    value: Answer<PhysicalApi['getRegions']>;
  };
  'physical.offers': {
    params: { service_id: number; country_id: number };
    value: Answer<PhysicalApi['getOffers']>;
  };
  'rental.countries': {
    params: { page?: number; search?: string };
    value: Answer<RentalApi['getCountries']>;
  };
  'rental.offers': {
    params: { country_id: number };
    value: Answer<RentalApi['getOffers']>;
  };
}

export type CatalogKind = keyof CatalogLists;

export type CatalogQuery<K extends CatalogKind = CatalogKind> = {
  [P in K]: { kind: P; params: CatalogLists[P]['params'] };
}[K];

export type CatalogValue<K extends CatalogKind = CatalogKind> = CatalogLists[K]['value'];

/** A stable name for a query: the same list asked twice gives the same key. */
export function catalogKey(query: CatalogQuery): string {
  const params = Object.entries(query.params as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${String(value)}`);
  return [query.kind, ...params].join('|');
}

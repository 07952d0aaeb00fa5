/** Catalog lists from the API, stored in the cache the popup shows at once on its next open. */
import type { Pale100Api } from '@/utils/api';
import { catalogKey, type CatalogQuery, type CatalogValue } from '@/utils/catalog';
import { catalogCacheItem } from '@/utils/storage';

import { getApi } from './api';

/** Enough for the lists a person goes back to; the least recently saved go first. */
const CACHE_ENTRIES = 60;

export async function loadCatalog(query: CatalogQuery): Promise<CatalogValue> {
  const value = await fetchList(await getApi(), query);
  await remember(catalogKey(query), value);
  return value;
}

function fetchList(api: Pale100Api, query: CatalogQuery): Promise<CatalogValue> {
  switch (query.kind) {
    case 'virtual.services':
      return api.virtual.getServices(query.params);
    case 'virtual.regions':
      return api.virtual.getRegions(query.params);
    case 'physical.services':
      return api.physical.getServices(query.params);
    case 'physical.regions':
      return api.physical.getRegions(query.params);
    case 'physical.offers':
      return api.physical.getOffers(query.params);
    case 'rental.countries':
      return api.rental.getCountries(query.params);
    case 'rental.offers':
      return api.rental.getOffers(query.params);
  }
}

async function remember(key: string, value: CatalogValue): Promise<void> {
  const cache = await catalogCacheItem.getValue();
  cache[key] = { savedAt: Date.now(), value };

  const newest = Object.entries(cache)
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, CACHE_ENTRIES);
  await catalogCacheItem.setValue(Object.fromEntries(newest));
}

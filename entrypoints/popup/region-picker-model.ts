import { signal } from '@preact/signals';

import type { RegionSort } from '@/utils/api';
import type { CatalogKind, CatalogQuery, CatalogValue } from '@/utils/catalog';

import { createCatalogList, type Page } from './catalog-list-model';

export interface RegionFilters {
  serviceId: number;
  sort: RegionSort;
  search: string;
}

interface RegionPickerOptions<K extends CatalogKind, T> {
  query: (filters: RegionFilters, page: number) => CatalogQuery<K>;
  pick: (value: CatalogValue<K>) => Page<T>;
  keyOf: (item: T) => string | number;
}

/** The countries one service is sold in, sorted and searched by the service itself. */
export function createRegionPicker<K extends CatalogKind, T>(options: RegionPickerOptions<K, T>) {
  const list = createCatalogList(options);
  const sort = signal<RegionSort>('price_asc');
  const search = signal('');
  let serviceId: number | null = null;

  const filters = (id: number): RegionFilters => ({
    serviceId: id,
    sort: sort.value,
    search: search.value.trim(),
  });

  function open(id: number): void {
    serviceId = id;
    search.value = '';
    void list.load(filters(id));
  }

  function setSort(next: RegionSort): void {
    sort.value = next;
    if (serviceId !== null) void list.load(filters(serviceId));
  }

  function setSearch(text: string): void {
    search.value = text;
    if (serviceId !== null) list.loadSoon(filters(serviceId));
  }

  return { list, sort, search, open, setSort, setSearch, dispose: list.dispose };
}

import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';

import type { CatalogKind, CatalogQuery, CatalogValue } from '@/utils/catalog';
import type { NumberProduct } from '@/utils/orders';
import { isSiteService, orderServices } from '@/utils/site-services';

import { createCatalogList, type Page } from './catalog-list-model';
import type { PreferencesModel } from './preferences-model';

/** A service as the virtual and physical-SIM lists give it. */
export interface ServiceItem {
  service_id: number;
  name: string;
  min_price_tl: number;
}

interface ServicePickerOptions<K extends CatalogKind> {
  product: NumberProduct;
  preferences: PreferencesModel;
  siteService: ReadonlySignal<string | null>;
  query: (search: string, page: number) => CatalogQuery<K>;
  pick: (value: CatalogValue<K>) => Page<ServiceItem>;
}

const describeService = (service: ServiceItem) => ({ id: service.service_id, name: service.name });

/**
 * The searchable list of services of one product, the active site's service first and the
 * favourites next. The site's service is searched for on its own as well, since it may sit on a
 * later page than the first.
 */
export function createServicePicker<K extends CatalogKind>(options: ServicePickerOptions<K>) {
  const listOptions = {
    query: (search: string, page: number) => options.query(search, page),
    pick: options.pick,
    keyOf: (service: ServiceItem) => service.service_id,
  };
  const list = createCatalogList(listOptions);
  const siteList = createCatalogList(listOptions);
  const search = signal('');

  const services = computed(() => {
    const siteService = options.siteService.value;
    const fitting = search.value.trim()
      ? []
      : siteList.items.value.filter((service) => isSiteService(service.name, siteService));
    const known = new Set(fitting.map((service) => service.service_id));
    const merged = [...fitting, ...list.items.value.filter((s) => !known.has(s.service_id))];
    return orderServices(merged, describeService, {
      siteService,
      favourites: options.preferences.favouritesOf(options.product),
    });
  });

  function setSearch(text: string): void {
    search.value = text;
    list.loadSoon(text.trim());
  }

  /** Loads the first page and follows the active site; returns the cleanup. */
  function start(): () => void {
    void list.load('');
    const stopSite = effect(() => {
      const siteService = options.siteService.value;
      if (siteService !== null) void siteList.load(siteService);
    });

    return () => {
      stopSite();
      list.dispose();
      siteList.dispose();
    };
  }

  return {
    list,
    services,
    search,
    setSearch,
    start,
    isFavourite: (id: number) => options.preferences.favouritesOf(options.product).includes(id),
    toggleFavourite: (id: number) => options.preferences.toggleFavourite(options.product, id),
    nameOf: (id: number): string | null =>
      services.value.find((service) => service.service_id === id)?.name ?? null,
  };
}

export type ServicePicker = ReturnType<typeof createServicePicker>;

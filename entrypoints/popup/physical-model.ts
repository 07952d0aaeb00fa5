import { computed, signal, type ReadonlySignal } from '@preact/signals';

import type { PhysicalRegion } from '@/utils/api';

import { createCatalogList } from './catalog-list-model';
import type { PreferencesModel } from './preferences-model';
import { dealOption, flattenOffers, type DealRow } from './purchase-options';
import type { PurchaseModel } from './purchase-model';
import { createRegionPicker } from './region-picker-model';
import { createServicePicker, type ServiceItem } from './service-picker-model';

interface ServiceRef {
  serviceId: number;
  serviceName: string | null;
}

interface CountryRef {
  countryId: number;
  countryCode: string | null;
  countryName: string | null;
}

export type PhysicalStep =
  | { kind: 'services' }
  | ({ kind: 'countries' } & ServiceRef)
  | ({ kind: 'offers' } & ServiceRef & CountryRef);

interface Deps {
  preferences: PreferencesModel;
  purchase: PurchaseModel;
  siteService: ReadonlySignal<string | null>;
}

/** Physical SIM numbers: a service, a country, then per operator its activation and rents. */
export function createPhysicalModel({ preferences, purchase, siteService }: Deps) {
  const services = createServicePicker({
    product: 'physical',
    preferences,
    siteService,
    query: (search, page) => ({
      kind: 'physical.services',
      params: { page, search: search || undefined },
    }),
    pick: (value) => ({ items: value.services, hasMore: value.hasMore }),
  });
  const regions = createRegionPicker({
    query: ({ serviceId, sort, search }, page) => ({
      kind: 'physical.regions',
      params: { service_id: serviceId, page, sort, search: search || undefined },
    }),
    pick: (value) => ({ items: value.regions, hasMore: value.hasMore }),
    keyOf: (region: PhysicalRegion) => region.country_id,
  });
  const offers = createCatalogList({
    query: (ref: { serviceId: number; countryId: number }) => ({
      kind: 'physical.offers',
      params: { service_id: ref.serviceId, country_id: ref.countryId },
    }),
    pick: (value) => ({ items: flattenOffers(value.operators), hasMore: false }),
    keyOf: (row: DealRow) => `${row.operator}:${row.durationHours}`,
  });
  const step = signal<PhysicalStep>({ kind: 'services' });
  let regionsOf: number | null = null;
  let stop: (() => void) | null = null;

  const serviceName = computed(() => {
    const current = step.value;
    if (current.kind === 'services') return null;
    return current.serviceName ?? services.nameOf(current.serviceId);
  });

  function showCountries(service: ServiceRef): void {
    step.value = {
      kind: 'countries',
      serviceId: service.serviceId,
      serviceName: service.serviceName,
    };
    if (regionsOf === service.serviceId) return;

    regionsOf = service.serviceId;
    regions.open(service.serviceId);
  }

  function showOffers(service: ServiceRef, country: CountryRef): void {
    const { serviceId, serviceName } = service;
    step.value = { kind: 'offers', serviceId, serviceName, ...country };
    void offers.load({ serviceId: service.serviceId, countryId: country.countryId });
  }

  function chooseService(service: ServiceItem): void {
    preferences.remember('physical', { serviceId: service.service_id });
    showCountries({ serviceId: service.service_id, serviceName: service.name });
  }

  function chooseCountry(region: PhysicalRegion): void {
    const current = step.value;
    if (current.kind !== 'countries') return;

    const country = {
      countryId: region.country_id,
      countryCode: region.country_code,
      countryName: region.country_name,
    };
    preferences.remember('physical', {
      countryId: country.countryId,
      countryCode: country.countryCode,
    });
    showOffers(current, country);
  }

  function back(): void {
    const current = step.value;
    if (current.kind === 'offers') showCountries(current);
    else step.value = { kind: 'services' };
  }

  function buyDeal(row: DealRow): void {
    const current = step.value;
    if (current.kind !== 'offers') return;

    const choice = {
      service: { id: current.serviceId, name: serviceName.value },
      country: {
        id: current.countryId,
        code: current.countryCode,
        name: current.countryName ?? current.countryCode,
      },
    };
    const others = offers.items.value.map((other) => dealOption({ ...choice, row: other }));
    void purchase.buy(dealOption({ ...choice, row }), others);
  }

  /** Starts the lists the first time the tab is shown, on the service and country chosen last. */
  function open(): void {
    if (stop !== null) return;

    stop = services.start();
    const last = preferences.lastOf('physical');
    if (last.serviceId === undefined) return;

    const service = { serviceId: last.serviceId, serviceName: null };
    if (last.countryId === undefined) showCountries(service);
    else {
      const country = { countryId: last.countryId, countryCode: last.countryCode ?? null };
      showOffers(service, { ...country, countryName: null });
    }
  }

  function dispose(): void {
    stop?.();
    regions.dispose();
    offers.dispose();
  }

  const hasList = computed(() => {
    const kind = step.value.kind;
    const list = kind === 'services' ? services.list : kind === 'countries' ? regions.list : offers;
    return list.status.value.kind === 'ready';
  });

  return {
    services,
    regions,
    offers,
    step,
    hasList,
    serviceName,
    chooseService,
    chooseCountry,
    back,
    buyDeal,
    open,
    dispose,
  };
}

export type PhysicalModel = ReturnType<typeof createPhysicalModel>;

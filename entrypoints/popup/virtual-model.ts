import { computed, signal, type ReadonlySignal } from '@preact/signals';

import type { VirtualOperator, VirtualRegion } from '@/utils/api';

import type { PreferencesModel } from './preferences-model';
import { cheapestOption, operatorOption } from './purchase-options';
import type { PurchaseModel } from './purchase-model';
import { createRegionPicker } from './region-picker-model';
import { createServicePicker, type ServiceItem } from './service-picker-model';

export type VirtualStep =
  { kind: 'services' } | { kind: 'countries'; serviceId: number; serviceName: string | null };

interface Deps {
  preferences: PreferencesModel;
  purchase: PurchaseModel;
  siteService: ReadonlySignal<string | null>;
}

/** Virtual numbers: a service, then its countries, each with its operators. */
export function createVirtualModel({ preferences, purchase, siteService }: Deps) {
  const services = createServicePicker({
    product: 'virtual',
    preferences,
    siteService,
    query: (search, page) => ({
      kind: 'virtual.services',
      params: { page, search: search || undefined },
    }),
    pick: (value) => ({ items: value.services, hasMore: value.hasMore }),
  });
  const regions = createRegionPicker({
    query: ({ serviceId, sort, search }, page) => ({
      kind: 'virtual.regions',
      params: { service_id: serviceId, page, sort, search: search || undefined },
    }),
    pick: (value) => ({ items: value.regions, hasMore: value.hasMore }),
    keyOf: (region: VirtualRegion) => region.country_code,
  });
  const step = signal<VirtualStep>({ kind: 'services' });
  const expanded = signal<ReadonlySet<string>>(new Set());
  // Only on the service it was bought for: another service may not sell that country at all.
  const lastCountryCode = computed(() => {
    const last = preferences.preferences.value.last.virtual;
    const current = step.value;
    const isSameService = current.kind === 'countries' && current.serviceId === last?.serviceId;
    return isSameService ? last?.countryCode : undefined;
  });
  let stop: (() => void) | null = null;

  function showCountries(serviceId: number, serviceName: string | null): void {
    step.value = { kind: 'countries', serviceId, serviceName };
    const last = preferences.lastOf('virtual');
    // The country bought last time opens with its operators, as it was left.
    const code = last.serviceId === serviceId ? last.countryCode : undefined;
    expanded.value = new Set(code ? [code] : []);
    regions.open(serviceId);
  }

  function chooseService(service: ServiceItem): void {
    preferences.remember('virtual', { serviceId: service.service_id });
    showCountries(service.service_id, service.name);
  }

  function toggleOperators(countryCode: string): void {
    const next = new Set(expanded.value);
    if (!next.delete(countryCode)) next.add(countryCode);
    expanded.value = next;
  }

  function choiceFor(region: VirtualRegion) {
    const current = step.value;
    if (current.kind !== 'countries') return null;

    const serviceName = current.serviceName ?? services.nameOf(current.serviceId);
    return { serviceId: current.serviceId, serviceName, region };
  }

  function remember(region: VirtualRegion): void {
    const countryCode = region.country_code;
    preferences.remember('virtual', { countryId: region.country_id, countryCode });
  }

  function buyCheapest(region: VirtualRegion): void {
    const choice = choiceFor(region);
    if (choice === null) return;

    remember(region);
    const others = regions.list.items.value.map((other) =>
      cheapestOption({ ...choice, region: other }),
    );
    void purchase.buy(cheapestOption(choice), others);
  }

  function buyOperator(region: VirtualRegion, operator: VirtualOperator): void {
    const choice = choiceFor(region);
    if (choice === null) return;

    remember(region);
    const others = region.operators.map((other) => operatorOption(choice, other));
    void purchase.buy(operatorOption(choice, operator), others);
  }

  /** Starts the lists the first time the tab is shown, on the service chosen last. */
  function open(): void {
    if (stop !== null) return;

    stop = services.start();
    const { serviceId } = preferences.lastOf('virtual');
    if (serviceId !== undefined) showCountries(serviceId, null);
  }

  function dispose(): void {
    stop?.();
    regions.dispose();
  }

  const hasList = computed(() => {
    const list = step.value.kind === 'services' ? services.list : regions.list;
    return list.status.value.kind === 'ready';
  });

  return {
    services,
    regions,
    step,
    hasList,
    expanded,
    lastCountryCode,
    serviceName: computed(() => {
      const current = step.value;
      if (current.kind !== 'countries') return null;
      return current.serviceName ?? services.nameOf(current.serviceId);
    }),
    chooseService,
    back: () => {
      step.value = { kind: 'services' };
    },
    toggleOperators,
    buyCheapest,
    buyOperator,
    open,
    dispose,
  };
}

export type VirtualModel = ReturnType<typeof createVirtualModel>;

import { computed, signal } from '@preact/signals';

import type { RentalCountry } from '@/utils/api';
import { orderServices } from '@/utils/site-services';

import { createCatalogList } from './catalog-list-model';
import type { PreferencesModel } from './preferences-model';
import { dealOption, flattenOffers, type DealRow } from './purchase-options';
import type { PurchaseModel } from './purchase-model';

export type RentalStep =
  | { kind: 'countries' }
  | { kind: 'offers'; countryId: number; countryCode: string | null; countryName: string | null };

interface Deps {
  preferences: PreferencesModel;
  purchase: PurchaseModel;
}

const describeCountry = (country: RentalCountry) => ({
  id: country.country_id,
  name: country.country_name,
});

/** Rented numbers: a country (favourites first), then per operator its rent lengths. */
export function createRentalModel({ preferences, purchase }: Deps) {
  const countryList = createCatalogList({
    query: (search: string, page: number) => ({
      kind: 'rental.countries',
      params: { page, search: search || undefined },
    }),
    pick: (value) => ({ items: value.countries, hasMore: value.hasMore }),
    keyOf: (country: RentalCountry) => country.country_id,
  });
  const offers = createCatalogList({
    query: (countryId: number) => ({ kind: 'rental.offers', params: { country_id: countryId } }),
    pick: (value) => ({ items: flattenOffers(value.operators), hasMore: false }),
    keyOf: (row: DealRow) => `${row.operator}:${row.durationHours}`,
  });
  const step = signal<RentalStep>({ kind: 'countries' });
  const search = signal('');
  let isStarted = false;

  const favourites = computed(() => preferences.favouritesOf('rental'));
  const countries = computed(() =>
    orderServices(countryList.items.value, describeCountry, {
      siteService: null,
      favourites: favourites.value,
    }),
  );

  function setSearch(text: string): void {
    search.value = text;
    countryList.loadSoon(text.trim());
  }

  function chooseCountry(country: RentalCountry): void {
    const { country_id: countryId, country_code: countryCode } = country;
    preferences.remember('rental', { countryId, countryCode });
    step.value = { kind: 'offers', countryId, countryCode, countryName: country.country_name };
    void offers.load(countryId);
  }

  // A country preselected from the last visit is named once the country list has loaded.
  const offersCountryName = computed(() => {
    const current = step.value;
    if (current.kind !== 'offers') return null;

    const listed = countryList.items.value.find((c) => c.country_id === current.countryId);
    return current.countryName ?? listed?.country_name ?? current.countryCode;
  });

  function buyDeal(row: DealRow): void {
    const current = step.value;
    if (current.kind !== 'offers') return;

    const country = {
      id: current.countryId,
      code: current.countryCode,
      name: offersCountryName.value,
    };
    const others = offers.items.value.map((other) =>
      dealOption({ service: null, country, row: other }),
    );
    void purchase.buy(dealOption({ service: null, country, row }), others);
  }

  /** Starts the lists the first time the tab is shown, on the country chosen last. */
  function open(): void {
    if (isStarted) return;

    isStarted = true;
    void countryList.load('');
    const { countryId, countryCode } = preferences.lastOf('rental');
    if (countryId === undefined) return;

    step.value = { kind: 'offers', countryId, countryCode: countryCode ?? null, countryName: null };
    void offers.load(countryId);
  }

  function dispose(): void {
    countryList.dispose();
    offers.dispose();
  }

  const hasList = computed(() => {
    const list = step.value.kind === 'countries' ? countryList : offers;
    return list.status.value.kind === 'ready';
  });

  return {
    countryList,
    hasList,
    countries,
    offers,
    step,
    offersCountryName,
    search,
    setSearch,
    isFavourite: (id: number) => favourites.value.includes(id),
    toggleFavourite: (id: number) => preferences.toggleFavourite('rental', id),
    chooseCountry,
    back: () => {
      step.value = { kind: 'countries' };
    },
    buyDeal,
    open,
    dispose,
  };
}

export type RentalModel = ReturnType<typeof createRentalModel>;

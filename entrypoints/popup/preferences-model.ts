import { signal } from '@preact/signals';

import type { NumberProduct } from '@/utils/orders';
import { preferencesItem, type Preferences } from '@/utils/storage';

export type LastChoice = NonNullable<Preferences['last'][NumberProduct]>;

/**
 * Remembers a choice. A new service forgets the country, which may not be sold for it, so the
 * popup never opens on a pair that does not exist.
 */
export function withChoice(
  preferences: Preferences,
  product: NumberProduct,
  choice: LastChoice,
): Preferences {
  const previous = preferences.last[product] ?? {};
  const isNewService = choice.serviceId !== undefined && choice.serviceId !== previous.serviceId;
  const next = isNewService ? { ...choice } : { ...previous, ...choice };
  return { ...preferences, last: { ...preferences.last, [product]: next } };
}

/** Stars or unstars a service (rental: a country); the newest star goes last. */
export function withFavouriteToggled(
  preferences: Preferences,
  product: NumberProduct,
  id: number,
): Preferences {
  const current = preferences.favourites[product] ?? [];
  const next = current.includes(id) ? current.filter((other) => other !== id) : [...current, id];
  return { ...preferences, favourites: { ...preferences.favourites, [product]: next } };
}

/** The popup's remembered choices; the popup is the only writer of this item. */
export function createPreferencesModel() {
  const preferences = signal<Preferences>(preferencesItem.fallback);

  async function load(): Promise<Preferences> {
    preferences.value = await preferencesItem.getValue();
    return preferences.value;
  }

  function update(change: (current: Preferences) => Preferences): void {
    preferences.value = change(preferences.value);
    void preferencesItem.setValue(preferences.value);
  }

  return {
    preferences,
    load,
    lastOf: (product: NumberProduct): LastChoice => preferences.value.last[product] ?? {},
    favouritesOf: (product: NumberProduct): number[] => preferences.value.favourites[product] ?? [],
    setLastProduct: (product: NumberProduct) =>
      update((current) => ({ ...current, lastProduct: product })),
    remember: (product: NumberProduct, choice: LastChoice) =>
      update((current) => withChoice(current, product, choice)),
    toggleFavourite: (product: NumberProduct, id: number) =>
      update((current) => withFavouriteToggled(current, product, id)),
  };
}

export type PreferencesModel = ReturnType<typeof createPreferencesModel>;

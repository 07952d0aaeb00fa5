import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  createPreferencesModel,
  withChoice,
  withFavouriteToggled,
} from '@/entrypoints/popup/preferences-model';
import { preferencesItem, type Preferences } from '@/utils/storage';

const empty: Preferences = { last: {}, favourites: {}, lastProduct: 'virtual' };

describe('the remembered choices', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keep the country when the same service is chosen again', () => {
    const chosen = withChoice(empty, 'virtual', { serviceId: 1, countryCode: 'GB' });

    const again = withChoice(chosen, 'virtual', { serviceId: 1 });

    expect(again.last.virtual).toEqual({ serviceId: 1, countryCode: 'GB' });
  });

  it('forget the country when another service is chosen', () => {
    const chosen = withChoice(empty, 'physical', { serviceId: 9, countryId: 11 });

    const other = withChoice(chosen, 'physical', { serviceId: 7 });

    expect(other.last.physical).toEqual({ serviceId: 7 });
  });

  it('star and unstar a favourite, the newest last', () => {
    const starred = withFavouriteToggled(withFavouriteToggled(empty, 'virtual', 2), 'virtual', 1);

    const unstarred = withFavouriteToggled(starred, 'virtual', 2);

    expect(starred.favourites.virtual).toEqual([2, 1]);
    expect(unstarred.favourites.virtual).toEqual([1]);
  });

  it('are written to storage, with the tab used last', async () => {
    const model = createPreferencesModel();
    await model.load();

    model.setLastProduct('rental');
    model.toggleFavourite('rental', 78);
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(await preferencesItem.getValue()).toMatchObject({
      lastProduct: 'rental',
      favourites: { rental: [78] },
    });
  });
});

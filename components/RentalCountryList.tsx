import type { RentalModel } from '@/entrypoints/popup/rental-model';
import { t } from '@/utils/i18n';

import { counted } from './counted';
import { FavouriteToggle } from './FavouriteToggle';
import { ListStatusView, LoadMore } from './ListStatusView';
import { SearchBox } from './SearchBox';

/** The first step of the rental tab: the countries with numbers to rent, favourites first. */
export function RentalCountryList({ model }: { model: RentalModel }) {
  return (
    <div class="picker">
      <SearchBox
        label={t('popupSearchCountries')}
        value={model.search.value}
        onInput={model.setSearch}
      />
      <ListStatusView list={model.countryList} emptyText={t('popupNoCountries')} />
      <ul class="rows" aria-label={t('popupCountries')}>
        {model.countries.value.map((country) => (
          <li
            key={country.country_id}
            class="row"
            data-testid="country-row"
            data-country-code={country.country_code}
            data-country-id={country.country_id}
          >
            <button type="button" class="row__main" onClick={() => model.chooseCountry(country)}>
              <span class="row__name">{country.country_name}</span>
              <span class={country.stock > 0 ? 'row__meta' : 'row__meta is-out'}>
                {country.stock > 0 ? counted(country.stock, 'number') : t('popupOutOfStock')}
              </span>
            </button>
            <FavouriteToggle
              name={country.country_name}
              isOn={model.isFavourite(country.country_id)}
              onToggle={() => model.toggleFavourite(country.country_id)}
            />
          </li>
        ))}
      </ul>
      <LoadMore list={model.countryList} />
    </div>
  );
}

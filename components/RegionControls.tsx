import type { ReadonlySignal } from '@preact/signals';

import type { RegionSort } from '@/utils/api';
import { t, type MessageKey } from '@/utils/i18n';

import { SearchBox } from './SearchBox';

interface Props {
  sort: ReadonlySignal<RegionSort>;
  search: ReadonlySignal<string>;
  onSort: (sort: RegionSort) => void;
  onSearch: (text: string) => void;
}

const SORTS: readonly { value: RegionSort; label: MessageKey }[] = [
  { value: 'price_asc', label: 'popupSortCheapest' },
  { value: 'price_desc', label: 'popupSortDearest' },
  { value: 'name', label: 'popupSortName' },
];

const isRegionSort = (value: string): value is RegionSort =>
  SORTS.some((sort) => sort.value === value);

/** The sort and search of a country list; both are the service's own. */
export function RegionControls({ sort, search, onSort, onSearch }: Props) {
  return (
    <div class="controls" role="group" aria-label={t('popupCountryControls')}>
      <SearchBox label={t('popupSearchCountries')} value={search.value} onInput={onSearch} />
      <label class="controls__sort">
        <span>{t('popupSort')}</span>
        <select
          value={sort.value}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isRegionSort(value)) onSort(value);
          }}
        >
          {SORTS.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

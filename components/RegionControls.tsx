import type { ReadonlySignal } from '@preact/signals';

import type { RegionSort } from '@/utils/api';

import { SearchBox } from './SearchBox';

interface Props {
  sort: ReadonlySignal<RegionSort>;
  search: ReadonlySignal<string>;
  onSort: (sort: RegionSort) => void;
  onSearch: (text: string) => void;
}

const SORTS: readonly { value: RegionSort; label: string }[] = [
  { value: 'price_asc', label: 'Cheapest first' },
  { value: 'price_desc', label: 'Dearest first' },
  { value: 'name', label: 'Name' },
];

const isRegionSort = (value: string): value is RegionSort =>
  SORTS.some((sort) => sort.value === value);

/** The sort and search of a country list; both are the service's own. */
export function RegionControls({ sort, search, onSort, onSearch }: Props) {
  return (
    <div class="controls">
      <SearchBox label="Search countries" value={search.value} onInput={onSearch} />
      <label class="controls__sort">
        <span>Sort</span>
        <select
          value={sort.value}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isRegionSort(value)) onSort(value);
          }}
        >
          {SORTS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

import type { HistoryModel } from '@/entrypoints/options/history/history-model';
import { GROUP_NAMES, PRODUCT_NAMES, type HistoryProduct, type StatusGroup } from '@/utils/history';

import { SearchBox } from '../SearchBox';

interface Props {
  model: HistoryModel;
}

const PRODUCTS = Object.entries(PRODUCT_NAMES) as [HistoryProduct, string][];
const GROUPS = Object.entries(GROUP_NAMES) as [StatusGroup, string][];

/** Product, status, date range and text search over the history table. */
export function HistoryFilters({ model }: Props) {
  const filter = model.filter.value;
  const dateError = model.dateError.value;

  return (
    <form
      class="history-filters"
      aria-label="Filter the history"
      onSubmit={(event) => event.preventDefault()}
    >
      <label class="field">
        <span>Product</span>
        <select
          value={filter.product}
          onChange={(event) =>
            model.setFilter({ product: event.currentTarget.value as HistoryProduct | 'all' })
          }
        >
          <option value="all">All products</option>
          {PRODUCTS.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Status</span>
        <select
          value={filter.group}
          onChange={(event) =>
            model.setFilter({ group: event.currentTarget.value as StatusGroup | 'all' })
          }
        >
          <option value="all">Any status</option>
          {GROUPS.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>From</span>
        <input
          type="date"
          value={filter.from}
          aria-invalid={dateError !== null}
          aria-describedby={dateError === null ? undefined : 'history-date-error'}
          onInput={(event) => model.setFilter({ from: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>To</span>
        <input
          type="date"
          value={filter.to}
          aria-invalid={dateError !== null}
          aria-describedby={dateError === null ? undefined : 'history-date-error'}
          onInput={(event) => model.setFilter({ to: event.currentTarget.value })}
        />
      </label>
      <label class="field history-filters__search">
        <span>Search</span>
        <SearchBox
          label="Search name, number, link or order id"
          value={filter.search}
          onInput={(search) => model.setFilter({ search })}
        />
      </label>
      {model.isFiltered.value && (
        <button type="button" class="history-filters__reset" onClick={model.clearFilters}>
          Show everything
        </button>
      )}
      {dateError !== null && (
        <p id="history-date-error" class="field__problem history-filters__error" role="alert">
          {dateError}
        </p>
      )}
    </form>
  );
}

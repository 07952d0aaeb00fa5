import type { HistoryModel } from '@/entrypoints/options/history/history-model';
import {
  HISTORY_PRODUCTS,
  STATUS_GROUPS,
  groupName,
  productName,
  type HistoryProduct,
  type StatusGroup,
} from '@/utils/history';
import { t } from '@/utils/i18n';

import { SearchBox } from '../SearchBox';

interface Props {
  model: HistoryModel;
}

/** Product, status, date range and text search over the history table. */
export function HistoryFilters({ model }: Props) {
  const filter = model.filter.value;
  const dateError = model.dateError.value;

  return (
    <form
      class="history-filters"
      aria-label={t('optionsHistoryFilters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <label class="field">
        <span>{t('optionsHistoryProduct')}</span>
        <select
          value={filter.product}
          onChange={(event) =>
            model.setFilter({ product: event.currentTarget.value as HistoryProduct | 'all' })
          }
        >
          <option value="all">{t('optionsHistoryAllProducts')}</option>
          {HISTORY_PRODUCTS.map((id) => (
            <option key={id} value={id}>
              {productName(id)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('optionsHistoryStatus')}</span>
        <select
          value={filter.group}
          onChange={(event) =>
            model.setFilter({ group: event.currentTarget.value as StatusGroup | 'all' })
          }
        >
          <option value="all">{t('optionsHistoryAnyStatus')}</option>
          {STATUS_GROUPS.map((id) => (
            <option key={id} value={id}>
              {groupName(id)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('optionsHistoryFrom')}</span>
        <input
          type="date"
          value={filter.from}
          aria-invalid={dateError !== null}
          aria-describedby={dateError === null ? undefined : 'history-date-error'}
          onInput={(event) => model.setFilter({ from: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('optionsHistoryTo')}</span>
        <input
          type="date"
          value={filter.to}
          aria-invalid={dateError !== null}
          aria-describedby={dateError === null ? undefined : 'history-date-error'}
          onInput={(event) => model.setFilter({ to: event.currentTarget.value })}
        />
      </label>
      <label class="field history-filters__search">
        <span>{t('optionsHistorySearch')}</span>
        <SearchBox
          label={t('optionsHistorySearchLabel')}
          value={filter.search}
          onInput={(search) => model.setFilter({ search })}
        />
      </label>
      {model.isFiltered.value && (
        <button type="button" class="history-filters__reset" onClick={model.clearFilters}>
          {t('optionsHistoryShowAll')}
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

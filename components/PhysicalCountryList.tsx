import type { PhysicalModel } from '@/entrypoints/popup/physical-model';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';

import { counted } from './counted';
import { ListStatusView, LoadMore } from './ListStatusView';
import { RegionControls } from './RegionControls';

/** The countries of one physical-SIM service; choosing one shows its operators' deals. */
export function PhysicalCountryList({ model }: { model: PhysicalModel }) {
  const { regions } = model;
  return (
    <div class="picker">
      <RegionControls
        sort={regions.sort}
        search={regions.search}
        onSort={regions.setSort}
        onSearch={regions.setSearch}
      />
      <ListStatusView list={regions.list} emptyText={t('popupNoCountries')} />
      <ul class="rows" aria-label={t('popupCountries')}>
        {regions.list.items.value.map((region) => (
          <li
            key={region.country_id}
            class="row"
            data-testid="country-row"
            data-country-code={region.country_code}
            data-country-id={region.country_id}
          >
            <button type="button" class="row__main" onClick={() => model.chooseCountry(region)}>
              <span class="row__name">{region.country_name}</span>
              <span class="row__meta">
                {counted(region.operator_count, 'operator')} ·{' '}
                {t('popupFromPrice', formatMoney(region.min_price_tl))}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <LoadMore list={regions.list} />
    </div>
  );
}

import type { VirtualModel } from '@/entrypoints/popup/virtual-model';
import type { VirtualRegion } from '@/utils/api';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';

import { BuyButton } from './BuyButton';
import { counted } from './counted';
import { ListStatusView, LoadMore } from './ListStatusView';
import { RegionControls } from './RegionControls';

interface Props {
  model: VirtualModel;
  isBusy: boolean;
}

/** The countries of one virtual service: buy the cheapest, or open the operators to choose. */
export function VirtualCountryList({ model, isBusy }: Props) {
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
          <CountryRow key={region.country_code} model={model} region={region} isBusy={isBusy} />
        ))}
      </ul>
      <LoadMore list={regions.list} />
    </div>
  );
}

interface RowProps extends Props {
  region: VirtualRegion;
}

function CountryRow({ model, region, isBusy }: RowProps) {
  const code = region.country_code;
  const isOpen = model.expanded.value.has(code);
  const isLast = model.lastCountryCode.value === code;
  const hasStock = region.operators.length === 0 || region.operators.some((op) => op.stock > 0);
  const nameId = `country-${code}`;
  return (
    <li
      class={isLast ? 'country country--last' : 'country'}
      data-testid="country-row"
      data-country-code={code}
      data-country-id={region.country_id}
    >
      <div class="row">
        <button
          type="button"
          class="row__main"
          aria-expanded={isOpen}
          aria-controls={`operators-${code}`}
          onClick={() => model.toggleOperators(code)}
        >
          <span class="row__name" id={nameId}>
            {region.country_name}
          </span>
          {isLast && <span class="tag">{t('popupLastUsed')}</span>}
          <span class="row__meta">
            {counted(region.operator_count, 'operator')} ·{' '}
            {t('popupFromPrice', formatMoney(region.min_price_tl))}
          </span>
        </button>
        <BuyButton
          testId="buy-cheapest"
          priceTl={region.min_price_tl}
          disabled={isBusy || !hasStock}
          describedBy={nameId}
          onBuy={() => model.buyCheapest(region)}
        />
      </div>
      {isOpen && <OperatorRows model={model} region={region} isBusy={isBusy} />}
    </li>
  );
}

function OperatorRows({ model, region, isBusy }: RowProps) {
  if (region.operators.length === 0) {
    return <p class="list-note">{t('popupNoOperators')}</p>;
  }

  return (
    <ul class="operators" id={`operators-${region.country_code}`} aria-label={t('popupOperators')}>
      {region.operators.map((operator) => {
        const nameId = `operator-${operator.operator_id}`;
        return (
          <li
            key={operator.operator_id}
            class="operator"
            data-testid="operator-row"
            data-operator-id={operator.operator_id}
          >
            <span class="operator__name" id={nameId}>
              {operator.operator}
            </span>
            <span class={operator.stock > 0 ? 'operator__stock' : 'operator__stock is-out'}>
              {operator.stock > 0 ? t('popupInStock', operator.stock) : t('popupOutOfStock')}
            </span>
            <BuyButton
              testId="buy-operator"
              priceTl={operator.price_tl}
              disabled={isBusy || operator.stock <= 0}
              describedBy={nameId}
              onBuy={() => model.buyOperator(region, operator)}
            />
          </li>
        );
      })}
    </ul>
  );
}

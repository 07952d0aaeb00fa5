import type { CatalogListView } from '@/entrypoints/popup/catalog-list-model';
import type { DealRow } from '@/entrypoints/popup/purchase-options';
import { t } from '@/utils/i18n';

import { BuyButton } from './BuyButton';
import { ListStatusView } from './ListStatusView';

interface Props {
  offers: CatalogListView<DealRow>;
  isBusy: boolean;
  onBuy: (row: DealRow) => void;
}

function groupByOperator(rows: readonly DealRow[]): [string, DealRow[]][] {
  const groups = new Map<string, DealRow[]>();
  for (const row of rows) groups.set(row.operator, [...(groups.get(row.operator) ?? []), row]);
  return [...groups];
}

/** The physical-SIM or rental offers of one country: per operator, each duration to buy. */
export function DealList({ offers, isBusy, onBuy }: Props) {
  return (
    <div class="picker">
      <ListStatusView list={offers} emptyText={t('popupNoOffers')} />
      {groupByOperator(offers.items.value).map(([operator, rows]) => (
        <section key={operator} class="deals" aria-label={t('popupOperatorNamed', operator)}>
          <h3 class="deals__operator">{operator}</h3>
          <ul class="rows">
            {rows.map((row) => (
              <DealItem key={row.durationHours} row={row} isBusy={isBusy} onBuy={onBuy} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function DealItem({ row, isBusy, onBuy }: { row: DealRow } & Omit<Props, 'offers'>) {
  const nameId = `deal-${row.operator}-${row.durationHours}`;
  const kind = row.durationHours === 0 ? t('popupDealActivation') : t('popupDealRent');
  return (
    <li
      class="operator"
      data-testid="deal-row"
      data-duration-hours={row.durationHours}
      data-operator={row.operator}
    >
      <span class="operator__name" id={nameId}>
        {kind} · {row.durationText}
      </span>
      <span class={row.stock > 0 ? 'operator__stock' : 'operator__stock is-out'}>
        {row.stock > 0 ? t('popupInStock', row.stock) : t('popupOutOfStock')}
      </span>
      <BuyButton
        testId="buy-deal"
        priceTl={row.priceTl}
        disabled={isBusy || row.stock <= 0}
        describedBy={nameId}
        onBuy={() => onBuy(row)}
      />
    </li>
  );
}

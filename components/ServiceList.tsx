import type { ServiceItem, ServicePicker } from '@/entrypoints/popup/service-picker-model';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';
import { isSiteService } from '@/utils/site-services';

import { FavouriteToggle } from './FavouriteToggle';
import { ListStatusView, LoadMore } from './ListStatusView';
import { SearchBox } from './SearchBox';

interface Props {
  picker: ServicePicker;
  siteService: string | null;
  onChoose: (service: ServiceItem) => void;
}

/** The first step of the virtual and physical-SIM tabs: which service the number is for. */
export function ServiceList({ picker, siteService, onChoose }: Props) {
  const services = picker.services.value;
  return (
    <div class="picker">
      <SearchBox
        label={t('popupSearchServices')}
        value={picker.search.value}
        onInput={picker.setSearch}
      />
      <ListStatusView list={picker.list} emptyText={t('popupNoServices')} />
      <ul class="rows" aria-label={t('popupServices')}>
        {services.map((service) => (
          <li
            key={service.service_id}
            class="row"
            data-testid="service-row"
            data-service-id={service.service_id}
          >
            <button type="button" class="row__main" onClick={() => onChoose(service)}>
              <span class="row__name">{service.name}</span>
              {isSiteService(service.name, siteService) && (
                <span class="tag">{t('popupThisSite')}</span>
              )}
              <span class="row__meta">
                {t('popupFromPrice', formatMoney(service.min_price_tl))}
              </span>
            </button>
            <FavouriteToggle
              name={service.name}
              isOn={picker.isFavourite(service.service_id)}
              onToggle={() => picker.toggleFavourite(service.service_id)}
            />
          </li>
        ))}
      </ul>
      <LoadMore list={picker.list} />
    </div>
  );
}

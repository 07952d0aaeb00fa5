import type { SmmCatalogModel } from '@/entrypoints/options/smm/catalog-model';
import { t } from '@/utils/i18n';
import { isOrderable } from '@/utils/smm-order-form';

import { Pager } from '../Pager';
import { SearchBox } from '../SearchBox';
import { LoadState } from './LoadState';
import { formatUnitPrice } from './unit-price';

/** The services of the chosen category: searched, paged, coming-soon ones on request. */
export function ServicePicker({ catalog }: { catalog: SmmCatalogModel }) {
  if (catalog.categoryId.value === null) return null;

  return (
    <section class="smm-services" aria-label={t('smmServices')}>
      <div class="smm-services__tools">
        <SearchBox
          label={t('smmSearchServices')}
          value={catalog.search.value}
          onInput={(text) => catalog.setSearch(text)}
        />
        <label class="field--inline">
          <input
            type="checkbox"
            checked={catalog.includeComing.value}
            onChange={(event) => void catalog.setIncludeComing(event.currentTarget.checked)}
          />
          {t('smmIncludeComing')}
        </label>
      </div>
      <LoadState
        state={catalog.services.state.value}
        what={t('smmWhatServices')}
        onRetry={() => void catalog.services.retry()}
        isEmpty={(services) => services.length === 0}
        emptyText={t('smmNoServices')}
      >
        {() => (
          <>
            <ul class="smm-service-list">
              {catalog.pageOfServices.value.map((service) => {
                const orderable = isOrderable(service);
                return (
                  <li key={service.service_id}>
                    <button
                      type="button"
                      class="smm-service"
                      data-testid="smm-service"
                      data-service-id={service.service_id}
                      aria-pressed={catalog.serviceId.value === service.service_id}
                      onClick={() => void catalog.chooseService(service.service_id)}
                    >
                      <span class="smm-service__name">{service.name}</span>
                      <span class="smm-service__price">
                        {t('smmPricePerUnitShort', formatUnitPrice(service.price_per_unit_tl))}
                      </span>
                      {!orderable && (
                        <span class="smm-tag">
                          {service.status === 'coming' ? t('smmComingSoon') : t('smmUnavailable')}
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
            <Pager
              page={catalog.page.value}
              totalPages={catalog.totalPages.value}
              onPage={(next) => (catalog.page.value = next)}
              label={t('smmServices')}
            />
          </>
        )}
      </LoadState>
    </section>
  );
}

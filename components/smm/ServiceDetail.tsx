import type { SmmService } from '@/utils/api';
import { t, type MessageKey } from '@/utils/i18n';

import { formatUnitPrice } from './unit-price';

const INPUT_NAMES: Record<SmmService['input_type'], MessageKey> = {
  link: 'smmAsksLink',
  username: 'smmAsksUsername',
  custom_comments: 'smmAsksComments',
};

/** What a service is and costs, as its detail tells: the description keeps its lines. */
export function ServiceDetail({ service }: { service: SmmService }) {
  return (
    <section class="smm-detail" aria-label={t('smmServiceDetail')} data-testid="smm-detail">
      <h3 class="smm-detail__name">{service.name}</h3>
      {service.description && <p class="smm-detail__description">{service.description}</p>}
      <dl class="smm-detail__facts">
        <dt>{t('smmPricePerUnit')}</dt>
        <dd data-testid="smm-unit-price">{formatUnitPrice(service.price_per_unit_tl)}</dd>
        <dt>{t('smmQuantity')}</dt>
        <dd>
          {service.min_quantity} – {service.max_quantity}
        </dd>
        <dt>{t('smmAverageDelivery')}</dt>
        <dd>{service.avg_delivery_time ?? t('smmNotGiven')}</dd>
        <dt>{t('smmAsksFor')}</dt>
        <dd>{t(INPUT_NAMES[service.input_type])}</dd>
        {service.extras.length > 0 && (
          <>
            <dt>{t('smmExtras')}</dt>
            <dd>
              <ul class="smm-detail__extras">
                {service.extras.map((extra) => (
                  <li key={extra.name}>
                    {t('smmExtraPrice', extra.name, formatUnitPrice(extra.price_per_unit_tl))}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

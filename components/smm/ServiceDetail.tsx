import type { SmmService } from '@/utils/api';

import { formatUnitPrice } from './unit-price';

const INPUT_NAMES: Record<SmmService['input_type'], string> = {
  link: 'a link',
  username: 'a username',
  custom_comments: 'a link and your comments, one a line',
};

/** What a service is and costs, as its detail tells: the description keeps its lines. */
export function ServiceDetail({ service }: { service: SmmService }) {
  return (
    <section class="smm-detail" aria-label="Service detail" data-testid="smm-detail">
      <h3 class="smm-detail__name">{service.name}</h3>
      {service.description && <p class="smm-detail__description">{service.description}</p>}
      <dl class="smm-detail__facts">
        <dt>Price per unit</dt>
        <dd data-testid="smm-unit-price">{formatUnitPrice(service.price_per_unit_tl)}</dd>
        <dt>Quantity</dt>
        <dd>
          {service.min_quantity} – {service.max_quantity}
        </dd>
        <dt>Average delivery</dt>
        <dd>{service.avg_delivery_time ?? 'Not given'}</dd>
        <dt>Asks for</dt>
        <dd>{INPUT_NAMES[service.input_type]}</dd>
        {service.extras.length > 0 && (
          <>
            <dt>Extras</dt>
            <dd>
              <ul class="smm-detail__extras">
                {service.extras.map((extra) => (
                  <li key={extra.name}>
                    {extra.name}: {formatUnitPrice(extra.price_per_unit_tl)} per unit
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

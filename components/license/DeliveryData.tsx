import type { CopyModel } from '@/entrypoints/popup/copy-model';
import type { RevealModel } from '@/entrypoints/options/license/reveal-model';
import { t } from '@/utils/i18n';

import { CopyButton } from '../CopyButton';

interface Props {
  orderId: number;
  data: string;
  reveal: RevealModel;
  copy: CopyModel;
  /** Tells apart two views of one order on screen: "purchase", "orders". */
  place: string;
}

/** A delivered license, hidden until "Reveal" is pressed, with a copy button. */
export function DeliveryData({ orderId, data, reveal, copy, place }: Props) {
  const id = `${place}:${orderId}`;
  const isShown = reveal.isShown(id);
  return (
    <div class="license-delivery">
      <span class="license-delivery__label">{t('licenseDeliveryLabel')}</span>{' '}
      {isShown ? (
        <code class="license-delivery__data" data-testid="delivery-data">
          {data}
        </code>
      ) : (
        <span class="license-delivery__hidden" role="img" aria-label={t('licenseDeliveryHidden')}>
          ••••••••
        </span>
      )}{' '}
      <button
        type="button"
        aria-pressed={isShown}
        aria-label={
          isShown ? t('licenseHideDelivery', orderId) : t('licenseRevealDelivery', orderId)
        }
        onClick={() => reveal.toggle(id)}
      >
        {isShown ? t('licenseHide') : t('licenseReveal')}
      </button>{' '}
      <CopyButton
        copy={copy}
        id={`delivery:${id}`}
        text={data}
        what={t('licenseCopyDelivery', orderId)}
      />
    </div>
  );
}

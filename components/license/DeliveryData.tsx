import type { CopyModel } from '@/entrypoints/popup/copy-model';
import type { RevealModel } from '@/entrypoints/options/license/reveal-model';

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
      <span class="license-delivery__label">Delivery:</span>{' '}
      {isShown ? (
        <code class="license-delivery__data" data-testid="delivery-data">
          {data}
        </code>
      ) : (
        <span class="license-delivery__hidden" aria-label="Delivery hidden">
          ••••••••
        </span>
      )}{' '}
      <button
        type="button"
        aria-pressed={isShown}
        aria-label={
          isShown ? `Hide delivery of order ${orderId}` : `Reveal delivery of order ${orderId}`
        }
        onClick={() => reveal.toggle(id)}
      >
        {isShown ? 'Hide' : 'Reveal'}
      </button>{' '}
      <CopyButton
        copy={copy}
        id={`delivery:${id}`}
        text={data}
        what={`delivery of order ${orderId}`}
      />
    </div>
  );
}

import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';

interface Props {
  priceTl: number;
  testId: string;
  disabled: boolean;
  /** The id of the text that says what is bought, for screen readers. */
  describedBy?: string;
  onBuy: () => void;
}

/** "Buy ₺4,46": the price is on the button, so nothing is bought at a price not seen. */
export function BuyButton({ priceTl, testId, disabled, describedBy, onBuy }: Props) {
  return (
    <button
      type="button"
      class="buy"
      data-testid={testId}
      disabled={disabled}
      aria-describedby={describedBy}
      onClick={onBuy}
    >
      {t('popupBuyPrice', formatMoney(priceTl))}
    </button>
  );
}

import { t, type MessageKey } from '@/utils/i18n';
import type { NumberProduct } from '@/utils/orders';

const TABS: readonly { product: NumberProduct; label: MessageKey }[] = [
  { product: 'virtual', label: 'popupTabVirtual' },
  { product: 'physical', label: 'popupTabPhysical' },
  { product: 'rental', label: 'popupTabRental' },
];

export const tabId = (product: NumberProduct) => `tab-${product}`;
export const panelId = (product: NumberProduct) => `panel-${product}`;

interface Props {
  selected: NumberProduct;
  onSelect: (product: NumberProduct) => void;
}

function neighbour(selected: NumberProduct, key: string): NumberProduct | null {
  const index = TABS.findIndex((tab) => tab.product === selected);
  const last = TABS.length - 1;
  const moves: Record<string, number> = {
    ArrowRight: index === last ? 0 : index + 1,
    ArrowLeft: index === 0 ? last : index - 1,
    Home: 0,
    End: last,
  };
  const target = moves[key];
  return target === undefined ? null : (TABS[target]?.product ?? null);
}

/** The three number products as tabs; arrow keys move between them (WAI-ARIA tabs pattern). */
export function ProductTabs({ selected, onSelect }: Props) {
  function onKeyDown(event: KeyboardEvent): void {
    const next = neighbour(selected, event.key);
    if (next === null) return;

    event.preventDefault();
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  }

  return (
    <div class="tabs" role="tablist" aria-label={t('popupNumberType')} onKeyDown={onKeyDown}>
      {TABS.map(({ product, label }) => (
        <button
          key={product}
          type="button"
          role="tab"
          id={tabId(product)}
          class="tabs__tab"
          aria-selected={product === selected}
          aria-controls={panelId(product)}
          tabIndex={product === selected ? 0 : -1}
          onClick={() => onSelect(product)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}

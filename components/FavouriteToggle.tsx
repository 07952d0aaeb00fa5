import { t } from '@/utils/i18n';

interface Props {
  name: string;
  isOn: boolean;
  onToggle: () => void;
}

/** A star that keeps a service (or a rental country) near the top of its list. */
export function FavouriteToggle({ name, isOn, onToggle }: Props) {
  return (
    <button
      type="button"
      class="star"
      aria-pressed={isOn}
      aria-label={t('popupFavourite', name)}
      title={isOn ? t('popupFavouriteRemove') : t('popupFavouriteAdd')}
      onClick={onToggle}
    >
      <span aria-hidden="true">{isOn ? '★' : '☆'}</span>
    </button>
  );
}

import { t } from '@/utils/i18n';

interface Props {
  title: string;
  onBack: () => void;
}

/** The heading of a step below the first, with the way back to the step before. */
export function StepHeader({ title, onBack }: Props) {
  return (
    <div class="step">
      <button type="button" class="step__back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('popupBack')}
      </button>
      <h2 class="step__title">{title}</h2>
    </div>
  );
}

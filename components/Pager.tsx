import { t } from '@/utils/i18n';

interface Props {
  page: number;
  totalPages: number;
  /** False while a page is loading: no second request is started. */
  isEnabled?: boolean;
  onPage: (page: number) => void;
  /** Names the list for screen readers, in the page's language: "SMM orders". */
  label: string;
}

/** Previous and next page of a paged list, with where the person is. Hidden for one page. */
export function Pager({ page, totalPages, isEnabled = true, onPage, label }: Props) {
  if (totalPages <= 1) return null;

  return (
    <nav class="pager" aria-label={t('optionsPagerLabel', label)}>
      <button
        type="button"
        disabled={!isEnabled || page <= 1}
        onClick={() => onPage(page - 1)}
        data-testid="pager-previous"
      >
        {t('optionsPagerPrevious')}
      </button>
      <span class="pager__where" data-testid="pager-where">
        {t('optionsPagerWhere', page, totalPages)}
      </span>
      <button
        type="button"
        disabled={!isEnabled || page >= totalPages}
        onClick={() => onPage(page + 1)}
        data-testid="pager-next"
      >
        {t('optionsPagerNext')}
      </button>
    </nav>
  );
}

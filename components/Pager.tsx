interface Props {
  page: number;
  totalPages: number;
  /** False while a page is loading: no second request is started. */
  isEnabled?: boolean;
  onPage: (page: number) => void;
  /** Names the list for screen readers: "SMM orders". */
  label: string;
}

/** Previous and next page of a paged list, with where the person is. Hidden for one page. */
export function Pager({ page, totalPages, isEnabled = true, onPage, label }: Props) {
  if (totalPages <= 1) return null;

  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button
        type="button"
        disabled={!isEnabled || page <= 1}
        onClick={() => onPage(page - 1)}
        data-testid="pager-previous"
      >
        ← Previous
      </button>
      <span class="pager__where" data-testid="pager-where">
        Page {page} of {totalPages}
      </span>
      <button
        type="button"
        disabled={!isEnabled || page >= totalPages}
        onClick={() => onPage(page + 1)}
        data-testid="pager-next"
      >
        Next →
      </button>
    </nav>
  );
}

import { computed, signal } from '@preact/signals';

import {
  NO_FILTER,
  checkDateRange,
  filterRows,
  toHistoryRows,
  totalSpent,
  type HistoryFilter,
  type HistoryStores,
} from '@/utils/history';
import { t } from '@/utils/i18n';
import { licenseOrdersItem, ordersItem, smmOrdersItem } from '@/utils/storage';

/** Rows a page of the table shows. */
export const HISTORY_PAGE_SIZE = 50;

export type HistoryLoad =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

function messageOf(error: unknown): string {
  return error instanceof Error && error.message !== ''
    ? t('optionsHistoryReadFailedDetail', error.message)
    : t('optionsHistoryReadFailed');
}

/**
 * The History section: every stored order of every product, read from the extension's own
 * storage and followed while the page is open, with filters, paging and the total spent.
 */
export function createHistoryModel(pageSize = HISTORY_PAGE_SIZE) {
  const stores = signal<HistoryStores>({ numbers: {}, smm: {}, licenses: {} });
  const load = signal<HistoryLoad>({ kind: 'loading' });
  const filter = signal<HistoryFilter>(NO_FILTER);
  const page = signal(1);

  const rows = computed(() => toHistoryRows(stores.value));
  const dateError = computed(() => checkDateRange(filter.value.from, filter.value.to));
  const filtered = computed(() => filterRows(rows.value, filter.value));
  const total = computed(() => totalSpent(filtered.value));
  const totalPages = computed(() => Math.max(1, Math.ceil(filtered.value.length / pageSize)));
  /** The page asked for, kept inside the pages there are as rows come and go. */
  const currentPage = computed(() => Math.min(page.value, totalPages.value));
  const pageRows = computed(() => {
    const start = (currentPage.value - 1) * pageSize;
    return filtered.value.slice(start, start + pageSize);
  });
  const isFiltered = computed(() => {
    const { product, group, from, to, search } = filter.value;
    return product !== 'all' || group !== 'all' || from !== '' || to !== '' || search.trim() !== '';
  });

  let reads = 0;

  /** Reads the three stores; a later read wins over an earlier one still under way. */
  async function read(quietly = false): Promise<void> {
    const readNumber = ++reads;
    if (!quietly) load.value = { kind: 'loading' };
    try {
      const [numbers, smm, licenses] = await Promise.all([
        ordersItem.getValue(),
        smmOrdersItem.getValue(),
        licenseOrdersItem.getValue(),
      ]);
      if (readNumber !== reads) return;
      stores.value = { numbers, smm, licenses };
      load.value = { kind: 'ready' };
    } catch (error) {
      if (readNumber === reads) load.value = { kind: 'failed', message: messageOf(error) };
    }
  }

  /** Reads the three stores and follows them; answers how to stop following. */
  function follow(): () => void {
    // Any change reads all three again, so a change during the first read is never lost.
    const onChange = () => void read(load.value.kind === 'ready');
    const stops = [ordersItem, smmOrdersItem, licenseOrdersItem].map((item) =>
      item.watch(onChange),
    );
    void read();
    return () => stops.forEach((stop) => stop());
  }

  /** Changes some filters and goes back to the first page. */
  function setFilter(change: Partial<HistoryFilter>): void {
    filter.value = { ...filter.value, ...change };
    page.value = 1;
  }

  function clearFilters(): void {
    setFilter(NO_FILTER);
  }

  function goToPage(next: number): void {
    page.value = Math.max(1, Math.min(next, totalPages.value));
  }

  return {
    load,
    filter,
    rows,
    filtered,
    total,
    dateError,
    isFiltered,
    page: currentPage,
    totalPages,
    pageRows,
    follow,
    retry: () => read(),
    setFilter,
    clearFilters,
    goToPage,
  };
}

export type HistoryModel = ReturnType<typeof createHistoryModel>;

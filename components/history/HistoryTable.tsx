import type { HistoryModel } from '@/entrypoints/options/history/history-model';
import { formatMoney } from '@/utils/format';
import { productName, type HistoryRow } from '@/utils/history';
import { formatLocale, t } from '@/utils/i18n';

import { Pager } from '../Pager';

interface Props {
  model: HistoryModel;
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The date and time of an order as the page's language writes them. */
function formatDate(ms: number): string {
  const tag = formatLocale();
  let format = DATE_FORMATS.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    DATE_FORMATS.set(tag, format);
  }
  return format.format(ms);
}

function Row({ row }: { row: HistoryRow }) {
  const refunded = row.spentTl < row.priceTl;
  return (
    <tr data-testid="history-row" data-key={row.key} data-group={row.group}>
      <td>
        <time dateTime={new Date(row.createdAt).toISOString()}>{formatDate(row.createdAt)}</time>
      </td>
      <td>{productName(row.product)}</td>
      <td>
        {row.item}
        {row.country !== null && <span class="history-table__sub">{row.country}</span>}
        <span class="history-table__sub">#{row.id}</span>
      </td>
      <td class="history-table__detail">{row.detail}</td>
      <td>
        <span class={`history-status history-status--${row.group}`}>{row.statusText}</span>
      </td>
      <td class="history-table__money">{formatMoney(row.priceTl)}</td>
      <td class="history-table__money">
        {formatMoney(row.spentTl)}
        {refunded && (
          <span class="history-table__sub">
            {t('optionsHistoryRefundedAmount', formatMoney(row.priceTl - row.spentTl))}
          </span>
        )}
      </td>
    </tr>
  );
}

/** The stored orders as a table: loading, failed, empty, or a page of rows with the total. */
export function HistoryTable({ model }: Props) {
  const load = model.load.value;
  if (load.kind === 'loading') {
    return (
      <p class="list-note" role="status">
        {t('optionsHistoryLoading')}
      </p>
    );
  }

  if (load.kind === 'failed') {
    return (
      <div class="notice notice--error" role="alert">
        <p class="notice__text">{load.message}</p>
        <button type="button" onClick={() => void model.retry()}>
          {t('optionsRetry')}
        </button>
      </div>
    );
  }

  const count = model.filtered.value.length;
  const summary = (
    <p class="history-summary" role="status" data-testid="history-summary">
      <span data-testid="history-count">
        {t(count === 1 ? 'optionsHistoryCountOne' : 'optionsHistoryCountOther', count)}
      </span>
      {' · '}
      {t('optionsHistorySpentLabel')}{' '}
      <strong data-testid="history-total">{formatMoney(model.total.value)}</strong>
    </p>
  );

  if (count === 0) {
    return (
      <>
        {summary}
        <p class="list-note" data-testid="history-empty">
          {t(model.rows.value.length === 0 ? 'optionsHistoryEmpty' : 'optionsHistoryNoMatch')}
        </p>
      </>
    );
  }

  return (
    <>
      {summary}
      <div class="history-table__scroll">
        <table class="history-table">
          <caption>{t('optionsHistoryCaption', model.page.value, model.totalPages.value)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsHistoryColumnDate')}</th>
              <th scope="col">{t('optionsHistoryProduct')}</th>
              <th scope="col">{t('optionsHistoryColumnBought')}</th>
              <th scope="col">{t('optionsHistoryColumnDetail')}</th>
              <th scope="col">{t('optionsHistoryStatus')}</th>
              <th scope="col">{t('optionsHistoryColumnPrice')}</th>
              <th scope="col">{t('optionsHistoryColumnSpent')}</th>
            </tr>
          </thead>
          <tbody>
            {model.pageRows.value.map((row) => (
              <Row key={row.key} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={model.page.value}
        totalPages={model.totalPages.value}
        onPage={model.goToPage}
        label={t('optionsSectionHistory')}
      />
    </>
  );
}

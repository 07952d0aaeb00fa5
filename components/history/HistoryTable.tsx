import type { HistoryModel } from '@/entrypoints/options/history/history-model';
import { formatMoney } from '@/utils/format';
import { PRODUCT_NAMES, type HistoryRow } from '@/utils/history';

import { Pager } from '../Pager';

interface Props {
  model: HistoryModel;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function Row({ row }: { row: HistoryRow }) {
  const refunded = row.spentTl < row.priceTl;
  return (
    <tr data-testid="history-row" data-key={row.key} data-group={row.group}>
      <td>
        <time dateTime={new Date(row.createdAt).toISOString()}>
          {DATE_FORMAT.format(row.createdAt)}
        </time>
      </td>
      <td>{PRODUCT_NAMES[row.product]}</td>
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
          <span class="history-table__sub">{formatMoney(row.priceTl - row.spentTl)} refunded</span>
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
        Loading…
      </p>
    );
  }

  if (load.kind === 'failed') {
    return (
      <div class="notice notice--error" role="alert">
        <p class="notice__text">{load.message}</p>
        <button type="button" onClick={() => void model.retry()}>
          Retry
        </button>
      </div>
    );
  }

  const count = model.filtered.value.length;
  const summary = (
    <p class="history-summary" role="status" data-testid="history-summary">
      <span data-testid="history-count">{count === 1 ? '1 order' : `${count} orders`}</span>
      {' · '}
      Spent: <strong data-testid="history-total">{formatMoney(model.total.value)}</strong>
    </p>
  );

  if (count === 0) {
    return (
      <>
        {summary}
        <p class="list-note" data-testid="history-empty">
          {model.rows.value.length === 0 ? 'No orders yet.' : 'No orders match these filters.'}
        </p>
      </>
    );
  }

  return (
    <>
      {summary}
      <div class="history-table__scroll">
        <table class="history-table">
          <caption>
            Orders, newest first (page {model.page.value} of {model.totalPages.value})
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Product</th>
              <th scope="col">Bought</th>
              <th scope="col">Detail</th>
              <th scope="col">Status</th>
              <th scope="col">Price</th>
              <th scope="col">Spent</th>
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
        label="History"
      />
    </>
  );
}

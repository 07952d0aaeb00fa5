import type { HistoryToolsModel } from '@/entrypoints/options/history/history-tools-model';

interface Props {
  model: HistoryToolsModel;
  /** False while nothing is shown: there is nothing to export. */
  canExport: boolean;
}

const CONFIRM_CLEAR =
  'Forget every finished order kept in this browser? Orders still waiting (a code, a delivery, ' +
  'an SMM order in progress) stay. Your orders on pale100.shop are not affected.';

/** Saving the shown history as CSV or JSON, and clearing the finished orders. */
export function HistoryTools({ model, canExport }: Props) {
  const state = model.state.value;

  return (
    <div class="history-tools">
      <button type="button" disabled={!canExport} onClick={() => model.exportAs('csv')}>
        Export CSV
      </button>{' '}
      <button type="button" disabled={!canExport} onClick={() => model.exportAs('json')}>
        Export JSON
      </button>{' '}
      <button
        type="button"
        disabled={state.kind === 'clearing'}
        onClick={() => void model.clear(window.confirm(CONFIRM_CLEAR))}
      >
        Clear history
      </button>
      {state.kind === 'cleared' && (
        <p role="status">
          {state.removed === 1
            ? '1 finished order removed.'
            : `${state.removed} finished orders removed.`}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}

import type { createHistoryToolsModel } from '@/entrypoints/options/history/history-tools-model';

interface Props {
  model: ReturnType<typeof createHistoryToolsModel>;
}

const CONFIRM_CLEAR =
  'Forget every finished order kept in this browser? Orders still waiting for a code stay. ' +
  'Your orders on pale100.shop are not affected.';

/** Saving the number history as CSV or JSON, and clearing it. */
export function HistoryTools({ model }: Props) {
  const state = model.state.value;

  return (
    <section aria-labelledby="history-tools-title">
      <h2 id="history-tools-title">History</h2>
      <button type="button" onClick={() => void model.exportAs('csv')}>
        Export CSV
      </button>{' '}
      <button type="button" onClick={() => void model.exportAs('json')}>
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
    </section>
  );
}

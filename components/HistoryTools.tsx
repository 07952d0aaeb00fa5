import type { HistoryToolsModel } from '@/entrypoints/options/history/history-tools-model';
import { t } from '@/utils/i18n';

interface Props {
  model: HistoryToolsModel;
  /** False while nothing is shown: there is nothing to export. */
  canExport: boolean;
}

/** Saving the shown history as CSV or JSON, and clearing the finished orders. */
export function HistoryTools({ model, canExport }: Props) {
  const state = model.state.value;

  return (
    <div class="history-tools" role="group" aria-label={t('optionsHistoryTools')}>
      <button type="button" disabled={!canExport} onClick={() => model.exportAs('csv')}>
        {t('optionsHistoryExportCsv')}
      </button>{' '}
      <button type="button" disabled={!canExport} onClick={() => model.exportAs('json')}>
        {t('optionsHistoryExportJson')}
      </button>{' '}
      <button
        type="button"
        disabled={state.kind === 'clearing'}
        onClick={() => void model.clear(window.confirm(t('optionsHistoryClearConfirm')))}
      >
        {t('optionsHistoryClear')}
      </button>
      {state.kind === 'cleared' && (
        <p role="status">
          {t(
            state.removed === 1 ? 'optionsHistoryClearedOne' : 'optionsHistoryClearedOther',
            state.removed,
          )}
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

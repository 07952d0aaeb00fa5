import { useEffect } from 'preact/hooks';

import { t } from '@/utils/i18n';

import { HistoryFilters } from '@/components/history/HistoryFilters';
import { HistoryTable } from '@/components/history/HistoryTable';
import { HistoryTools } from '@/components/HistoryTools';
import '@/components/history.css';

import { createHistoryModel } from './history-model';
import { createHistoryToolsModel } from './history-tools-model';

const history = createHistoryModel();
const historyTools = createHistoryToolsModel(() => history.filtered.value);

/** Every order of every product kept in this browser. */
export function HistoryPage() {
  useEffect(() => history.follow(), []);

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('optionsSectionHistory')}</h2>
      <HistoryFilters model={history} />
      <HistoryTools
        model={historyTools}
        canExport={history.load.value.kind === 'ready' && history.filtered.value.length > 0}
      />
      <HistoryTable model={history} />
    </section>
  );
}

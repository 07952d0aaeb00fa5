import { HistoryTools } from '@/components/HistoryTools';

import { createHistoryToolsModel } from './history-tools-model';

const historyTools = createHistoryToolsModel();

/** Every order of every product. */
export function HistoryPage() {
  return <HistoryTools model={historyTools} />;
}

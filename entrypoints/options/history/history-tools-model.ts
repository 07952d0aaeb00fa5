import { signal } from '@preact/signals';

import { describeError } from '@/utils/error-text';
import { localDay, type HistoryRow } from '@/utils/history';
import { historyFileName, historyToCsv, historyToJson } from '@/utils/history-export';
import { askBackground } from '@/utils/messages';

export type HistoryToolsState =
  | { kind: 'idle' }
  | { kind: 'clearing' }
  | { kind: 'cleared'; removed: number }
  | { kind: 'failed'; message: string };

/** Hands a text to the browser as a file to save. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export of the rows shown (all products, filters applied) and clearing of finished orders. */
export function createHistoryToolsModel(
  shownRows: () => HistoryRow[],
  save: (name: string, type: string, text: string) => void = download,
) {
  const state = signal<HistoryToolsState>({ kind: 'idle' });

  function exportAs(format: 'csv' | 'json'): void {
    const rows = shownRows();
    const name = historyFileName(localDay(Date.now()), format);
    if (format === 'csv') save(name, 'text/csv', historyToCsv(rows));
    else save(name, 'application/json', historyToJson(rows));
  }

  /** Asks once; the worker, the only writer of orders, keeps the unfinished ones. */
  async function clear(confirmed: boolean): Promise<void> {
    if (!confirmed || state.value.kind === 'clearing') return;

    state.value = { kind: 'clearing' };
    const answer = await askBackground({ type: 'clearHistory' });
    state.value = answer.ok
      ? { kind: 'cleared', removed: answer.value.removed }
      : { kind: 'failed', message: describeError(answer) };
  }

  return { state, exportAs, clear };
}

export type HistoryToolsModel = ReturnType<typeof createHistoryToolsModel>;

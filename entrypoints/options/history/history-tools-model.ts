import { signal } from '@preact/signals';

import { historyToCsv, historyToJson } from '@/utils/history-export';
import { askBackground } from '@/utils/messages';
import { ordersItem } from '@/utils/storage';

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

/** Export and clearing of the stored number orders. */
export function createHistoryToolsModel() {
  const state = signal<HistoryToolsState>({ kind: 'idle' });

  async function exportAs(format: 'csv' | 'json'): Promise<void> {
    const orders = Object.values(await ordersItem.getValue());
    const day = new Date().toISOString().slice(0, 10);
    if (format === 'csv') download(`pale100-history-${day}.csv`, 'text/csv', historyToCsv(orders));
    else download(`pale100-history-${day}.json`, 'application/json', historyToJson(orders));
  }

  /** Asks once; the worker, the only writer of orders, keeps the pending ones. */
  async function clear(confirmed: boolean): Promise<void> {
    if (!confirmed || state.value.kind === 'clearing') return;

    state.value = { kind: 'clearing' };
    const answer = await askBackground({ type: 'clearHistory' });
    state.value = answer.ok
      ? { kind: 'cleared', removed: answer.value.removed }
      : { kind: 'failed', message: answer.message };
  }

  return { state, exportAs, clear };
}

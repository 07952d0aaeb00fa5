/** Keeps the service's clock offset, measured from its answers, for every context to read. */
import { nextOffset, serverNow } from '@/utils/server-clock';
import { serverClockItem } from '@/utils/storage';

let offsetMs: number | null = null;

/** Reads the stored offset once, before the first request of this worker's life. */
export async function loadServerClock(): Promise<void> {
  offsetMs ??= (await serverClockItem.getValue()).offsetMs;
}

/** Called with each answer's Date header; the new offset applies at once and is stored. */
export function recordServerTime(serverTimeMs: number): void {
  const previous = offsetMs ?? 0;
  const next = nextOffset(previous, serverTimeMs, Date.now());
  if (offsetMs !== null && next === previous) return;

  offsetMs = next;
  void serverClockItem.setValue({ offsetMs: next });
}

/** The service's time now, in ms since the epoch. */
export function now(): number {
  return serverNow(offsetMs ?? 0);
}

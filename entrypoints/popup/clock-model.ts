import { signal } from '@preact/signals';

import { serverNow } from '@/utils/server-clock';
import { serverClockItem } from '@/utils/storage';

const TICK_MS = 1000;

/**
 * The service's time, ticking once a second. Countdowns and the cancel lock follow it rather
 * than this computer's clock, because the refund window is the service's rule.
 */
export function createClock() {
  let offsetMs = 0;
  const now = signal(serverNow(offsetMs));
  const tick = () => {
    now.value = serverNow(offsetMs);
  };

  /** Starts ticking and follows the measured offset; returns the cleanup. */
  function start(): () => void {
    let isStopped = false;
    void serverClockItem.getValue().then((clock) => {
      if (isStopped) return;

      offsetMs = clock.offsetMs;
      tick();
    });
    const unwatch = serverClockItem.watch((clock) => {
      offsetMs = clock?.offsetMs ?? 0;
      tick();
    });
    const interval = setInterval(tick, TICK_MS);

    return () => {
      isStopped = true;
      unwatch();
      clearInterval(interval);
    };
  }

  return { now, start };
}

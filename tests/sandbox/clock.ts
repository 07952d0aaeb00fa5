/**
 * The sandbox clock. Every time rule (expiry, cancel windows, deliveries, SMM progress) reads
 * it, so tests can jump ahead twenty minutes instead of waiting twenty minutes.
 */
export interface SandboxClock {
  /** Sandbox time in epoch milliseconds. */
  now(): number;
  /** Moves sandbox time forward; real time keeps running underneath. */
  advance(seconds: number): void;
}

/** Creates a clock that starts at real time. */
export function createClock(): SandboxClock {
  let offsetMs = 0;

  return {
    now: () => Date.now() + offsetMs,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
  };
}

/**
 * The service's clock as seen from here. Refund windows and expiry are the service's rules, so
 * countdowns follow its `Date` header rather than this computer's clock, which may be off.
 */

/** Parses an HTTP `Date` header; `null` when absent or unreadable. */
export function parseDateHeader(value: string | null): number | null {
  if (!value) return null;

  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

/** The service's time now, given the last measured offset. */
export function serverNow(offsetMs: number, localNow = Date.now()): number {
  return localNow + offsetMs;
}

/**
 * A new offset from one answer. The header has one-second resolution and the answer took some
 * time to travel, so offsets within two seconds of the old one are not worth a write.
 */
export function nextOffset(previousMs: number, serverTime: number, localNow: number): number {
  const measured = serverTime - localNow;
  return Math.abs(measured - previousMs) < 2000 ? previousMs : measured;
}

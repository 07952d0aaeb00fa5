/**
 * The one place that writes to the console. Debug lines vanish from production builds, and
 * callers pass only what is safe to print: never an API key, a full phone number, a code or a
 * page's field values (see `maskNumber`).
 */
type Level = 'debug' | 'info' | 'warn' | 'error';

const PREFIX = '[pale100]';

const isDebugEnabled = import.meta.env?.MODE !== 'production';

function write(level: Level, scope: string, message: string, details?: unknown): void {
  if (level === 'debug' && !isDebugEnabled) return;

  const line = `${PREFIX} ${scope}: ${message}`;
  const args = details === undefined ? [line] : [line, details];
  // eslint-disable-next-line no-console -- this module is the console's only caller
  console[level](...args);
}

export interface Logger {
  debug(message: string, details?: unknown): void;
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

/** Creates a logger whose lines name the part of the extension they come from. */
export function createLogger(scope: string): Logger {
  return {
    debug: (message, details) => write('debug', scope, message, details),
    info: (message, details) => write('info', scope, message, details),
    warn: (message, details) => write('warn', scope, message, details),
    error: (message, details) => write('error', scope, message, details),
  };
}

/** Keeps the last four digits of a phone number, enough to tell orders apart in a log. */
export function maskNumber(number: string): string {
  return number.length <= 4 ? '****' : `${'*'.repeat(number.length - 4)}${number.slice(-4)}`;
}

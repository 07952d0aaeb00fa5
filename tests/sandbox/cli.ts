/**
 * Runs the sandbox from a terminal:
 *   tsx tests/sandbox/cli.ts --port 8787 --key KEY --balance 1000 --auto-sms 20
 */
import { parseArgs } from 'node:util';
import { DEFAULT_API_KEY, DEFAULT_BALANCE, startSandbox } from './server';

const USAGE = `pale100 API v2 sandbox

Usage: tsx tests/sandbox/cli.ts [options]

  --port <n>       port on 127.0.0.1 (default 8787, 0 = any free port)
  --key <key>      API key the sandbox accepts (default ${DEFAULT_API_KEY})
  --balance <tl>   starting balance in TRY (default ${DEFAULT_BALANCE})
  --auto-sms <s>   give every new number an SMS after <s> real seconds (default off)
  --help           show this text

Control endpoints (no api_key): /__sandbox/sms, clock, balance, price, faults, requests,
reset, state.`;

function readNumber(raw: string | undefined, name: string, fallback?: number): number | undefined {
  if (raw === undefined) return fallback;

  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`--${name} needs a non-negative number`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      key: { type: 'string' },
      balance: { type: 'string' },
      'auto-sms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

  if (values.help === true) {
    console.log(USAGE);
    return;
  }

  const sandbox = await startSandbox({
    port: readNumber(values.port, 'port', 8787),
    apiKey: values.key ?? DEFAULT_API_KEY,
    balance: readNumber(values.balance, 'balance', DEFAULT_BALANCE),
    autoSmsAfterSec: readNumber(values['auto-sms'], 'auto-sms'),
  });

  console.log(
    `pale100 sandbox listening\n  API base: ${sandbox.apiBase}\n  API key:  ${sandbox.apiKey}`,
  );
  console.log(`  control:  ${sandbox.origin}/__sandbox/state\nCtrl+C to stop.`);

  const stop = (): void => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error('\n' + USAGE);
  process.exit(1);
});

/**
 * `npm run bench`: runs every benchmark against the built extension and the sandbox, prints the
 * figures and writes them to tests/.artifacts/bench.json, then holds them against the budgets
 * in ./budgets.ts and exits with status 1 when one is broken. `--quick` shortens the windows
 * and samples; `--only numbers` or `--only autofill` runs one part (the other part's budgets
 * are "not run"). The build is read from `WXT_OUT_DIR` (default `.output`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';

import { benchAutofill } from './autofill';
import { checkBudgets, exitStatus, formatBudgetTable, type BenchFigures } from './budgets';
import { benchNumbers } from './numbers';

const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && only !== 'numbers' && only !== 'autofill') {
  console.error(`--only takes "numbers" or "autofill", not ${String(only)}`);
  process.exit(2);
}
const samples = quick ? 4 : 12;

async function runNumbers() {
  const numbers = await benchNumbers({ windowMs: quick ? 20_000 : 60_000, smsSamples: samples });
  console.log('popup script:', numbers.popupScript);
  console.log('popup first render, warm cache:', numbers.popupFirstRenderMs, 'ms');
  console.log('requests per minute:', numbers.requestsPerMinute);
  console.log('SMS delivered to code in the popup:', numbers.smsToPopupMs, 'ms');
  return numbers;
}

async function runAutofill() {
  const autofill = await benchAutofill({ smsSamples: samples });
  console.log('content script:', autofill.contentScript);
  console.log('field detection:', autofill.detectionMs, 'ms');
  console.log('SMS delivered to code in the page field:', autofill.smsToFieldMs, 'ms');
  return autofill;
}

async function main(): Promise<void> {
  const numbers = only === undefined || only === 'numbers' ? await runNumbers() : null;
  const autofill = only === undefined || only === 'autofill' ? await runAutofill() : null;

  const figures: BenchFigures = { date: new Date().toISOString(), quick, numbers, autofill };
  mkdirSync('tests/.artifacts', { recursive: true });
  writeFileSync('tests/.artifacts/bench.json', `${JSON.stringify(figures, null, 2)}\n`);

  const rows = checkBudgets(figures);
  console.log(`\n${formatBudgetTable(rows)}`);
  process.exitCode = exitStatus(rows);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

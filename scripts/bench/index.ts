/**
 * `npm run bench`: runs every benchmark against the built extension and the sandbox, prints the
 * figures and writes them to tests/.artifacts/bench.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

import { benchAutofill } from './autofill';
import { benchNumbers } from './numbers';

const quick = process.argv.includes('--quick');

async function main(): Promise<void> {
  const numbers = await benchNumbers({
    windowMs: quick ? 20_000 : 60_000,
    smsSamples: quick ? 4 : 12,
  });

  const autofill = await benchAutofill({ smsSamples: quick ? 4 : 12 });

  const figures = { date: new Date().toISOString(), numbers, autofill };
  mkdirSync('tests/.artifacts', { recursive: true });
  writeFileSync('tests/.artifacts/bench.json', `${JSON.stringify(figures, null, 2)}\n`);

  console.log('popup first render, warm cache:', numbers.popupFirstRenderMs, 'ms');
  console.log('requests per minute:', numbers.requestsPerMinute);
  console.log('SMS delivered to code in the popup:', numbers.smsToPopupMs, 'ms');
  console.log('content script:', autofill.contentScript);
  console.log('field detection:', autofill.detectionMs, 'ms');
  console.log('SMS delivered to code in the page field:', autofill.smsToFieldMs, 'ms');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

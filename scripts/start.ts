/**
 * `npm start`: builds the extension, starts the sandbox API with a demo key and balance and a
 * local demo signup page, then opens Chromium with the extension set up for the sandbox. Without
 * a display it keeps the servers running and says how to load the build by hand.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

import { startDemoServer } from '../tests/demo/server';
import { EXTENSION_DIR, configureExtension, launchWithExtension } from '../tests/helpers/chromium';
import { startSandbox } from '../tests/sandbox/server';

const DEMO_KEY = 'demo-key';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    'demo-port': { type: 'string', default: '8788' },
    'no-build': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
});

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;

  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  if (!values['no-build']) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

  const sandbox = await startSandbox({
    port: Number(values.port),
    apiKey: DEMO_KEY,
    balance: 1000,
    autoSmsAfterSec: 20,
  });
  const demo = await startDemoServer(Number(values['demo-port']));
  console.log(`\nSandbox API:  ${sandbox.apiBase}   (key: ${DEMO_KEY}, balance 1000 TRY)`);
  console.log(`Demo signup:  ${demo.origin}/signup.html`);
  console.log('Numbers bought in the sandbox receive an SMS after about 20 seconds.\n');

  if (values['no-browser'] || !hasDisplay()) {
    printManualSteps(sandbox.apiBase);
  } else {
    await openBrowser(sandbox.apiBase, `${demo.origin}/signup.html`).catch((error: unknown) => {
      console.log(`Could not open Chromium: ${error instanceof Error ? error.message : error}`);
      printManualSteps(sandbox.apiBase);
    });
  }

  console.log('Press Ctrl+C to stop.');
  const stop = () => void Promise.all([sandbox.close(), demo.close()]).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function openBrowser(apiBase: string, demoUrl: string): Promise<void> {
  const browser = await launchWithExtension({ headless: false, noSandbox: false });
  await configureExtension(browser.worker, { apiKey: DEMO_KEY, baseUrl: apiBase });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(demoUrl);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  console.log('Chromium is open with the extension set up for the sandbox.');
}

function printManualSteps(apiBase: string): void {
  console.log('No display here, so no browser was opened. The sandbox keeps running. To try it:');
  console.log('  1. Open chrome://extensions, turn on Developer mode, click "Load unpacked" and');
  console.log(`     choose ${EXTENSION_DIR}`);
  console.log(`  2. In the extension's settings, set the API address to ${apiBase}`);
  console.log(`     and the API key to ${DEMO_KEY}, then Save.\n`);
}

void main();

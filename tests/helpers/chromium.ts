/**
 * Starts the system's Chromium with the built extension loaded, the way the end-to-end tests and
 * `npm start` both need it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** The Chrome build, in `WXT_OUT_DIR` when a build was sent there. */
export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.WXT_OUT_DIR ?? '.output',
  'chrome-mv3',
);

const INSTALL_HINT =
  'No Chromium found. Install one (Debian: `apt-get install -y chromium`) or set CHROME_PATH ' +
  'to a Chromium or Chrome executable.';

/** CHROME_PATH, then Debian's /usr/bin/chromium; otherwise an error that says what to do. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((path): path is string =>
    Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HINT);

  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; the profile is removed unless `keepProfile` is set. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** Chromium's sandbox cannot start as root; elsewhere it stays on unless a test turns it off. */
  noSandbox?: boolean;
  /** A profile to open again; by default a new one is made and removed on close. */
  userDataDir?: string;
  /** The browser's own language ("en-US", "tr"); by default the system's. */
  language?: string;
}

const isRoot = () => process.getuid?.() === 0;

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }

  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'pale100-chromium-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    // The interface language: --lang, and LANGUAGE where the platform reads that instead.
    ...(options.language
      ? { env: { ...process.env, LANGUAGE: options.language.replace('-', '_') } }
      : {}),
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...((options.noSandbox ?? true) || isRoot() ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.language ? [`--lang=${options.language}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    userDataDir,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a key and an API address the way the options page does. */
export async function configureExtension(
  worker: Worker,
  account: { apiKey: string; baseUrl: string },
): Promise<void> {
  await worker.evaluate(async ({ apiKey, baseUrl }) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ apiKey, settings: { ...(settings ?? {}), baseUrl } });
  }, account);
}

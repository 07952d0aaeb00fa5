/**
 * axe-core on every page of the extension, in light and dark mode, with data on screen: a
 * serious or critical finding fails. axe is evaluated through the DevTools protocol, which the
 * extension pages' script policy does not block.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { buyWhatsappNumber, useExtension } from '../helpers/e2e';

const env = useExtension({ balance: 1000 });

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function seriousFindings(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return findings.filter(
    (finding) => finding.impact === 'serious' || finding.impact === 'critical',
  );
}

async function buyNumberWithCode(): Promise<Page> {
  const popup = await env.openPopup();
  const activationId = await buyWhatsappNumber(popup);
  await env.control.deliverSms(activationId, 'WhatsApp code: 482917');
  await expect
    .poll(() => popup.getByTestId('order-code').first().textContent(), { timeout: 15_000 })
    .toContain('482917');
  return popup;
}

/** Each section with its forms open: an SMM service with extras, a license with fields. */
const OPTIONS_SECTIONS: Record<string, (page: Page) => Promise<void>> = {
  settings: async () => undefined,
  smm: async (page) => {
    await page.locator('[data-testid="smm-service"][data-service-id="10"]').click();
    await page.getByTestId('smm-detail').waitFor();
  },
  licenses: async (page) => {
    await page.getByRole('button', { name: 'Office', exact: true }).click();
    await page
      .locator('[data-testid="license-product"][data-product-id="1885900"]')
      .getByRole('button')
      .click();
    await page.getByTestId('license-detail').getByRole('heading').waitFor();
  },
  history: async () => undefined,
};

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  it('finds nothing serious in the popup with an order and its code', async () => {
    const popup = await buyNumberWithCode();
    await popup.emulateMedia({ colorScheme });

    expect(await seriousFindings(popup)).toEqual([]);
  });

  it('finds nothing serious in any section of the options page', async () => {
    await buyNumberWithCode();
    const page = await env.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    const found: Record<string, Finding[]> = {};
    for (const [section, prepare] of Object.entries(OPTIONS_SECTIONS)) {
      await page.goto(`chrome-extension://${env.browser.extensionId}/options.html#${section}`);
      await page.getByRole('navigation', { name: /./ }).first().waitFor();
      await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
      await prepare(page);
      // The lists have loaded: nothing is still marked busy.
      await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
      await page.waitForTimeout(300);
      found[section] = await seriousFindings(page);
    }

    expect(found).toEqual({ settings: [], smm: [], licenses: [], history: [] });
  });
});

interface Stop {
  name: string;
  hasFocusRing: boolean;
}

/** Tabs through the page and notes every stop and whether it shows where the focus is. */
async function tabThrough(page: Page, limit = 80): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let index = 0; index < limit; index++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
      const name = `${element.tagName.toLowerCase()} ${label.trim().slice(0, 30)}`;
      return {
        name,
        hasFocusRing: ring || style.boxShadow !== 'none',
        id: element.dataset.tabStop,
      };
    });
    if (!stop) continue;
    const seen = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const was = element.dataset.tabStop === 'seen';
      element.dataset.tabStop = 'seen';
      return was;
    });
    if (seen) break;
    stops.push({ name: stop.name, hasFocusRing: stop.hasFocusRing });
  }
  return stops;
}

/** The enabled, visible controls a person could want to reach. */
async function visibleControls(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]'),
      ].filter(
        (element) =>
          !(element as HTMLButtonElement).disabled &&
          element.getClientRects().length > 0 &&
          element.tabIndex >= 0,
      ).length,
  );
}

describe('the keyboard alone', () => {
  it('reaches every control of the popup and the settings, always with a visible focus', async () => {
    const popup = await buyNumberWithCode();
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html#settings`);
    await options.locator('#api-key').waitFor();

    for (const page of [popup, options]) {
      const controls = await visibleControls(page);
      const stops = await tabThrough(page, controls + 5);

      expect(stops.filter((stop) => !stop.hasFocusRing)).toEqual([]);
      expect(stops.length).toBeGreaterThanOrEqual(controls);
    }
  });
});

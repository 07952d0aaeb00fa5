import { describe, expect, it } from 'vitest';

import {
  BUDGETS,
  checkBudgets,
  exitStatus,
  formatBudgetTable,
  type BenchFigures,
  type Budget,
} from '../../scripts/bench/budgets';

/** A run in which every figure keeps within its budget. */
function goodRun(): BenchFigures {
  return {
    date: '2025-01-01T00:00:00.000Z',
    quick: false,
    numbers: {
      popupScript: { files: ['chunks/popup.js'], bytes: 120_000, gzipBytes: 40_000 },
      popupFirstRenderMs: { median: 80, p95: 120, runs: 10 },
      requestsPerMinute: { onePendingOrder: 12, idle: 0 },
      smsToPopupMs: { median: 1_500, p95: 2_500, samples: 12 },
    },
    autofill: {
      contentScript: { minifiedBytes: 9_000, gzipBytes: 3_500, idleEvaluationMs: 0.4 },
      detectionMs: { elements: 10_000, inputs: 202, median: 4.5, p95: 6 },
      smsToFieldMs: { median: 2_000, p95: 4_000, samples: 12 },
    },
  };
}

const verdictOf = (figures: BenchFigures, figure: string) =>
  checkBudgets(figures).find((row) => row.figure === figure)?.verdict;

const DETECTION = 'field detection, 10,000 elements (median)';
const CONTENT_SIZE = 'content script, minified';
const IDLE_REQUESTS = 'requests per minute, idle';

describe('holding a run against the budgets', () => {
  it('passes every figure of a run within budget, and exits 0', () => {
    const rows = checkBudgets(goodRun());

    expect(rows).toHaveLength(BUDGETS.length);
    expect(rows.map((row) => row.verdict)).toEqual(BUDGETS.map(() => 'pass'));
    expect(exitStatus(rows)).toBe(0);
  });

  it('fails a figure over its budget, and the exit status follows', () => {
    const run = goodRun();
    run.autofill!.detectionMs.median = 10.4;
    const rows = checkBudgets(run);

    expect(verdictOf(run, DETECTION)).toBe('fail');
    expect(rows.filter((row) => row.verdict === 'fail')).toHaveLength(1);
    expect(exitStatus(rows)).toBe(1);
  });

  it('lets an "at most" figure reach its limit, but not an "under" one', () => {
    const run = goodRun();
    run.autofill!.contentScript.minifiedBytes = 10_240;
    run.autofill!.detectionMs.median = 10;

    expect(verdictOf(run, CONTENT_SIZE)).toBe('pass');
    expect(verdictOf(run, DETECTION)).toBe('fail');

    run.autofill!.contentScript.minifiedBytes = 10_241;
    expect(verdictOf(run, CONTENT_SIZE)).toBe('fail');
  });

  it('allows no request at all when idle', () => {
    const run = goodRun();
    run.numbers!.requestsPerMinute.idle = 1;

    expect(verdictOf(run, IDLE_REQUESTS)).toBe('fail');
  });

  it('reports the figures of a part left out as "not run", which does not fail the run', () => {
    const run = { ...goodRun(), numbers: null };
    const rows = checkBudgets(run);
    const popupRows = rows.filter((row) => /popup|requests/.test(row.figure));

    expect(popupRows.length).toBeGreaterThan(0);
    expect(popupRows.every((row) => row.verdict === 'not run' && row.measured === null)).toBe(true);
    expect(rows.filter((row) => row.verdict === 'pass').length).toBe(
      rows.length - popupRows.length,
    );
    expect(exitStatus(rows)).toBe(0);
  });

  it('still fails when a part left out sits beside a figure over budget', () => {
    const run = { ...goodRun(), numbers: null };
    run.autofill!.smsToFieldMs.p95 = 6_500;

    expect(exitStatus(checkBudgets(run))).toBe(1);
  });

  it('fails a figure that came out as no number', () => {
    const run = goodRun();
    run.autofill!.smsToFieldMs.median = Number.NaN;

    expect(verdictOf(run, 'SMS delivered to code in the page field (median)')).toBe('fail');
  });

  it('takes each budget from the figure it names', () => {
    const budgets: Budget[] = [
      {
        figure: 'a',
        unit: 'ms',
        limit: 5,
        bound: 'under',
        read: (f) => f.autofill?.detectionMs.p95,
      },
    ];

    expect(checkBudgets(goodRun(), budgets)).toEqual([
      { figure: 'a', measured: 6, budget: '< 5 ms', verdict: 'fail' },
    ]);
  });
});

describe('the budgets written in the repository', () => {
  it('reads each figure of a run into its own row', () => {
    const measured = checkBudgets(goodRun()).map((row) => [row.figure, row.measured]);

    expect(Object.fromEntries(measured)).toEqual({
      'content script, minified': 9_000,
      'content script, idle cost on a page load': 0.4,
      [DETECTION]: 4.5,
      'popup script, all chunks, gzipped': 40_000,
      'popup first render, warm cache (median)': 80,
      'requests per minute, one pending order': 12,
      [IDLE_REQUESTS]: 0,
      'SMS delivered to code in the page field (median)': 2_000,
      'SMS delivered to code in the page field (p95)': 4_000,
    });
  });

  it('prints a table of figure, measured, budget and result', () => {
    const run = { ...goodRun(), numbers: null };
    run.autofill!.detectionMs.median = 12;
    const lines = formatBudgetTable(checkBudgets(run)).split('\n');

    expect(lines[0]).toMatch(/^figure\s+measured\s+budget\s+result$/);
    expect(lines.find((line) => line.startsWith(DETECTION))).toMatch(/\s12\s+< 10 ms\s+fail$/);
    expect(lines.find((line) => line.startsWith(IDLE_REQUESTS))).toMatch(
      /\s-\s+<= 0 \/min\s+not run$/,
    );
    expect(lines).toHaveLength(2 + BUDGETS.length);
  });
});

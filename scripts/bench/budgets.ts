/**
 * The performance budgets of the extension, and how a run's figures are held against them.
 * `npm run bench` prints the table and exits with a failure status when a figure is over its
 * budget; a figure that was not measured in the run (`--only`) is "not run", never a pass.
 */
import type { AutofillFigures } from './autofill';
import type { NumberFigures } from './numbers';

/** What one run of the bench writes to tests/.artifacts/bench.json. */
export interface BenchFigures {
  date: string;
  quick: boolean;
  /** Null when the part was left out with `--only`. */
  numbers: NumberFigures | null;
  autofill: AutofillFigures | null;
}

export interface Budget {
  figure: string;
  unit: string;
  limit: number;
  /** `atMost`: the limit itself passes; `under`: it must stay below. */
  bound: 'atMost' | 'under';
  /** The measured value, or undefined when the run did not measure it. */
  read: (figures: BenchFigures) => number | undefined;
}

export const BUDGETS: readonly Budget[] = [
  {
    figure: 'content script, minified',
    unit: 'B',
    limit: 10_240,
    bound: 'atMost',
    read: (f) => f.autofill?.contentScript.minifiedBytes,
  },
  {
    figure: 'content script, idle cost on a page load',
    unit: 'ms',
    limit: 1,
    bound: 'under',
    read: (f) => f.autofill?.contentScript.idleEvaluationMs,
  },
  {
    figure: 'field detection, 10,000 elements (median)',
    unit: 'ms',
    limit: 10,
    bound: 'under',
    read: (f) => f.autofill?.detectionMs.median,
  },
  {
    figure: 'popup script, all chunks, gzipped',
    unit: 'B',
    limit: 61_440,
    bound: 'atMost',
    read: (f) => f.numbers?.popupScript.gzipBytes,
  },
  {
    figure: 'popup first render, warm cache (median)',
    unit: 'ms',
    limit: 150,
    bound: 'under',
    read: (f) => f.numbers?.popupFirstRenderMs.median,
  },
  {
    figure: 'requests per minute, one pending order',
    unit: '/min',
    limit: 12,
    bound: 'atMost',
    read: (f) => f.numbers?.requestsPerMinute.onePendingOrder,
  },
  {
    figure: 'requests per minute, idle',
    unit: '/min',
    limit: 0,
    bound: 'atMost',
    read: (f) => f.numbers?.requestsPerMinute.idle,
  },
  {
    figure: 'SMS delivered to code in the page field (median)',
    unit: 'ms',
    limit: 3_500,
    bound: 'under',
    read: (f) => f.autofill?.smsToFieldMs.median,
  },
  {
    figure: 'SMS delivered to code in the page field (p95)',
    unit: 'ms',
    limit: 6_000,
    bound: 'under',
    read: (f) => f.autofill?.smsToFieldMs.p95,
  },
];

export type Verdict = 'pass' | 'fail' | 'not run';

export interface BudgetRow {
  figure: string;
  measured: number | null;
  budget: string;
  verdict: Verdict;
}

/** One row per budget: the value the run measured and whether it keeps within the budget. */
export function checkBudgets(
  figures: BenchFigures,
  budgets: readonly Budget[] = BUDGETS,
): BudgetRow[] {
  return budgets.map((budget) => {
    const measured = budget.read(figures);
    const text = `${budget.bound === 'atMost' ? '<=' : '<'} ${budget.limit} ${budget.unit}`;
    if (measured === undefined) {
      return { figure: budget.figure, measured: null, budget: text, verdict: 'not run' };
    }

    // A figure that came out as no number (no samples) cannot show it keeps within budget.
    const within =
      Number.isFinite(measured) &&
      (budget.bound === 'atMost' ? measured <= budget.limit : measured < budget.limit);
    return { figure: budget.figure, measured, budget: text, verdict: within ? 'pass' : 'fail' };
  });
}

/** The bench's exit status: 1 when a measured figure broke its budget, else 0. */
export const exitStatus = (rows: readonly BudgetRow[]) =>
  rows.some((row) => row.verdict === 'fail') ? 1 : 0;

/** The rows as a plain-text table: figure, measured, budget, result. */
export function formatBudgetTable(rows: readonly BudgetRow[]): string {
  const cells = [
    ['figure', 'measured', 'budget', 'result'],
    ...rows.map((row) => [
      row.figure,
      row.measured === null ? '-' : String(row.measured),
      row.budget,
      row.verdict,
    ]),
  ];
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)]
    .map((text) => text.trimEnd())
    .join('\n');
}

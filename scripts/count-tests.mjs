// Adds up the Vitest JSON reports of the unit and end-to-end runs into one closing line.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['unit', 'e2e'].map((name) => `tests/.artifacts/${name}-report.json`);
let passed = 0;
let failed = 0;

for (const path of reports) {
  if (!existsSync(path)) {
    console.log(`(no report at ${path}: that stage did not run)`);
    continue;
  }

  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}

console.log(`tests: ${passed} passed, ${failed} failed`);

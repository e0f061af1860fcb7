// Adds up the unit and browser test results into one plain line: "N passed, N failed".
import fs from 'node:fs';

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
const unit = read('.tmp/results/vitest.json');
const e2eRuns = [read('.tmp/results/playwright.json'), read('.tmp/results/playwright-team.json')].filter(Boolean);
// The default and the team-mode browser runs, added up.
const e2e = e2eRuns.length
  ? {
      stats: Object.fromEntries(
        ['expected', 'flaky', 'unexpected', 'skipped'].map((k) => [k, e2eRuns.reduce((n, r) => n + r.stats[k], 0)]),
      ),
    }
  : null;
let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
}
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
console.log(`unit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'did not run'}`);
console.log(`browser: ${e2e ? `${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed` : 'did not run'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

// Sums Vitest's, Playwright's and the Firefox runner's JSON reports (e2e-firefox/harness.ts writes Vitest's
// shape) into CI's closing line "N passed, N failed". A missing report (a stage that never ran) counts as
// a failure, so a broken step can never look green; so does a test that passed only on retry.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report: ${file}`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (report.stats) {
    // A test that passed only on a retry is a failing test (retries are off; this keeps it so).
    passed += report.stats.expected;
    failed += report.stats.unexpected + (report.stats.flaky ?? 0);
    if (report.stats.flaky) console.error(`${report.stats.flaky} e2e test(s) passed only on retry: counted as failed`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

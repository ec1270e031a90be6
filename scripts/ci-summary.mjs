// Adds up the suites' JSON reports (Vitest and Playwright) and the plain checks into the closing
// line "N passed, N failed". A suite that left no report counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, checksPassed = '0', checksFailed = '0'] = process.argv.slice(2);
let passed = Number(checksPassed);
let failed = Number(checksFailed);

const suites = ['api.json', 'web.json', 'api-pg.json', 'e2e.json'];
for (const name of suites) {
  const file = join(dir, name);
  if (!existsSync(file)) {
    console.log(`${name}: no report (the suite did not run to the end)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats) {
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
    console.log(`${name}: ${expected + flaky} passed, ${unexpected} failed`);
    passed += expected + flaky;
    failed += unexpected;
  } else {
    const extra = report.success === false && report.numFailedTests === 0 ? 1 : 0;
    console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests + extra} failed`);
    passed += report.numPassedTests;
    failed += report.numFailedTests + extra;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

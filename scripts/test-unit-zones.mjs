// Runs the unit suite once per time zone (DESIGN.md "Time": results must not depend on where the user
// lives), each run with its own JSON report for scripts/count-results.mjs. The zones: UTC, a zone west
// of it with daylight saving, China (where Cainiao stamps its events), and one east of the date line
// with southern-hemisphere daylight saving. Exits non-zero when any run fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

export const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Auckland'];

mkdirSync('artifacts', { recursive: true });
let failed = 0;
for (const [index, zone] of ZONES.entries()) {
  const slug = zone.replace(/\W+/g, '-');
  console.log(`\n── unit tests, TZ=${zone} ──`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      // The full report once; a dot per test for the other zones keeps CI's log readable.
      `--reporter=${index === 0 ? 'default' : 'dot'}`,
      '--reporter=json',
      `--outputFile.json=artifacts/unit-results-${slug}.json`,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: zone } },
  );
  if (run.status !== 0) {
    failed += 1;
    console.error(`unit tests failed under TZ=${zone}`);
  }
}
process.exit(failed ? 1 : 0);

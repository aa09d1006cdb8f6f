/**
 * The smallest test runner that does the job: tests run one after another, each in its own Firefox, no
 * retries; prints each result and writes a report in Vitest's JSON shape (`numPassedTests`,
 * `numFailedTests`) that scripts/count-results.mjs sums. Exits non-zero when any test fails.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchFirefox, type Session } from './firefox.ts';

type Test = { name: string; fn: (session: Session) => Promise<void> };
const tests: Test[] = [];
const TEST_TIMEOUT = 60_000;

export function test(name: string, fn: (session: Session) => Promise<void>): void {
  tests.push({ name, fn });
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export async function run(reportFile = 'artifacts/firefox-results.json'): Promise<void> {
  rmSync(reportFile, { force: true });
  const only = process.env.CL_FIREFOX_GREP;
  const selected = only ? tests.filter((t) => t.name.includes(only)) : tests;
  const results: Array<{ name: string; status: 'passed' | 'failed'; durationMs: number; error?: string }> = [];
  const started = Date.now();
  for (const t of selected) {
    const t0 = Date.now();
    let error: string | undefined;
    let session: Session | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      session = await launchFirefox();
      const s = session;
      await Promise.race([
        t.fn(s),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT} ms`)), TEST_TIMEOUT);
        }),
      ]);
    } catch (e) {
      error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    } finally {
      clearTimeout(timer);
      await session?.close().catch(() => undefined);
    }
    const durationMs = Date.now() - t0;
    results.push({ name: t.name, status: error ? 'failed' : 'passed', durationMs, ...(error ? { error } : {}) });
    console.log(`  ${error ? '✘' : '✓'} [firefox] ${t.name} (${(durationMs / 1000).toFixed(1)}s)`);
    if (error) console.log(error.replace(/^/gm, '      '));
  }
  const numPassedTests = results.filter((r) => r.status === 'passed').length;
  const numFailedTests = results.length - numPassedTests;
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    `${JSON.stringify({ browser: 'firefox-esr', numTotalTests: results.length, numPassedTests, numFailedTests, durationMs: Date.now() - started, results }, null, 2)}\n`,
  );
  console.log(
    `\n  Firefox: ${numPassedTests} passed, ${numFailedTests} failed (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );
  process.exitCode = numFailedTests > 0 || results.length === 0 ? 1 : 0;
}

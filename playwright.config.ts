// Playwright runs the e2e user stories against the built extension in Debian's Chromium.
// One worker: each test launches its own browser with the extension, and the machine has 2 cores.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Screenshot makers for docs/ are not tests: they run only when asked (CL_SCREENSHOTS=1).
  testIgnore: process.env.CL_SCREENSHOTS ? [] : ['**/*-screenshots.spec.ts'],
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  // No retries: a test that passes only on a second try is a failing test, in CI too.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'artifacts/e2e-results.json' }]],
  outputDir: 'test-results',
});

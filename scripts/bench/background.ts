/**
 * One background check of N watched parcels (default 200) against the local tracker emulators, in the
 * built extension: requests per tracker, wall time and the storage the watch list uses before and after.
 * Method: parcels written straight into storage (already baselined,
 * then a manual "check now"); by default only the realistic case, all three trackers enabled.
 *   npx tsx scripts/bench/background.ts [--parcels 200] [--dist dist] [--each]   (prints JSON)
 * `--each` adds one run per tracker alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { emulateTrackers, PARCELSAPP_KEY, SEVENTEEN_KEY } from '../../e2e/emulators/index.ts';
import { grantTrackerAccess } from '../../e2e/fixtures/permissions.ts';
import { CHROMIUM, extensionArgs } from '../chromium.mjs';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const COUNT = Number(arg('parcels', '200'));
const DIST = path.resolve(arg('dist', process.env.CL_DIST ?? 'dist'));
type TrackerId = 'cainiao' | '17track' | 'parcelsapp';
const ALL: TrackerId[] = ['cainiao', '17track', 'parcelsapp'];
const SCENARIOS: TrackerId[][] = process.argv.includes('--each') ? [...ALL.map((t) => [t]), ALL] : [ALL];

const userDataDir = mkdtempSync(path.join(tmpdir(), 'customs-lens-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: extensionArgs(DIST),
});
try {
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'chrome-extension:',
    (route) => route.abort('blockedbyclient'),
  );
  const trackers = await emulateTrackers(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // 17TRACK's and ParcelsApp's hosts are optional: granted as a user would, or the worker skips them.
  await grantTrackerAccess(context, extensionId, ['17track', 'parcelsapp']);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);

  const numbers = Array.from({ length: COUNT }, (_, i) => `LP${String(10_000_000_000_000 + i)}`);
  numbers.forEach((n, i) => {
    const step = i % 3 === 0 ? 'released' : 'inspection';
    trackers.cainiao.set(n, step);
    trackers.seventeen.set(n, step);
    trackers.parcelsapp.set(n, step);
  });
  const bytesInUse = () =>
    worker.evaluate(async () => ({
      total: await chrome.storage.local.getBytesInUse(null),
      store: await chrome.storage.local.getBytesInUse('customsLens'),
    }));

  const results = [];
  for (const enabled of SCENARIOS) {
    const far = new Date(Date.now() + 30 * 24 * 3600_000).toISOString();
    const parcels = Object.fromEntries(
      numbers.map((n) => [
        n,
        {
          trackingNumber: n,
          addedAt: new Date().toISOString(),
          events: [],
          stage: 'inspection',
          baselined: true,
          notified: [],
          trackers: Object.fromEntries(ALL.map((t) => [t, { failures: 0, nextCheck: far }])),
        },
      ]),
    );
    const settings = {
      trackers: {
        cainiao: { enabled: enabled.includes('cainiao'), apiKey: '' },
        '17track': { enabled: enabled.includes('17track'), apiKey: SEVENTEEN_KEY },
        parcelsapp: { enabled: enabled.includes('parcelsapp'), apiKey: PARCELSAPP_KEY },
      },
      checkIntervalMinutes: 360,
      notify: { leftCustoms: true, actionRequired: true, returned: true, delivered: false },
      uiLanguage: 'en',
    };
    await worker.evaluate(
      async ({ parcels, settings }) => {
        await chrome.storage.local.clear();
        await chrome.storage.session.remove('customsLens.manualCheckAt');
        await chrome.storage.local.set({
          customsLens: { version: 1, settings, parcels, panels: {}, unknownCodes: [] },
        });
      },
      { parcels, settings },
    );
    const bytesBefore = await bytesInUse();
    const before = {
      cainiao: trackers.cainiao.requests.length,
      '17track': trackers.seventeen.requests.length,
      parcelsapp: trackers.parcelsapp.requests.length,
    };
    const started = Date.now();
    const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'check-now' }))) as {
      ok: boolean;
      value?: { checked: number; errors: string[] };
      error?: string;
    };
    const wallMs = Date.now() - started;
    const bytesAfter = await bytesInUse();
    results.push({
      trackers: enabled.join('+'),
      parcels: COUNT,
      checked: reply.value?.checked,
      errors: reply.value?.errors ?? reply.error,
      requests: {
        cainiao: trackers.cainiao.requests.length - before.cainiao,
        '17track': trackers.seventeen.requests.length - before['17track'],
        parcelsapp: trackers.parcelsapp.requests.length - before.parcelsapp,
      },
      wallMs,
      storageBytes: { before: bytesBefore, after: bytesAfter },
    });
    await worker.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
  }
  console.log(JSON.stringify({ dist: DIST, results }));
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

// Detection time per scan on the heavy page, two ways:
// 1. In the extension: the content script records `performance.measure('customs-lens:scan')` around each
//    scan; the performance timeline belongs to the document, so the page's main world reads the measures
//    made in the isolated world. Each rescan is triggered like an SPA render would (one DOM change).
// 2. Apart: the detector (find-status.ts + the first-pass trigger, and the full classifier for comparison) bundled into an IIFE with esbuild and injected into
//    the same page without the extension, timing the tree walk and the classifier separately so a missed
//    budget can be pinned on the part that costs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BENCH_URL, launch, measureLoad } from './page-load.mjs';
import { median, percentile } from './stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Scans the content script made on `page`, after triggering `count` rescans one at a time. */
async function extensionScans(page, count) {
  const entries = () => page.evaluate(() => performance.getEntriesByName('customs-lens:scan').map((e) => e.duration));
  await page.waitForFunction(() => performance.getEntriesByName('customs-lens:scan').length > 0, null, {
    timeout: 15_000,
  });
  for (let i = 0; i < count; i += 1) {
    const before = (await entries()).length;
    await page.evaluate((n) => {
      const p = document.createElement('p');
      p.textContent = `Recommended for you ${n}`;
      document.querySelector('footer')?.append(p);
    }, i);
    await page.waitForFunction((n) => performance.getEntriesByName('customs-lens:scan').length > n, before, {
      timeout: 15_000,
    });
  }
  return entries();
}

async function detectorBundle() {
  const result = await build({
    entryPoints: [path.join(here, 'detector-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export async function benchDetection(dist, { scans = 40, rounds = 40 } = {}) {
  const withExt = await launch(dist);
  let inExtension;
  let elements;
  try {
    await measureLoad(withExt.page);
    elements = await withExt.page.evaluate(() => document.getElementsByTagName('*').length);
    const durations = await extensionScans(withExt.page, scans);
    const [first, ...warm] = durations;
    inExtension = {
      firstScanMs: first,
      scans: warm.length,
      medianMs: median(warm),
      p95Ms: percentile(warm, 95),
    };
  } finally {
    await withExt.close();
  }

  const plain = await launch(null);
  let parts;
  try {
    await plain.page.goto(BENCH_URL, { waitUntil: 'load' });
    await plain.page.addScriptTag({ content: await detectorBundle() });
    const results = [];
    for (let i = 0; i < rounds; i += 1)
      results.push(await plain.page.evaluate(() => globalThis.__customsLensBench.round('en')));
    const pick = (key) => results.map((r) => r[key]);
    parts = {
      textsClassified: results[0].texts,
      statusesFound: results[0].found,
      fullScanMedianMs: median(pick('fullScanMs')),
      fullScanP95Ms: percentile(pick('fullScanMs'), 95),
      walkMedianMs: median(pick('walkMs')),
      triggerMedianMs: median(pick('triggerMs')),
      classifyMedianMs: median(pick('classifyMs')),
    };
  } finally {
    await plain.close();
  }
  return { elements, inExtension, injected: parts };
}

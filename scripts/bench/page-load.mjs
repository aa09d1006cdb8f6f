// Page-load overhead and change-observer cost of the content script, measured in real Chromium: the same
// heavy tracking page served at a real AliExpress URL the extension acts on and at one it leaves alone,
// loaded alternately (see pairedLoads). "Load-to-idle" is the time from navigation start until the first
// idle callback after load, noted in the page itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { BASE_ARGS, CHROMIUM, extensionArgs } from '../chromium.mjs';
import { heavyTrackingPage } from './heavy-page.mjs';
import { median } from './stats.mjs';

export const BENCH_URL = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000001';
/** Pages the extension leaves alone (a product page, a search): the same heavy page served at their URLs. */
export const LEFT_ALONE_URLS = [
  'https://www.aliexpress.com/item/1005000000000000.html',
  'https://www.aliexpress.com/w/wholesale-usb-cable.html',
];

export async function launch(dist, { customs = true, url = BENCH_URL, urls = [url] } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'customs-lens-bench-'));
  const args = dist ? extensionArgs(dist) : BASE_ARGS;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
  });
  const html = heavyTrackingPage({ customs });
  await context.route(
    // The extension's own files (the panel module) must not be caught here, or the panel never loads.
    (url) => url.hostname !== '127.0.0.1' && url.protocol !== 'chrome-extension:',
    (route) =>
      urls.some((u) => route.request().url().split('?')[0] === u.split('?')[0])
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
  );
  let extensionId;
  if (dist) {
    // Wait until the extension is up so its start-up is not billed to the first page load.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(recordLoadToIdle);
  return {
    context,
    page,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Installed in every page before its own scripts (addInitScript): notes the time of the first idle
 * callback after the load event, in the page itself, so the figure carries none of the test driver's
 * round trips.
 */
function recordLoadToIdle() {
  const state = { idle: undefined };
  Object.defineProperty(window, '__benchLoad', { value: state });
  addEventListener(
    'load',
    () =>
      requestIdleCallback(() => {
        state.idle = performance.now();
      }),
    { once: true },
  );
}

/** Load-to-idle of one load of `url` (ms since navigation start), measured in the page. */
export async function measureLoad(page, url = BENCH_URL) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__benchLoad?.idle !== undefined, null, { timeout: 15_000 });
  return page.evaluate(() => window.__benchLoad.idle);
}

/**
 * A burst of `count` DOM mutations (an SPA rendering more recommendations): the time until the page's
 * own task and every MutationObserver callback have run (callbacks are microtasks, the extension's
 * included), and, with the extension, the rescans it schedules for the burst (batched: should be one).
 */
export async function measureMutationBurst(page, count = 1000, withExtension = false) {
  const scansBefore = await page.evaluate(() => performance.getEntriesByName('customs-lens:scan').length);
  const handleMs = await page.evaluate(async (n) => {
    const list = document.querySelector('.grid') ?? document.body;
    const start = performance.now();
    for (let i = 0; i < n; i += 1) {
      const div = document.createElement('div');
      div.className = 'product-card';
      div.textContent = `Injected recommendation ${i}`;
      list.append(div);
    }
    await new Promise((r) => setTimeout(r, 0));
    return performance.now() - start;
  }, count);
  if (!withExtension) return { handleMs, rescans: 0, rescanMs: 0 };
  await page.waitForFunction((n) => performance.getEntriesByName('customs-lens:scan').length > n, scansBefore, {
    timeout: 15_000,
  });
  // Long enough for a second batch to show (BATCH_MS 250 + idle timeout 600 in src/content/detector/index.tsx).
  await page.waitForTimeout(1000);
  const scans = await page.evaluate(
    (n) =>
      performance
        .getEntriesByName('customs-lens:scan')
        .slice(n)
        .map((e) => e.duration),
    scansBefore,
  );
  return { handleMs, rescans: scans.length, rescanMs: scans.reduce((sum, d) => sum + d, 0) };
}

/**
 * After a load with the extension: waits for its first scan and the panel it shows, so a later
 * measurement does not bill them; returns the first scan's start and duration (ms since navigation).
 */
export async function settleExtension(page) {
  await page.waitForFunction(() => performance.getEntriesByName('customs-lens:scan').length > 0, null, {
    timeout: 15_000,
  });
  // A build whose panel fails to load must still be measured (and say so), not hang the bench.
  const panelShown = await page
    .waitForSelector('[data-customs-lens]', { state: 'attached', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  const scan = await page.evaluate(async () => {
    await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
    const [first] = performance.getEntriesByName('customs-lens:scan');
    return { startMs: first.startTime, durationMs: first.duration };
  });
  return { ...scan, panelShown };
}

/**
 * The panel's fact reading of the current document, once it is done: its working time in all
 * (customs-lens:read) and each step's (customs-lens:read-step), and the background's answers' round
 * trips (customs-lens:ask:…: classifying the candidates, explaining the reading), in ms.
 */
async function readDurations(page) {
  await page.waitForFunction(() => performance.getEntriesByName('customs-lens:read').length > 0, null, {
    timeout: 15_000,
  });
  await page.waitForFunction(() => performance.getEntriesByName('customs-lens:ask:explain-page').length > 0, null, {
    timeout: 15_000,
  });
  return page.evaluate(() => ({
    total: performance.getEntriesByName('customs-lens:read').map((e) => e.duration),
    steps: performance.getEntriesByName('customs-lens:read-step').map((e) => e.duration),
    explain: performance.getEntriesByName('customs-lens:ask:explain-page').map((e) => e.duration),
    classify: performance.getEntriesByName('customs-lens:ask:classify-texts').map((e) => e.duration),
  }));
}

const settlePlain = (page) => page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));

/**
 * The same heavy page, in the same browser with the extension, at a URL the extension acts on (the
 * tracking page) and at one it leaves alone (a product page: benchLeftAlone shows the content script is
 * never injected there and costs nothing): the difference is exactly what the extension does on the page.
 * Two browser instances differ by more than the 3 % budget on their own (one pairing measured 0.82
 * between two identical launches without any code of ours running), so the comparison stays inside one.
 * Loads alternate A-B, B-A so drift on the machine hits both sides alike.
 */
async function pairedLoads(page, runs, onActedOn = async () => {}) {
  const actedOn = [];
  const leftAlone = [];
  await measureLoad(page, BENCH_URL);
  await measureLoad(page, LEFT_ALONE_URLS[0]);
  for (let i = 0; i < runs; i += 1) {
    const order = i % 2 ? ['acted', 'left'] : ['left', 'acted'];
    for (const side of order) {
      if (side === 'left') leftAlone.push(await measureLoad(page, LEFT_ALONE_URLS[0]));
      else {
        const idle = await measureLoad(page, BENCH_URL);
        actedOn.push(idle);
        await onActedOn(idle);
      }
    }
  }
  return { actedOn, leftAlone };
}

/** Medians of paired loads and their ratio (acted on ÷ left alone). */
function loadFigures(runs, { actedOn, leftAlone }) {
  return {
    runs,
    loadToIdleWithMs: median(actedOn),
    loadToIdleWithoutMs: median(leftAlone),
    loadRatio: median(actedOn) / median(leftAlone),
  };
}

export async function benchPageLoad(dist, runs = 25, bursts = 9) {
  const urls = [BENCH_URL, LEFT_ALONE_URLS[0]];
  const withExt = await launch(dist, { urls });
  const firstScans = [];
  const burstWith = [];
  const burstWithout = [];
  const reads = [];
  const readSteps = [];
  const explains = [];
  const classifies = [];
  let loads;
  try {
    loads = await pairedLoads(withExt.page, runs, async (idle) => {
      const scan = await settleExtension(withExt.page);
      firstScans.push({ ...scan, beforeIdle: scan.startMs + scan.durationMs <= idle });
      const read = await readDurations(withExt.page);
      reads.push(...read.total);
      readSteps.push(...read.steps);
      explains.push(...read.explain);
      classifies.push(...read.classify);
    });
    for (let i = 0; i < bursts; i += 1) {
      await measureLoad(withExt.page, BENCH_URL);
      await settleExtension(withExt.page);
      burstWith.push(await measureMutationBurst(withExt.page, 1000, true));
      await measureLoad(withExt.page, LEFT_ALONE_URLS[0]);
      await settlePlain(withExt.page);
      burstWithout.push(await measureMutationBurst(withExt.page));
    }
  } finally {
    await withExt.close();
  }
  return {
    ...loadFigures(runs, loads),
    firstScanMedianMs: median(firstScans.map((s) => s.durationMs)),
    firstScanEndedBeforeIdle: firstScans.filter((s) => s.beforeIdle).length,
    panelShown: firstScans.filter((s) => s.panelShown).length,
    readMedianMs: median(reads),
    readStepMaxMs: Math.max(...readSteps),
    readStepMedianMs: median(readSteps),
    explainMedianMs: median(explains),
    explainMaxMs: Math.max(...explains),
    classifyMedianMs: median(classifies),
    burstWithMs: median(burstWith.map((r) => r.handleMs)),
    burstWithoutMs: median(burstWithout.map((r) => r.handleMs)),
    burstRescans: Math.max(...burstWith.map((r) => r.rescans)),
    burstRescanMs: median(burstWith.map((r) => r.rescanMs)),
  };
}

/**
 * The same ratio on the heavy tracking page *without* a customs status: what every other tracking page
 * pays for the detector alone (a full scan, no panel).
 */
export async function benchPageLoadWithoutStatus(dist, runs = 25) {
  const withExt = await launch(dist, { customs: false, urls: [BENCH_URL, LEFT_ALONE_URLS[0]] });
  let loads;
  try {
    loads = await pairedLoads(withExt.page, runs);
  } finally {
    await withExt.close();
  }
  return loadFigures(runs, loads);
}

/**
 * Whether the extension's content script runs in `page` (its isolated world exists), asked once the page
 * has loaded and gone idle: a script declared for the page runs at document_idle, at the latest right
 * after the load event.
 */
export async function contentScriptInjected(page, extensionId) {
  const cdp = await page.context().newCDPSession(page);
  let found = false;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.includes(extensionId)) found = true;
  });
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return found;
}

/**
 * Turns the extension on or off from chrome://extensions (`chrome.management.setEnabled`, what its switch
 * does there) and waits until the change has settled: a disabled extension runs nothing at all.
 */
async function setExtensionEnabled(control, extensionId, enabled) {
  await control.evaluate(
    ([id, on]) => new Promise((resolve) => chrome.management.setEnabled(id, on, resolve)),
    [extensionId, enabled],
  );
  await control.waitForFunction(
    ([id, on]) => new Promise((resolve) => chrome.management.get(id, (info) => resolve(info.enabled === on))),
    [extensionId, enabled],
  );
  // Its worker starting (or stopping) is not billed to the next page load.
  await control.waitForTimeout(500);
}

/**
 * Pages the extension leaves alone (product, search): the heavy page at their URLs, loaded in one browser
 * with the extension on and then off (chrome://extensions), in blocks that alternate on-off, off-on. One
 * browser, because two identical launches differ by more than the budget on their own. The content
 * script must not be injected at all, so the ratio is 1.00 within the machine's noise.
 */
export async function benchLeftAlone(dist, runs = 25, block = 5) {
  const perUrl = [];
  for (const url of LEFT_ALONE_URLS) {
    const browser = await launch(dist, { customs: false, url });
    const control = await browser.context.newPage();
    const on = [];
    const off = [];
    let injected = 0;
    try {
      await control.goto('chrome://extensions');
      await measureLoad(browser.page, url);
      for (let round = 0; on.length < runs || off.length < runs; round += 1) {
        for (const enabled of round % 2 ? [false, true] : [true, false]) {
          const into = enabled ? on : off;
          if (into.length >= runs) continue;
          await setExtensionEnabled(control, browser.extensionId, enabled);
          // One unmeasured load after each switch: the first one pays for whatever the switch left behind.
          await measureLoad(browser.page, url);
          for (let i = 0; i < block && into.length < runs; i += 1) {
            into.push(await measureLoad(browser.page, url));
            if (enabled && (await contentScriptInjected(browser.page, browser.extensionId))) injected += 1;
          }
        }
      }
    } finally {
      await browser.close();
    }
    perUrl.push({
      url,
      runs,
      injected,
      loadToIdleWithMs: median(on),
      loadToIdleWithoutMs: median(off),
      loadRatio: median(on) / median(off),
    });
  }
  return perUrl;
}

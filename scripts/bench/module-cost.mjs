// Where loading the panel module costs the page: Chromium's trace of loads of the heavy tracking page
// with the extension, summed per extension file. V8 parses a module of this size on a background thread
// (v8.parseOnBackground); what the page's own thread pays is compiling and evaluating it.
import { BENCH_URL, launch } from './page-load.mjs';
import { median } from './stats.mjs';

const MAIN_THREAD = new Set(['v8.compile', 'v8.compileModule', 'EvaluateScript', 'v8.evaluateModule']);

/** One traced load: per file, ms parsed off the main thread and ms compiled/evaluated on it. */
async function tracedLoad(page, cdp) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(BENCH_URL, { waitUntil: 'load' });
  await page.waitForSelector('[data-customs-lens]', { state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const files = {};
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const url = String(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? '');
    if (!url.startsWith('chrome-extension://')) continue;
    const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '').split('?')[0];
    files[file] ??= { offThreadMs: 0, mainThreadMs: 0 };
    const entry = files[file];
    if (e.name === 'v8.parseOnBackground') entry.offThreadMs += e.dur / 1000;
    else if (MAIN_THREAD.has(e.name)) entry.mainThreadMs += e.dur / 1000;
  }
  return files;
}

/** Medians over `loads` traced loads, for the panel module. */
export async function benchModuleCost(dist, loads = 7) {
  const ext = await launch(dist);
  const samples = [];
  try {
    const cdp = await ext.context.newCDPSession(ext.page);
    await tracedLoad(ext.page, cdp);
    for (let i = 0; i < loads; i += 1) samples.push(await tracedLoad(ext.page, cdp));
  } finally {
    await ext.close();
  }
  const panel = samples.map((s) => s['src/content/panel.js'] ?? { offThreadMs: 0, mainThreadMs: 0 });
  return {
    loads,
    panelOffThreadMs: median(panel.map((p) => p.offThreadMs)),
    panelMainThreadMs: median(panel.map((p) => p.mainThreadMs)),
  };
}

/**
 * Screenshots of the on-page panel for docs/screenshots/ (README): collapsed and expanded, light and dark,
 * right-to-left, and the order-list badges. Drives the built extension (CL_DIST, else dist/) in Debian's
 * Chromium on the e2e fixture pages, served at real AliExpress URLs with dates relative to today.
 * Run: `npx vite build && npx tsx scripts/screenshots-panel.ts [outDir]`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from '../e2e/fixtures/extension.ts';
import { fixtureHtml } from '../e2e/panel-serve.ts';

const OUT = path.resolve(process.argv[2] ?? 'docs/screenshots');
const PAD = 14;

type Shot = {
  file: string;
  url: string;
  fixture: string;
  scheme: 'light' | 'dark';
  collapse?: boolean;
  target?: 'panel' | 'list';
  width?: number;
};

const EN = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101';
const SHOTS: Shot[] = [
  { file: 'panel-expanded-light.png', url: EN, fixture: 'panel-tracking-en.html', scheme: 'light' },
  { file: 'panel-collapsed-light.png', url: EN, fixture: 'panel-tracking-en.html', scheme: 'light', collapse: true },
  { file: 'panel-expanded-dark.png', url: EN, fixture: 'panel-tracking-en.html', scheme: 'dark' },
  { file: 'panel-collapsed-dark.png', url: EN, fixture: 'panel-tracking-en.html', scheme: 'dark', collapse: true },
  {
    file: 'panel-rtl-he.png',
    url: 'https://he.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000103',
    fixture: 'panel-tracking-he.html',
    scheme: 'light',
  },
  {
    file: 'panel-order-detail-fr.png',
    url: 'https://fr.aliexpress.com/p/order/detail.html?orderId=8180000000000104',
    fixture: 'panel-order-detail-fr.html',
    scheme: 'light',
  },
  {
    file: 'panel-order-list-badges.png',
    url: 'https://www.aliexpress.com/p/order/index.html',
    fixture: 'panel-order-list-en.html',
    scheme: 'light',
    target: 'list',
  },
];

async function clipAround(page: Page, selector: string, extra = 0) {
  const boxes = await page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y + scrollY, right: r.right, bottom: r.bottom + scrollY };
    }),
  );
  const x = Math.min(...boxes.map((b) => b.x)) - PAD;
  const y = Math.min(...boxes.map((b) => b.y)) - PAD;
  const right = Math.max(...boxes.map((b) => b.right)) + PAD;
  const bottom = Math.max(...boxes.map((b) => b.bottom)) + PAD + extra;
  return { x: Math.max(0, x), y: Math.max(0, y), width: right - x, height: bottom - y };
}

async function shoot(shot: Shot): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'customs-lens-shots-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(),
    colorScheme: shot.scheme,
    viewport: { width: shot.width ?? 1000, height: 1400 },
    deviceScaleFactor: 1,
  });
  try {
    await context.route(
      (u) => u.protocol !== 'chrome-extension:',
      (route) => route.abort('blockedbyclient'),
    );
    const body = fixtureHtml(shot.fixture);
    const target = new URL(shot.url);
    await context.route(
      (u) => u.origin === target.origin && u.pathname === target.pathname,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(shot.url);
    if (shot.target === 'list') {
      await page.locator('[data-customs-lens="badge"]').first().waitFor();
      await page.screenshot({ path: path.join(OUT, shot.file), clip: await clipAround(page, '.card.order') });
      return;
    }
    const host = page.locator('[data-customs-lens="panel"]');
    await host.locator('section').waitFor();
    if (shot.collapse) await host.getByTestId('panel-toggle').click();
    // A click leaves the pointer over the toggle and focus on it: screenshots show the resting state.
    await page.mouse.move(0, 0);
    await host.evaluate((el) => (el.shadowRoot?.activeElement as HTMLElement | null)?.blur());
    await host.getByTestId('watch-toggle').and(page.locator(':enabled')).waitFor();
    // The panel and the page's status title above the timeline: the panel in its context.
    await page.screenshot({
      path: path.join(OUT, shot.file),
      clip: await clipAround(page, '[data-customs-lens="panel"], [data-customs-lens="panel"] + .status-title', 40),
    });
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(OUT, { recursive: true });
for (const shot of SHOTS) {
  await shoot(shot);
  console.log(`wrote ${path.join(OUT, shot.file)}`);
}

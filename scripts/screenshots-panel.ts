/**
 * Screenshots of the on-page panel for docs/screenshots/ (README): collapsed and expanded, light and dark,
 * right-to-left, French order detail, the order-list badges and the duties estimate; then the store images
 * (store/images/: 1280×800 screenshots and the 440×280 small promo tile). Drives the built extension
 * (CL_DIST, else dist/) in Debian's Chromium on the e2e fixture pages, served at real AliExpress URLs with
 * dates relative to today. Every picture is recorded with its sources' hashes (scripts/picture-sources.ts).
 *
 * Pictures are cut on element boundaries: everything on the page but the subject (the panel, or the order
 * cards) is made invisible, so the padding around it is plain page: no cut-off line of text at an edge.
 * The store screenshots of the popup and options reuse docs/screenshots/popup.png and options.png: run
 * `CL_SCREENSHOTS=1 npx playwright test e2e/popup-screenshots.spec.ts` first.
 * Run: `CL_DIST=dist-shots npx vite build && CL_DIST=dist-shots npx tsx scripts/screenshots-panel.ts`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from '../e2e/fixtures/extension.ts';
import { fixtureHtml } from '../e2e/panel-serve.ts';
import { recordPictures } from './picture-sources.ts';

const DOCS = 'docs/screenshots';
const STORE = 'store/images';
const PAD = 16;

type Shot = {
  file: string;
  url: string;
  fixture: string;
  scheme: 'light' | 'dark';
  collapse?: boolean;
  /** Open the "why" of the duties estimate (its sources and dates). */
  openWhy?: boolean;
  target?: 'panel' | 'list';
};

const EN = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101';
const GB = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227501';
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
  { file: 'panel-charges.png', url: GB, fixture: 'charges-tracking-gb.html', scheme: 'light', openWhy: true },
];

const PANEL = '[data-customs-lens="panel"]';
const SUBJECT = { panel: PANEL, list: '.card.order' };

/** Hides everything but `selector` (and what is inside it); returns the subject's box with PAD around it. */
async function isolate(page: Page, selector: string) {
  const box = await page.evaluate(
    ([sel, pad]) => {
      const keep = [...document.querySelectorAll<HTMLElement>(sel)];
      document.body.style.visibility = 'hidden';
      for (const el of keep) el.style.visibility = 'visible';
      const rects = keep.map((el) => el.getBoundingClientRect());
      const x = Math.min(...rects.map((r) => r.left)) - pad;
      const y = Math.min(...rects.map((r) => r.top)) + scrollY - pad;
      const right = Math.max(...rects.map((r) => r.right)) + pad;
      const bottom = Math.max(...rects.map((r) => r.bottom)) + scrollY + pad;
      return { x: Math.max(0, x), y: Math.max(0, y), width: right - Math.max(0, x), height: bottom - Math.max(0, y) };
    },
    [selector, PAD] as const,
  );
  return { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) };
}

/** The resting state: no transition half-way, no hover, no focus ring, fonts loaded. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    const host = document.querySelector('[data-customs-lens="panel"]');
    (host?.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
    const animations = [...document.getAnimations(), ...(host?.shadowRoot?.getAnimations() ?? [])];
    await Promise.all(animations.map((a) => a.finished.catch(() => undefined)));
  });
}

async function openPanelPage(shot: Shot, viewport: { width: number; height: number }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'customs-lens-shots-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(),
    colorScheme: shot.scheme,
    reducedMotion: 'reduce',
    viewport,
    deviceScaleFactor: 1,
  });
  const close = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  };
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
    await settle(page);
    return { page, close };
  }
  const host = page.locator(PANEL);
  await host.locator('section.panel').waitFor();
  if (shot.collapse) await host.getByTestId('panel-toggle').click();
  if (shot.openWhy) await host.getByTestId('charges-why').locator('summary').click();
  await host.getByTestId('watch-toggle').and(page.locator(':enabled')).waitFor();
  await settle(page);
  return { page, close };
}

async function shoot(shot: Shot): Promise<string> {
  const { page, close } = await openPanelPage(shot, { width: 1000, height: 1400 });
  try {
    const file = path.join(DOCS, shot.file);
    await page.screenshot({ path: file, clip: await isolate(page, SUBJECT[shot.target ?? 'panel']) });
    return file;
  } finally {
    await close();
  }
}

// ── Store images ──────────────────────────────────────────────────────────────────────────────────────────

type Listing = {
  name: string;
  images: { screenshots: Array<{ file: string; caption: string; picture: string; fit?: 'top' }>; promo: string };
};

const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const FRAME_CSS = `*{box-sizing:border-box}body{margin:0;font-family:"DejaVu Sans",Arial,sans-serif;
background:linear-gradient(135deg,#eaf1fb,#f7f9fc);color:#14213d;overflow:hidden}`;

/**
 * A 1280×800 store screenshot: the caption on the left, the picture on the right, scaled down to fit — or, with
 * fit 'top' (a tall page), at full width and cut at the bottom under a fade, on a boundary the fade hides.
 */
function frameHtml(name: string, caption: string, picture: string, icon: string, fit?: 'top'): string {
  return `<!doctype html><meta charset="utf-8"><style>${FRAME_CSS}
.frame{width:1280px;height:800px;display:flex;align-items:center;gap:48px;padding:48px 56px}
.text{flex:0 0 330px}.brand{display:flex;align-items:center;gap:12px;font-size:22px;font-weight:700;margin-bottom:28px}
.brand img{width:44px;height:44px}.caption{font-size:30px;line-height:1.3;font-weight:700}
.shot{flex:1;height:100%;display:flex;align-items:center;justify-content:center;min-width:0}
.shot.top{align-items:flex-start;overflow:hidden;-webkit-mask-image:linear-gradient(#000 82%,transparent)}
.shot.top img{max-height:none}
.shot img{max-width:100%;max-height:100%;object-fit:contain;object-position:top;border-radius:10px;
box-shadow:0 10px 36px rgba(20,33,61,.22);background:#fff}</style>
<div class="frame"><div class="text"><div class="brand"><img src="${icon}" alt="">${escapeHtml(name)}</div>
<div class="caption">${escapeHtml(caption)}</div></div><div class="shot${fit ? ` ${fit}` : ''}"><img src="${dataUrl(picture)}" alt=""></div></div>`;
}

function promoHtml(name: string, promo: string, icon: string): string {
  return `<!doctype html><meta charset="utf-8"><style>${FRAME_CSS}
.tile{width:440px;height:280px;display:flex;flex-direction:column;justify-content:center;gap:18px;padding:28px 32px;
background:linear-gradient(135deg,#1559c8,#0b3a8a);color:#fff}
.brand{display:flex;align-items:center;gap:14px;font-size:26px;font-weight:700}.brand img{width:60px;height:60px}
.promo{font-size:19px;line-height:1.35}</style>
<div class="tile"><div class="brand"><img src="${icon}" alt="">${escapeHtml(name)}</div>
<div class="promo">${escapeHtml(promo)}</div></div>`;
}

async function storeImages(browser: Browser): Promise<string[]> {
  const { name, images } = JSON.parse(readFileSync('store/en.json', 'utf8')) as Listing;
  const icon = dataUrl('public/icons/icon-128.png');
  mkdirSync(STORE, { recursive: true });
  const written: string[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    for (const shot of images.screenshots) {
      const picture = path.join(DOCS, shot.picture);
      if (!existsSync(picture)) throw new Error(`${picture} is missing: run the popup screenshots first`);
      await page.setContent(frameHtml(name, shot.caption, picture, icon, shot.fit));
      await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
      const file = path.join(STORE, shot.file);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1280, height: 800 } });
      written.push(file);
    }
    await page.setViewportSize({ width: 440, height: 280 });
    await page.setContent(promoHtml(name, images.promo, icon));
    await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
    const tile = path.join(STORE, 'promo-small-440x280.png');
    await page.screenshot({ path: tile, clip: { x: 0, y: 0, width: 440, height: 280 } });
    written.push(tile);
  } finally {
    await page.close();
  }
  return written;
}

mkdirSync(DOCS, { recursive: true });
const only = process.argv.slice(2);
for (const shot of SHOTS.filter((s) => !only.length || only.includes(s.file))) {
  const file = await shoot(shot);
  recordPictures([file]);
  console.log(`wrote ${file}`);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  for (const file of await storeImages(browser)) {
    recordPictures([file]);
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}

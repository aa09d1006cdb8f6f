// Hostile text on an AliExpress page: markup and script inside event texts, bidi overrides (U+202E),
// zero-width characters and a megabyte of text. The panel shows page text as text only, keeps the
// bidi override from reordering anything outside its own text, and the page stays usable: the detector
// finishes, the page answers, and watching the parcel still works.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension.ts';
import { dated } from './panel-serve.ts';

const URL_ = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000777';
const TN = 'LP00555566667777';
const RLO = '\u202E';
const ZW = '\u200B\u200C\u200D\uFEFF';
const MEGABYTE = 'A'.repeat(1024 * 1024);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function hostilePage(): string {
  const status = `Customs update: We're inspecting your order ${RLO}redro${ZW}<img src=x onerror="window.__clPwned=1">`;
  return dated(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Track order</title></head>
<body><div id="root"><h1>Track order</h1>
<div>Order ID: 8180000000000777 · Tracking number: ${TN}</div>
<ul class="timeline">
<li><span class="time">{{-1 10:00}}</span><div><div class="desc">${escapeHtml(status)}</div><span class="place">${escapeHtml('<b onmouseover="window.__clPwned=1">Madrid</b>')}</span></div></li>
<li><span class="time">{{-2 09:00}}</span><div><div class="desc">Import customs clearance started${ZW}</div><span class="place">Madrid${RLO}</span></div></li>
<li><span class="time">{{-3 08:00}}</span><div><div class="desc">${escapeHtml('<script>window.__clPwned=1</script>')} Arrived at destination country</div></div></li>
</ul>
<p class="blob">${MEGABYTE}</p>
<p>${RLO.repeat(500)}${ZW.repeat(500)}</p>
</div>
<script>window.__fullLoads = (window.__fullLoads || 0) + 1;</script>
</body></html>`);
}

const panel = (page: Page) => page.locator('[data-customs-lens="panel"]');

test('markup, script, bidi overrides, zero-width characters and a megabyte string stay text', async ({
  context,
  page,
  worker,
}) => {
  const body = hostilePage();
  expect(body.length).toBeGreaterThan(1024 * 1024);
  await context.route(
    (u) => u.href.startsWith('https://www.aliexpress.com/p/tracking/'),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
  await page.goto(URL_);
  const host = panel(page);
  await expect(host).toHaveAttribute('data-stage', 'inspection');
  await expect(host).toHaveAttribute('data-tracking-number', TN);

  // Nothing the page said became an element inside the panel.
  const inside = await host.evaluate((el) => {
    const root = el.shadowRoot;
    return {
      tags: [...(root?.querySelectorAll('img, script, b, iframe, object, [onerror], [onmouseover]') ?? [])].map(
        (e) => e.tagName,
      ),
      text: root?.textContent ?? '',
    };
  });
  expect(inside.tags).toEqual([]);
  expect(inside.text).toContain('<img src=x onerror="window.__clPwned=1">');
  // The megabyte blob is not a status and is not carried into the panel.
  expect(inside.text.length).toBeLessThan(20_000);
  expect(inside.text).not.toContain('A'.repeat(1000));

  // Bidi overrides stay inside an isolating element, so they cannot flip the panel's own labels.
  const isolated = await host.evaluate((el, rlo) => {
    const root = el.shadowRoot;
    if (!root) return [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out: Array<{ tag: string; unicodeBidi: string; dir: string | null }> = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.nodeValue?.includes(rlo)) continue;
      let e = n.parentElement;
      // The nearest isolating ancestor: <bdi>, dir="auto", or CSS unicode-bidi isolate/plaintext.
      while (
        e &&
        e.tagName !== 'BDI' &&
        e.getAttribute('dir') !== 'auto' &&
        !/isolate|plaintext/.test(getComputedStyle(e).unicodeBidi)
      ) {
        e = e.parentElement;
      }
      out.push({
        tag: e?.tagName ?? 'none',
        unicodeBidi: e ? getComputedStyle(e).unicodeBidi : '',
        dir: e?.getAttribute('dir') ?? null,
      });
    }
    return out;
  }, RLO);
  expect(isolated.length).toBeGreaterThan(0);
  for (const i of isolated) expect(i.tag).not.toBe('none');

  // Hovering the texts runs nothing; the page still answers and was never reloaded.
  await host.locator('section.panel').hover();
  expect(await page.evaluate(() => (window as { __clPwned?: number }).__clPwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as { __fullLoads?: number }).__fullLoads)).toBe(1);
  const scans = await page.evaluate(() => performance.getEntriesByName('customs-lens:scan').length);
  expect(scans).toBeGreaterThan(0);

  // Watching from this page still works, and what is stored is the text, bounded.
  await host.getByTestId('watch-toggle').click();
  await expect(host.getByTestId('watch-toggle')).toHaveAttribute('aria-pressed', 'true');
  type Stored = { customsLens?: { parcels: Record<string, { events: Array<{ text: string }> }> } };
  await expect
    .poll(async () =>
      Object.keys(
        ((await worker.evaluate(() => chrome.storage.local.get('customsLens'))) as Stored).customsLens?.parcels ?? {},
      ),
    )
    .toEqual([TN]);
  const stored = ((await worker.evaluate(() => chrome.storage.local.get('customsLens'))) as Stored).customsLens;
  const texts = stored?.parcels[TN]?.events.map((e) => e.text) ?? [];
  expect(texts.some((t) => t.includes('<img src=x'))).toBe(true);
  for (const t of texts) expect(t.length).toBeLessThanOrEqual(2000);
});

test('the page’s own scripts cannot press our buttons inside the open shadow root', async ({
  context,
  page,
  worker,
}) => {
  await context.route(
    (u) => u.hostname === 'www.aliexpress.com',
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostilePage() }),
  );
  await page.goto(URL_);
  const toggle = panel(page).getByTestId('watch-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // A script clicks "Watch" and "Dismiss" through the open shadow root: untrusted events, ignored.
  await page.evaluate(() => {
    const root = document.querySelector('[data-customs-lens="panel"]')?.shadowRoot;
    for (const id of ['watch-toggle', 'panel-dismiss']) {
      (root?.querySelector(`[data-testid="${id}"]`) as HTMLElement | null)?.click();
    }
  });
  await page.waitForTimeout(800);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(panel(page)).toBeVisible();
  const watched = await worker.evaluate(async () => {
    const doc = (await chrome.storage.local.get('customsLens')).customsLens as { parcels?: object } | undefined;
    return Object.keys(doc?.parcels ?? {});
  });
  expect(watched).toEqual([]);
  // The user's own click still works.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

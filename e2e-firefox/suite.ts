/**
 * The extension in Firefox (Debian's firefox-esr, the dist-firefox build installed as a temporary add-on):
 * the panel on tracking and order-detail pages, the order list's badges and its in-app navigation, and
 * "Watch" with a real (trusted) click reaching the background, which then starts a check at Cainiao,
 * the charges section from the destination's own knowledge module, and the panel at phone width.
 *
 * What Firefox's WebDriver BiDi does not allow, and so is not tested here (see README "Tested in which
 * browser"): opening moz-extension:// pages (popup, options) and seeing or answering the background
 * script's fetches (they reach neither page nor global interception; only the guard proxy sees the
 * CONNECT), hence no tracker answer and no notification.
 *
 * Run: BROWSER=firefox npx vite build && npx tsx e2e-firefox/suite.ts (or `npm run test:firefox`).
 */
import { fixtureHtml, viewerZone } from '../e2e/panel-serve.ts';
import { expectAttributes, expectInPanel, expectPanel, inPanel } from './firefox.ts';
import { assert, run, test } from './harness.ts';

const tracking: Array<{
  name: string;
  url: string;
  file: string;
  panel: Record<string, string>;
  lang: string;
  dir: string;
}> = [
  {
    name: 'tracking page, English (www.aliexpress.com): stage, number, days at customs',
    url: 'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8180000000000101',
    file: 'panel-tracking-en.html',
    panel: { 'data-stage': 'inspection', 'data-tracking-number': 'LP00123456789012', 'data-days-in-customs': '6' },
    lang: 'en',
    dir: 'ltr',
  },
  {
    name: 'tracking page, Hebrew right-to-left (he.aliexpress.com)',
    url: 'https://he.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000103',
    file: 'panel-tracking-he.html',
    panel: { 'data-stage': 'action_required', 'data-tracking-number': 'LP00987654321098', 'data-days-in-customs': '4' },
    lang: 'he',
    dir: 'rtl',
  },
  {
    name: 'real tracking page (v2 markup): "Left from customs", days counted from import',
    url: 'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8197254807227491',
    file: 'real-tracking-v2.html',
    panel: {
      'data-stage': 'released',
      'data-tracking-number': 'LP00664492365524',
      'data-order-id': '8197254807227491',
      'data-days-in-customs': '3',
    },
    lang: 'en',
    dir: 'ltr',
  },
];

for (const c of tracking) {
  test(c.name, async ({ page, serve }) => {
    serve(c.url, fixtureHtml(c.file));
    await page.goto(c.url);
    // Fixtures print times in the viewer's zone: Firefox must be in the zone they were printed for.
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    assert(zone === viewerZone(), `Firefox's zone ${zone} is not the fixtures' ${viewerZone()}`);
    await expectPanel(page, c.panel);
    await expectInPanel(page, 'section', 'lang', c.lang);
    await expectInPanel(page, 'section', 'dir', c.dir);
    const shadow = await page.$eval('[data-customs-lens="panel"]', (el) => el.shadowRoot?.mode ?? null);
    assert(shadow === 'open', `panel shadow root: ${shadow}`);
    const count = await page.$$eval('[data-customs-lens="panel"]', (els) => els.length);
    assert(count === 1, `${count} panels on the page`);
  });
}

test('order detail, French: order id, collapsible details with a real click', async ({ page, serve }) => {
  const url = 'https://fr.aliexpress.com/p/order/detail.html?orderId=8180000000000104';
  serve(url, fixtureHtml('panel-order-detail-fr.html'));
  await page.goto(url);
  await expectPanel(page, {
    'data-stage': 'import_received',
    'data-tracking-number': 'LP00555566667777',
    'data-days-in-customs': '2',
    'data-order-id': '8180000000000104',
  });
  await expectInPanel(page, '[data-testid="panel-toggle"]', 'aria-expanded', 'true');
  await (await inPanel(page, '[data-testid="panel-toggle"]'))?.click();
  await expectInPanel(page, '[data-testid="panel-toggle"]', 'aria-expanded', 'false');
});

test('order list: a badge per customs order; its link opens the tracking page in-app with the panel', async ({
  page,
  serve,
}) => {
  const url = 'https://www.aliexpress.com/p/order/index.html';
  serve(url, fixtureHtml('panel-order-list-en.html'));
  await page.goto(url);
  await expectAttributes(page, '[data-customs-lens="badge"][data-order-id="8180000000000201"]', {
    'data-stage': 'inspection',
  });
  await expectAttributes(page, '[data-customs-lens="badge"][data-order-id="8180000000000202"]', {
    'data-stage': 'delay',
  });
  const badges = await page.$$eval('[data-customs-lens="badge"]', (els) => els.length);
  assert(badges === 2, `${badges} badges, expected 2`);
  assert((await page.$('[data-customs-lens="panel"]')) === null, 'a panel on the order list');
  const link = await page.waitForSelector('[data-customs-lens="badge"][data-order-id="8180000000000201"] >>> a');
  await link?.click();
  await page.waitForFunction(() => location.href.includes('/p/tracking/index.html?tradeOrderId=8180000000000201'));
  await expectPanel(page, { 'data-stage': 'inspection', 'data-days-in-customs': '3' });
  const fullLoads = await page.evaluate(() => (window as { __fullLoads?: number }).__fullLoads);
  assert(fullLoads === 1, `the page loaded ${fullLoads} times: the in-app navigation reloaded it`);
});

test('Watch: a real click is stored by the background, which starts a Cainiao check; the page remembers it', async ({
  page,
  serve,
  guard,
}) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101';
  serve(url, fixtureHtml('panel-tracking-en.html'));
  await page.goto(url);
  await expectPanel(page, { 'data-stage': 'inspection', 'data-tracking-number': 'LP00123456789012' });
  const toggle = '[data-testid="watch-toggle"]';
  await expectInPanel(page, toggle, 'aria-pressed', 'false');
  await page.waitForSelector(`[data-customs-lens="panel"] >>> ${toggle}:not([disabled])`);
  const askedCainiao = () => guard.asked.some((line) => line.startsWith('CONNECT global.cainiao.com:443 '));
  assert(!askedCainiao(), 'Cainiao was asked before anything was watched');
  await (await inPanel(page, toggle))?.click();
  await expectInPanel(page, toggle, 'aria-pressed', 'true');
  // The background's first look at the new parcel: seen only as the guard proxy's CONNECT (refused).
  const deadline = Date.now() + 15_000;
  while (!askedCainiao() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert(
    askedCainiao(),
    `the background never asked Cainiao; the guard saw: ${JSON.stringify([...new Set(guard.asked)])}`,
  );
  // A reload asks the background again ('is-watched'): the parcel is in its store.
  await page.reload();
  await expectPanel(page, { 'data-stage': 'inspection' });
  await expectInPanel(page, toggle, 'aria-pressed', 'true');
  await page.waitForSelector(`[data-customs-lens="panel"] >>> ${toggle}:not([disabled])`);
  await (await inPanel(page, toggle))?.click();
  await expectInPanel(page, toggle, 'aria-pressed', 'false');
  await page.reload();
  await expectPanel(page, { 'data-stage': 'inspection' });
  await expectInPanel(page, toggle, 'aria-pressed', 'false');
});

test('UK parcel held for duties: the background explains the page — Royal Mail estimate and page, seller message', async ({
  page,
  serve,
}) => {
  // The panel sends its reading to Firefox's background script, which answers with the view (advice,
  // charges for the destination, the seller message): the messages and the knowledge must work there.
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227501';
  serve(url, fixtureHtml('charges-tracking-gb.html'));
  await page.goto(url);
  await expectPanel(page, { 'data-stage': 'action_required' });
  await expectInPanel(page, '[data-testid="panel-charges"]', 'data-charges', 'estimate');
  await expectInPanel(page, '[data-testid="charges-pay"]', 'data-payment-page', 'royal_mail');
  await expectInPanel(
    page,
    '[data-testid="charges-pay"]',
    'href',
    'https://personal.help.royalmail.com/app/answers/detail/a_id/143',
  );
  await inPanel(page, '[data-testid="copy-seller-message"]');
});

test('phone width (390×844, as on Firefox for Android): the panel fits, nothing scrolls sideways', async ({
  page,
  serve,
}) => {
  await page.setViewport({ width: 390, height: 844 });
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101';
  serve(url, fixtureHtml('panel-tracking-en.html'));
  await page.goto(url);
  await expectPanel(page, { 'data-stage': 'inspection', 'data-days-in-customs': '6' });
  const layout = await page.evaluate(() => {
    const root = document.querySelector('[data-customs-lens="panel"]')?.shadowRoot;
    const outside = [...(root?.querySelectorAll('*') ?? [])]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < -0.5 || r.right > window.innerWidth + 0.5))
      .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
    return { width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, outside };
  });
  assert(layout.width === 390, `viewport ${layout.width}`);
  assert(layout.scrollWidth <= layout.width, `the page scrolls sideways: ${layout.scrollWidth} > ${layout.width}`);
  assert(layout.outside.length === 0, `panel parts outside the screen: ${layout.outside.slice(0, 5).join(', ')}`);
});

await run();

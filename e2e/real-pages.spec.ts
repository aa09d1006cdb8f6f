// The content script on replicas of the REAL AliExpress pages (e2e/fixtures/pages/real-*.html, each naming the
// evidence of ../shared/reference/aliexpress-pages.md it follows): the v2 and v1 tracking layouts, a late-drawn
// timeline, "View more", several packages, the Korean storefront, the order list under both id labels and in
// Spanish, the order detail, a captcha, and a page it cannot read. Times are printed as the site prints them,
// "Jul 18, 17:05 (GMT-6)", in the browser's own zone: run under several TZ values, the day counts must not move.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { seriousViolations } from './fixtures/axe.ts';
import { expect, test } from './fixtures/extension.ts';
import { store } from './fixtures/worker-state.ts';
import { fixtureHtml, serveDated, viewerZone } from './panel-serve.ts';

const SHOTS = 'artifacts/real-pages';
const HELD = ['import_received', 'inspection', 'delay', 'action_required'];
/** Category titles of the newest event: never the status the panel quotes. */
const CATEGORY_TITLES = [
  'Customs update',
  'Shipping update',
  'Delivery update',
  'Delivery unsuccessful',
  '통관 업데이트',
];

const panel = (page: Page) => page.locator('[data-customs-lens="panel"]');
const note = (page: Page) => page.locator('[data-customs-lens="unread"]');
const badge = (page: Page, orderId: string) => page.locator(`[data-customs-lens="badge"][data-order-id="${orderId}"]`);

async function open(context: BrowserContext, page: Page, url: string, file: string): Promise<void> {
  await serveDated(context, url, file);
  await page.goto(url);
}

/** Resolves once the content script has judged the settled page (read, or the note shown). */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('customs-lens:settled').length), { timeout: 25_000 })
    .toBeGreaterThan(0);
}

async function quoted(page: Page): Promise<string> {
  const q = panel(page).locator('.latest q');
  await expect(q).toHaveCount(1);
  return (await q.textContent())?.trim() ?? '';
}

test('the browser shows times in the same zone the fixtures are printed in', async ({ page }) => {
  await page.goto('about:blank');
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(viewerZone());
});

test.describe('tracking pages', () => {
  test('v2 layout: import clearance done ("Left from customs"), days counted from import, the status not its category', async ({
    context,
    page,
  }) => {
    const url =
      'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8197254807227491';
    await open(context, page, url, 'real-tracking-v2.html');
    const host = panel(page);
    await expect(host).toHaveAttribute('data-stage', 'released');
    await expect(host).toHaveAttribute('data-tracking-number', 'LP00664492365524');
    await expect(host).toHaveAttribute('data-order-id', '8197254807227491');
    // Import clearance from "Import customs clearance started" (4 days ago) to "Left from customs" (yesterday).
    await expect(host).toHaveAttribute('data-days-in-customs', '3');
    expect(await quoted(page)).toBe('Left from customs');
    await expect(host).toHaveCount(1);
    // The panel sits above the timeline, not inside an event.
    expect(await host.evaluate((el) => el.nextElementSibling?.className)).toBe('logistic-info-v2--track--1nqL7Vl');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/tracking-v2.png`, fullPage: true });
  });

  test('the same page after a redesign renames every class: the text-only reading still finds it all', async ({
    context,
    page,
  }) => {
    const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227493';
    // No "logistic-info" left anywhere: only the text and the nesting of the real page remain.
    const body = fixtureHtml('real-tracking-v2.html')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/logistic-info(-v2)?--(\w+)--\w+/g, 'parcel-flow-v3--$2--zZ9');
    expect(body).not.toContain('logistic-info');
    await context.route(
      (u) => u.href.startsWith('https://www.aliexpress.com/p/tracking/index.html'),
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
    await page.goto(url);
    const host = panel(page);
    await expect(host).toHaveAttribute('data-stage', 'released');
    await expect(host).toHaveAttribute('data-tracking-number', 'LP00664492365524');
    await expect(host).toHaveAttribute('data-days-in-customs', '3');
    expect(await quoted(page)).toBe('Left from customs');
    // Placed above the timeline, not inside one of its events.
    expect(await host.evaluate((el) => el.nextElementSibling?.className)).toBe('parcel-flow-v3--track--zZ9');
  });

  test('v1 layout (the saved real markup): export clearance in China is never the buyer’s customs', async ({
    context,
    page,
  }) => {
    const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190564821867491';
    await open(context, page, url, 'real-tracking-v1.html');
    const host = panel(page);
    // "Customs clearance started/complete" before the parcel left the departure country is export clearance
    // (decided from the whole timeline by core's analyzeEpisode).
    await expect(host).toHaveAttribute('data-stage', 'export_clearance');
    await expect(host).toHaveAttribute('data-tracking-number', 'LP00671472073489');
    await expect(host).toHaveAttribute('data-order-id', '8190564821867491');
    await expect(host).not.toHaveAttribute('data-days-in-customs', /.*/);
    expect(HELD).not.toContain(await host.getAttribute('data-stage'));
    expect(CATEGORY_TITLES).not.toContain(await quoted(page));
  });

  test('late rendering: #root is empty at first, the timeline is drawn seconds later — one panel, no note', async ({
    context,
    page,
  }) => {
    const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227531';
    await open(context, page, url, 'real-tracking-late.html');
    expect(await page.locator('#root').evaluate((el) => el.childElementCount)).toBe(0);
    const host = panel(page);
    await expect(host).toHaveAttribute('data-stage', 'import_received', { timeout: 15_000 });
    await expect(host).toHaveAttribute('data-tracking-number', 'CNUSUP00002317693');
    await expect(host).toHaveAttribute('data-order-id', '8197254807227531');
    await expect(host).toHaveAttribute('data-days-in-customs', '2');
    expect(await quoted(page)).toBe('Import customs clearance started');
    await expect(host).toHaveCount(1);
    await expect(note(page)).toHaveCount(0);
  });

  test('"View more": read what is shown, read again when the older events appear', async ({ context, page }) => {
    const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227551';
    await open(context, page, url, 'real-tracking-view-more.html');
    const host = panel(page);
    await expect(host).toHaveAttribute('data-stage', 'action_required');
    await expect(host).toHaveAttribute('data-tracking-number', 'SWX260000000000012345');
    // Only "Clearing Customs" (3 days ago) is shown of the customs episode so far.
    await expect(host).toHaveAttribute('data-days-in-customs', '3');
    await page.getByText('View more', { exact: true }).click();
    await expect(page.getByText('Import customs clearance started')).toBeVisible();
    // Now "Import customs clearance started" (6 days ago) is on the page.
    await expect(host).toHaveAttribute('data-days-in-customs', '6');
    await expect(host).toHaveAttribute('data-stage', 'action_required');
    expect(await quoted(page)).toBe('Customs duties payment requested');
    await expect(host).toHaveCount(1);
  });

  for (const variant of ['', '#all-in-page']) {
    test(`several packages${variant ? ', closed tabs hidden in the page' : ''}: each tab’s own number, stage and days`, async ({
      context,
      page,
      worker,
    }) => {
      const url = `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227571${variant}`;
      await open(context, page, url, 'real-tracking-multi.html');
      const host = panel(page);
      await expect(host).toHaveAttribute('data-tracking-number', '420331729212490362719152959747');
      await expect(host).toHaveAttribute('data-stage', 'released');
      await expect(host).toHaveAttribute('data-days-in-customs', '2');
      await page.getByRole('tab', { name: 'Package 2' }).click();
      await expect(host).toHaveAttribute('data-tracking-number', 'CNUSUP00012930336');
      await expect(host).toHaveAttribute('data-stage', 'import_received');
      await expect(host).toHaveAttribute('data-days-in-customs', '5');
      // Watched from its tab, the parcel is named by its own package's item, not the other package's.
      await host.getByTestId('watch-toggle').click();
      await expect(host.getByTestId('watch-toggle')).toHaveAttribute('aria-pressed', 'true');
      expect((await store(worker)).parcels.CNUSUP00012930336?.title).toBe('USB-C cable 2 m');
      await page.getByRole('tab', { name: 'Package 1' }).click();
      await expect(host).toHaveAttribute('data-tracking-number', '420331729212490362719152959747');
      await expect(host).toHaveAttribute('data-days-in-customs', '2');
      await expect(host).toHaveCount(1);
    });
  }

  test('Korean storefront: the number labelled "운송장 번호", a translated title never quoted', async ({
    context,
    page,
  }) => {
    const url = 'https://ko.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227591';
    await open(context, page, url, 'real-tracking-ko.html');
    const host = panel(page);
    await expect(host).toHaveAttribute('data-stage', 'action_required');
    await expect(host).toHaveAttribute('data-tracking-number', '561234567890');
    await expect(host).toHaveAttribute('data-order-id', '8197254807227591');
    await expect(host).toHaveAttribute('data-days-in-customs', '4');
    expect(await quoted(page)).toBe('Customs duties payment requested');
  });

  test('a captcha overlay is no order: no panel, no badge, no note', async ({ context, page }) => {
    const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227611';
    await open(context, page, url, 'real-tracking-captcha.html');
    await expect(page.getByText('Please slide to verify that you are not a robot.')).toBeVisible();
    await settled(page);
    await expect(page.locator('[data-customs-lens]')).toHaveCount(0);
  });

  test('a verification overlay without its known ids is recognised by its words', async ({ context, page }) => {
    const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227613';
    const body = fixtureHtml('real-tracking-captcha.html')
      .replace(/<!--[\s\S]*?-->|<style>[\s\S]*?<\/style>/g, '')
      .replace(/\s(?:id|class)="[^"]*(?:baxia|nc_|nc-)[^"]*"/g, ' class="verify-box"');
    expect(body).not.toMatch(/baxia|nc_1|nc-container/);
    await context.route(
      (u) => u.href.startsWith('https://www.aliexpress.com/p/tracking/index.html'),
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
    await page.goto(url);
    await settled(page);
    await expect(page.locator('[data-customs-lens]')).toHaveCount(0);
  });
});

test('AliExpress’s own error page is not a misread page: no note', async ({ context, page }) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227631';
  await open(context, page, url, 'real-tracking-error.html');
  await settled(page);
  await expect(page.locator('[data-customs-lens]')).toHaveCount(0);
});

test.describe('order pages', () => {
  test('order list, "Ref. Number:" cards: a badge only on the customs card, more after "View orders"', async ({
    context,
    page,
  }) => {
    const url = 'https://www.aliexpress.com/p/order/index.html';
    await open(context, page, url, 'real-order-list-ref.html');
    await expect(badge(page, '8197254807227491')).toHaveAttribute('data-stage', 'import_received');
    await expect(page.locator('[data-customs-lens="badge"]')).toHaveCount(1);
    await page.getByRole('button', { name: 'View orders' }).click();
    await expect(badge(page, '8186001122337491')).toHaveAttribute('data-stage', 'action_required');
    await expect(page.locator('[data-customs-lens="badge"]')).toHaveCount(2);
    await expect(panel(page)).toHaveCount(0);
    await settled(page);
    await expect(note(page)).toHaveCount(0);
  });

  test('order list, "Order ID:" cards (older shape)', async ({ context, page }) => {
    const url = 'https://www.aliexpress.com/p/order/index.html';
    await open(context, page, url, 'real-order-list-orderid.html');
    await expect(badge(page, '8190564821197491')).toHaveAttribute('data-stage', 'import_received');
    await expect(page.locator('[data-customs-lens="badge"]')).toHaveCount(1);
  });

  test('Spanish order list: "N° de pedido:" and "Nº de pedido:" with a no-break space', async ({ context, page }) => {
    const url = 'https://es.aliexpress.com/p/order/index.html';
    await open(context, page, url, 'real-order-list-es.html');
    await expect(badge(page, '8196987604675426')).toHaveAttribute('data-stage', 'import_received');
    await expect(badge(page, '8196987604675446')).toHaveAttribute('data-stage', 'inspection');
    await expect(page.locator('[data-customs-lens="badge"]')).toHaveCount(2);
  });

  test('order detail: "Ref. Number:", the latest tracking line, the destination from "City, State, Country, ZIP"', async ({
    context,
    page,
  }) => {
    const url = 'https://www.aliexpress.com/p/order/detail.html?orderId=8197254807227491';
    await open(context, page, url, 'real-order-detail.html');
    const host = panel(page);
    await expect(host).toHaveAttribute('data-stage', 'import_received');
    await expect(host).toHaveAttribute('data-order-id', '8197254807227491');
    // The detail page shows no tracking number and no event time.
    await expect(host).not.toHaveAttribute('data-tracking-number', /.*/);
    await expect(host).not.toHaveAttribute('data-days-in-customs', /.*/);
    expect(await quoted(page)).toBe('Import customs clearance started');
    // The United States were read from the address line: the reasons speak of its customs rules.
    await expect(host.getByText(/United States/).first()).toBeAttached();
    // The "More to love" AirPods and Nike under the order were not bought: no counterfeit-check reason.
    await expect(host.locator('[data-reason]').first()).toBeAttached();
    await expect(host.locator('[data-reason="counterfeit_check"]')).toHaveCount(0);
  });
});

test('a recognised page that cannot be read: a quiet note that copies a redacted structure report', async ({
  context,
  page,
}) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807229999';
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.aliexpress.com' });
  await open(context, page, url, 'real-tracking-unreadable.html');
  const host = note(page);
  await expect(host).toHaveCount(1, { timeout: 25_000 });
  await expect(panel(page)).toHaveCount(0);
  await expect(host.getByText('Customs Lens could not read this page')).toBeVisible();
  expect(await seriousViolations(page, '[data-customs-lens="unread"]')).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/unread-note.png` });
  await host.getByRole('button', { name: 'Copy page description' }).click();
  await expect(host.getByRole('status')).toHaveText('Copied');
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('page: tracking www.aliexpress.com/p/tracking/index.html');
  expect(report).toMatch(/shipment-v9--step 3\n/);
  expect(report).not.toMatch(/Q9w8E7r/);
  // Nothing of what the page says: no numbers, no name or address, no event text, no query string.
  for (const secret of ['LP00998877665544', '8197254807229999', 'Zoe', 'Secret', 'Springfield', 'On its way', 'ago']) {
    expect(report).not.toContain(secret);
  }
  // Hidden for this page when the buyer closes it.
  await host.getByRole('button', { name: 'Hide this note' }).click();
  await expect(host).toBeHidden();
});

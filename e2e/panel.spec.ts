// The panel on real AliExpress URLs, as a buyer meets it: each page kind, three languages (one
// right-to-left), late content, in-app navigation, hostile page text, and "Watch" reaching the store.
import type { Page } from '@playwright/test';
import { expect, test, waitForContentScript } from './fixtures/extension.ts';
import { serveDated } from './panel-serve.ts';

const panel = (page: Page) => page.locator('[data-customs-lens="panel"]');

test.describe('tracking pages', () => {
  const cases = [
    {
      name: 'English, www.aliexpress.com',
      url: 'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8180000000000101',
      file: 'panel-tracking-en.html',
      stage: 'inspection',
      number: 'LP00123456789012',
      days: '6',
      lang: 'en',
      dir: 'ltr',
      heading: 'Why it may be happening',
    },
    {
      name: 'Spanish, es.aliexpress.com',
      url: 'https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000102',
      file: 'panel-tracking-es.html',
      stage: 'delay',
      number: 'RB123456785CN',
      days: '9',
      lang: 'es',
      dir: 'ltr',
      heading: null,
    },
    {
      name: 'Hebrew (right-to-left), he.aliexpress.com',
      url: 'https://he.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000103',
      file: 'panel-tracking-he.html',
      stage: 'action_required',
      number: 'LP00987654321098',
      days: '4',
      lang: 'he',
      dir: 'rtl',
      heading: null,
    },
  ];
  for (const c of cases) {
    test(`${c.name}: stage, number and days at customs`, async ({ context, page }) => {
      await serveDated(context, c.url, c.file);
      await page.goto(c.url);
      const host = panel(page);
      await expect(host).toHaveCount(1);
      await expect(host).toHaveAttribute('data-stage', c.stage);
      await expect(host).toHaveAttribute('data-tracking-number', c.number);
      await expect(host).toHaveAttribute('data-days-in-customs', c.days);
      const section = host.locator('section.panel');
      await expect(section).toHaveAttribute('lang', c.lang);
      await expect(section).toHaveAttribute('dir', c.dir);
      if (c.heading) await expect(host.getByRole('heading', { name: c.heading })).toBeVisible();
      // Styles cannot leak: the panel lives in an open shadow root, the page's own classes untouched.
      expect(await host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
    });
  }
});

test('order detail in French: order facts, expandable details, seller chat button', async ({ context, page }) => {
  const url = 'https://fr.aliexpress.com/p/order/detail.html?orderId=8180000000000104';
  await serveDated(context, url, 'panel-order-detail-fr.html');
  await page.goto(url);
  const host = panel(page);
  await expect(host).toHaveAttribute('data-stage', 'import_received');
  await expect(host).toHaveAttribute('data-tracking-number', 'LP00555566667777');
  await expect(host).toHaveAttribute('data-days-in-customs', '2');
  await expect(host).toHaveAttribute('data-order-id', '8180000000000104');
  const toggle = host.getByTestId('panel-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(host.getByTestId('panel-protection')).toContainText('12');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(host.locator('#cl-details')).toBeHidden();
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // The page's chat is a button without a link: ours presses it.
  await host.getByTestId('open-chat').click();
  await expect(page.locator('#chat')).toHaveAttribute('data-clicked', 'yes');
});

test('events that arrive 2 s after load still bring the panel, exactly once', async ({ context, page }) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000301';
  await serveDated(context, url, 'panel-tracking-late.html');
  await page.goto(url);
  await expect(page.getByText('Loading tracking information')).toBeVisible();
  await expect(panel(page)).toHaveAttribute('data-stage', 'delay', { timeout: 15_000 });
  await expect(panel(page)).toHaveAttribute('data-days-in-customs', '5');
  await expect(panel(page)).toHaveCount(1);
});

test('the panel follows the page: a newer status updates it, a delivery removes it', async ({ context, page }) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101';
  await serveDated(context, url, 'panel-tracking-en.html');
  await page.goto(url);
  await expect(panel(page)).toHaveAttribute('data-stage', 'inspection');
  const addEvent = (text: string, hoursAgo: number) =>
    page.evaluate(
      ([t, h]) => {
        // The page prints the viewer's wall time, as AliExpress does.
        const d = new Date(Date.now() - Number(h) * 3_600_000);
        const p2 = (n: number) => String(n).padStart(2, '0');
        const stamp = `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())} ${p2(d.getHours())}:${p2(d.getMinutes())}`;
        const li = document.createElement('li');
        const time = Object.assign(document.createElement('span'), { className: 'time', textContent: stamp });
        const desc = Object.assign(document.createElement('div'), { className: 'desc', textContent: String(t) });
        li.append(time, desc);
        document.querySelector('.timeline')?.prepend(li);
      },
      [text, hoursAgo] as const,
    );
  await addEvent('Import customs clearance complete', 2);
  await expect(panel(page)).toHaveAttribute('data-stage', 'released');
  await addEvent('Delivered', 1);
  await expect(panel(page)).toHaveCount(0);
});

test('order list: a badge on each customs order, then a tracking page without a reload', async ({ context, page }) => {
  const url = 'https://www.aliexpress.com/p/order/index.html';
  await serveDated(context, url, 'panel-order-list-en.html');
  await page.goto(url);
  const badges = page.locator('[data-customs-lens="badge"]');
  await expect(badges).toHaveCount(2);
  await expect(page.locator('[data-customs-lens="badge"][data-order-id="8180000000000201"]')).toHaveAttribute(
    'data-stage',
    'inspection',
  );
  await expect(page.locator('[data-customs-lens="badge"][data-order-id="8180000000000202"]')).toHaveAttribute(
    'data-stage',
    'delay',
  );
  await expect(page.locator('[data-customs-lens="panel"]')).toHaveCount(0);
  const badge = page.locator('[data-customs-lens="badge"][data-order-id="8180000000000201"]').getByRole('link');
  await expect(badge).toHaveAttribute('title', /Customs inspection/);
  await badge.click();
  await expect(page).toHaveURL(/\/p\/tracking\/index\.html\?tradeOrderId=8180000000000201$/);
  await expect(panel(page)).toHaveAttribute('data-stage', 'inspection');
  await expect(panel(page)).toHaveAttribute('data-days-in-customs', '3');
  await expect(panel(page)).toHaveCount(1);
  await expect(badges).toHaveCount(0);
  // Same document all along: the SPA navigated, the page never reloaded.
  expect(await page.evaluate(() => (window as { __fullLoads?: number }).__fullLoads)).toBe(1);
});

test('HTML and script inside an event text are shown as text and never run', async ({ context, page }) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000401';
  await serveDated(context, url, 'panel-tracking-xss.html');
  await page.goto(url);
  const host = panel(page);
  await expect(host).toHaveAttribute('data-stage', 'inspection');
  await expect(host.locator('.latest q')).toContainText('<img src=x onerror="window.__clPwned=1">');
  await expect(host.locator('img, script, b')).toHaveCount(0);
  await host.locator('.latest q').hover();
  expect(await page.evaluate(() => (window as { __clPwned?: number }).__clPwned)).toBeUndefined();
});

test('"Watch this parcel" reaches the background store, and the panel remembers being collapsed', async ({
  context,
  page,
  worker,
}) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101';
  await serveDated(context, url, 'panel-tracking-en.html');
  await page.goto(url);
  const toggle = panel(page).getByTestId('watch-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  type Stored = { customsLens?: { parcels: Record<string, { orderId?: string; destCountry?: string }> } };
  await expect
    .poll(async () => ((await worker.evaluate(() => chrome.storage.local.get('customsLens'))) as Stored).customsLens)
    .toMatchObject({ parcels: { LP00123456789012: { orderId: '8180000000000101', destCountry: 'ES' } } });

  await panel(page).getByTestId('panel-toggle').click();
  await expect
    .poll(
      async () =>
        (
          (await worker.evaluate(() => chrome.storage.local.get('customsLens'))) as {
            customsLens?: { panels?: object };
          }
        ).customsLens?.panels,
    )
    .toEqual({ '8180000000000101': 'collapsed' });

  await page.reload();
  await expect(panel(page).getByTestId('watch-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).getByTestId('panel-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect(panel(page)).toHaveCount(1);

  await panel(page).getByTestId('watch-toggle').click();
  await expect(panel(page).getByTestId('watch-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect
    .poll(
      async () =>
        ((await worker.evaluate(() => chrome.storage.local.get('customsLens'))) as Stored).customsLens?.parcels,
    )
    .toEqual({});
});

/**
 * The extension's isolated worlds in `page` once the page has loaded and gone idle: a content script
 * declared for the page runs at document_idle, which is at the latest right after the load event.
 */
async function extensionWorldsAfterLoad(page: Page, extensionId: string): Promise<number> {
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 0), { timeout: 2000 })));
  const cdp = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.includes(extensionId)) worlds.push(context.origin);
  });
  // Enabling reports every context that exists already, synchronously before it answers.
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return worlds.length;
}

test('pages of other kinds are left alone: the content script is not even injected', async ({
  context,
  page,
  extensionId,
}) => {
  const url = 'https://www.aliexpress.com/item/1005001234567890.html';
  await serveDated(context, url, 'panel-tracking-en.html');
  await page.goto(url, { waitUntil: 'load' });
  expect(await extensionWorldsAfterLoad(page, extensionId)).toBe(0);
  await expect(page.locator('[data-customs-lens]')).toHaveCount(0);
  expect(await page.evaluate(() => performance.getEntriesByName('customs-lens:scan').length)).toBe(0);
  // The same check sees the script where it is declared (so the zero above can fail).
  const tracking = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101';
  await serveDated(context, tracking, 'panel-tracking-en.html');
  await page.goto(tracking, { waitUntil: 'load' });
  await waitForContentScript(page, extensionId);
  expect(await extensionWorldsAfterLoad(page, extensionId)).toBe(1);
});

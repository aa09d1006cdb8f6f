// Firefox for Android shows the popup as a page and AliExpress's tracking page at phone width: the README
// says the panel, the popup and the options page fit a 390 px wide screen. Firefox's automation cannot open
// extension pages (e2e-firefox tests the panel there), so the popup and options are checked here, in
// Chromium at the same width: nothing scrolls sideways and nothing is drawn outside the screen.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension.ts';
import { serveDated } from './panel-serve.ts';
import { seedStore, serveThumbnails, storeDoc } from './popup-seed.ts';

const PHONE = { width: 390, height: 844 };

/** What sticks out of a 390 px screen: the page's own scroll width and elements drawn past its edges. */
async function overflow(page: Page, root = 'document') {
  return page.evaluate((where) => {
    const scope: ParentNode | null | undefined =
      where === 'document' ? document : document.querySelector(where)?.shadowRoot;
    const outside = [...(scope?.querySelectorAll('*') ?? [])]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && (r.left < -0.5 || r.right > window.innerWidth + 0.5))
      .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
    return { width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, outside };
  }, root);
}

test('popup with watched parcels fits a phone screen', async ({ context, page, worker, extensionId }) => {
  await serveThumbnails(context);
  await seedStore(worker, storeDoc());
  await page.setViewportSize(PHONE);
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(page.getByTestId('parcel')).toHaveCount(3);
  const layout = await overflow(page);
  expect(layout.width).toBe(PHONE.width);
  expect(layout.scrollWidth).toBeLessThanOrEqual(PHONE.width);
  expect(layout.outside).toEqual([]);
});

test('options page fits a phone screen', async ({ page, worker, extensionId }) => {
  await seedStore(worker, storeDoc());
  await page.setViewportSize(PHONE);
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.getByRole('switch', { name: /Use 17TRACK/ })).toBeVisible();
  const layout = await overflow(page);
  expect(layout.scrollWidth).toBeLessThanOrEqual(PHONE.width);
  expect(layout.outside).toEqual([]);
});

test('the panel, expanded with its charges, fits a phone screen', async ({ context, page }) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227501';
  await serveDated(context, url, 'charges-tracking-gb.html');
  await page.setViewportSize(PHONE);
  await page.goto(url);
  const host = page.locator('[data-customs-lens="panel"]');
  await expect(host).toHaveAttribute('data-stage', 'action_required');
  await expect(host.getByTestId('panel-charges')).toBeVisible();
  const layout = await overflow(page, '[data-customs-lens="panel"]');
  expect(layout.outside).toEqual([]);
});

// One timeline, one truth (issue 12): the panel on the page and the popup read the same events through
// core's one timeline, so they show the same stage and the same days at customs — also when a tracker is
// ahead of the page (the panel and the order list's badges add a watched parcel's tracker events); and a
// tracker's first look is never news, even when the page's update reaches the worker first.
import { mkdirSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { emulateTrackers } from './emulators/index.ts';
import { expect, test } from './fixtures/extension.ts';
import { shownIds, store } from './fixtures/worker-state.ts';
import { serveDated } from './panel-serve.ts';
import { seedStore, storeDoc } from './popup-seed.ts';

const TN = 'LP00123456789012';
const URL = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101';

const stored = async (worker: Worker) => (await store(worker)).parcels;

async function watchFromPanel(page: Page) {
  await page.goto(URL);
  const panel = page.locator('[data-customs-lens="panel"]');
  const toggle = panel.getByTestId('watch-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  return panel;
}

test('the panel and the popup show the same stage and days at customs for the same events', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  // Cainiao does not know the number yet: the popup knows exactly the events the page showed.
  await emulateTrackers(context);
  await serveDated(context, URL, 'panel-tracking-en.html');
  const panel = await watchFromPanel(page);
  await expect(panel).toHaveAttribute('data-stage', 'inspection');
  const panelDays = await panel.getAttribute('data-days-in-customs');
  expect(panelDays).toMatch(/^\d+$/);
  await expect.poll(async () => (await stored(worker))[TN]?.baselined, { timeout: 20_000 }).toBe(true);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const card = popup.getByTestId('parcel').filter({ hasText: TN });
  await expect(card).toHaveAttribute('data-stage', 'inspection');
  const popupDays = (await card.getByTestId('days-in-customs').textContent())?.match(/\d+/)?.[0];
  expect(popupDays).toBe(panelDays);
});

test('a tracker that already says "cleared" at its first look is not news, though the page updated first', async ({
  context,
  page,
  worker,
}) => {
  const trackers = await emulateTrackers(context);
  // The page shows the inspection; Cainiao's first answer already has the release.
  trackers.cainiao.set(TN, 'released');
  await serveDated(context, URL, 'panel-tracking-en.html');
  await watchFromPanel(page);
  // The open page keeps telling the worker what it shows (page-update) before and after the check.
  await page.reload();
  await expect(page.locator('[data-customs-lens="panel"]')).toHaveCount(1);
  await expect
    .poll(async () => (await stored(worker))[TN]?.sources?.includes('cainiao'), { timeout: 20_000 })
    .toBe(true);
  expect((await stored(worker))[TN]?.stage).toBe('released');
  // The page still shows the inspection; the panel now says what the popup says, and whose news it is.
  await page.reload();
  const panel = page.locator('[data-customs-lens="panel"]');
  await expect(panel).toHaveAttribute('data-stage', 'released');
  await expect(panel.locator('.latest .label')).toHaveText('Newer than this page, from Cainiao:');
  await panel.getByRole('button', { name: 'Show details' }).click();
  await expect(panel.locator('.latest q')).toHaveText('Import customs clearance complete');
  mkdirSync('artifacts/one-timeline', { recursive: true });
  await panel.screenshot({ path: 'artifacts/one-timeline/tracker-ahead-of-page.png' });
  // Give a wrongly queued notification every chance to appear.
  await page.waitForTimeout(1500);
  expect(await shownIds(worker)).toEqual([]);
});

test('a parcel that was held and then handed to the local carrier shows "Left customs", not a customs stage', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  trackers.cainiao.set(TN, 'local');
  await serveDated(context, URL, 'panel-tracking-en.html');
  await watchFromPanel(page);
  await expect
    .poll(async () => (await stored(worker))[TN]?.sources?.includes('cainiao'), { timeout: 20_000 })
    .toBe(true);
  expect((await stored(worker))[TN]?.stage).toBeNull();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const card = popup.getByTestId('parcel').filter({ hasText: TN });
  await expect(card).toHaveAttribute('data-stage', 'none');
  await expect(card.getByTestId('stage-chip')).toHaveText('Left customs');
});

test('the order list’s badge of a watched parcel says what Cainiao said after the list: released, and by whom', async ({
  context,
  page,
  worker,
}) => {
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  await seedStore(
    worker,
    storeDoc({
      LP00664492365524: {
        trackingNumber: 'LP00664492365524',
        orderId: '8197254807227491',
        addedAt: hoursAgo(100),
        events: [
          { time: hoursAgo(3), text: 'Import customs clearance complete', source: 'cainiao' },
          { time: hoursAgo(90), text: 'Import customs clearance started', source: 'page' },
        ],
        stage: 'released',
        baselined: true,
        sources: ['page', 'cainiao'],
        notified: ['left_customs'],
        trackers: {},
      },
    }),
  );
  const url = 'https://www.aliexpress.com/p/order/index.html';
  await serveDated(context, url, 'real-order-list-ref.html');
  await page.goto(url);
  // The card itself still says "Import customs clearance started" (real-order-list-ref.html).
  const watched = page.locator('[data-customs-lens="badge"][data-order-id="8197254807227491"]');
  await expect(watched).toHaveAttribute('data-stage', 'released');
  await expect(watched).toHaveAttribute('data-from', 'Cainiao');
  await expect(watched.locator('a')).toHaveAttribute('title', /Newer than this page, from Cainiao/);
  // An order nobody watches keeps its card's own status.
  await page.getByRole('button', { name: 'View orders' }).click();
  const other = page.locator('[data-customs-lens="badge"][data-order-id="8186001122337491"]');
  await expect(other).toHaveAttribute('data-stage', 'action_required');
  await expect(other).not.toHaveAttribute('data-from', /./);
});

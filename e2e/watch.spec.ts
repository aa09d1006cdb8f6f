// Watching parcels in the background, against local emulators of Cainiao, 17TRACK and ParcelsApp routed
// at their real URLs: news told exactly once, Retry-After honoured, bad answers visible and harmless,
// a worker killed mid-check loses nothing, the toolbar badge counts parcels at customs.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { emulateTrackers, SEVENTEEN_KEY } from './emulators/index.ts';
import { expect, sendFromExtensionPage, test } from './fixtures/extension.ts';
import { grantTrackerAccess } from './fixtures/permissions.ts';
import { type Stored, shownIds, store } from './fixtures/worker-state.ts';
import { serveDated } from './panel-serve.ts';

const TN = 'LP00123456789012';
const TITLE = 'Wireless earbuds with charging case';
const ORDER = '8180000000000001';
const TRACKING_URL = `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${ORDER}`;

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

const shownTexts = (worker: Worker) =>
  worker.evaluate(
    async () => (await chrome.storage.local.get('customsLens.notifications'))['customsLens.notifications'] ?? {},
  ) as Promise<Record<string, { title: string; message: string; url: string }>>;
const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  return page;
}

async function send<T>(page: Page, message: unknown): Promise<T> {
  const reply = (await sendFromExtensionPage(page, message)) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const watch = (page: Page, trackingNumber = TN, extra: Record<string, unknown> = {}) =>
  send(page, {
    type: 'watch',
    parcel: { trackingNumber, orderId: ORDER, title: TITLE, trackingUrl: TRACKING_URL, destCountry: 'ES', ...extra },
  });

/** "A minute later": forget the time of the last manual check instead of waiting out its rate limit. */
const aMinuteLater = (worker: Worker) =>
  worker.evaluate(() => chrome.storage.session.remove('customsLens.manualCheckAt'));

/** A tracker has had its first look (a page update alone is not the trackers' baseline). */
async function baselined(worker: Worker, trackingNumber = TN) {
  await expect
    .poll(
      async () => {
        const parcel = (await store(worker)).parcels[trackingNumber];
        return Boolean(parcel?.baselined && parcel.sources?.some((source) => source !== 'page'));
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

test('a watched parcel released by customs is told exactly once, with which parcel, what and where', async ({
  context,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  trackers.cainiao.set(TN, 'inspection');
  const page = await extensionPage(context, extensionId);
  await watch(page);

  // The first check is the baseline: it records the inspection and tells nothing.
  await baselined(worker);
  expect((await store(worker)).parcels[TN]?.stage).toBe('inspection');
  expect(await shownIds(worker)).toEqual([]);
  await expect.poll(() => badgeText(worker)).toBe('1');
  expect(trackers.cainiao.requests).toHaveLength(1);

  trackers.cainiao.set(TN, 'released');
  const summary = await send<{ checked: number; errors: string[] }>(page, { type: 'check-now' });
  expect(summary).toEqual({ checked: 1, errors: [] });
  const id = `cl|${TN}|left_customs`;
  await expect.poll(() => shownIds(worker)).toEqual([id]);
  const shown = (await shownTexts(worker))[id];
  expect(shown?.title).toBe(`Left customs: ${TITLE}`);
  expect(shown?.message).toBe('Import customs clearance complete — Spain');
  expect(shown?.url).toBe(TRACKING_URL);
  await expect.poll(() => badgeText(worker)).toBe('');

  // A second manual check right away is refused (it would ask Cainiao again)...
  const tooSoon = await send<{ checked: number; errors: string[] }>(page, { type: 'check-now' });
  expect(tooSoon.checked).toBe(0);
  expect(tooSoon.errors[0]).toMatch(/Try again in \d+ s/);
  // ...and a minute later it asks, sees the same release, and tells nothing new.
  await aMinuteLater(worker);
  await send(page, { type: 'check-now' });
  expect(trackers.cainiao.requests).toHaveLength(3);
  expect(await shownIds(worker)).toEqual([id]);
  expect((await store(worker)).parcels[TN]?.notified).toEqual(['left_customs']);
});

test('a 429 with Retry-After is waited out, then the check succeeds by itself', async ({
  context,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  trackers.seventeen.set(TN, 'inspection');
  trackers.seventeen.next({ kind: 'status', status: 429, headers: { 'Retry-After': '2' } });
  // The user turned 17TRACK on and the browser let Customs Lens reach api.17track.net.
  await grantTrackerAccess(context, extensionId, ['17track']);
  const page = await extensionPage(context, extensionId);
  const settings = (await store(worker))?.settings ?? (await send<Stored>(page, { type: 'export-data' })).settings;
  await send(page, {
    type: 'save-settings',
    settings: {
      ...settings,
      trackers: {
        cainiao: { enabled: false, apiKey: '' },
        '17track': { enabled: true, apiKey: SEVENTEEN_KEY },
        parcelsapp: { enabled: false, apiKey: '' },
      },
    },
  });
  await watch(page);

  // The first request (register) gets the 429: an error the user can see, and a pause.
  await expect
    .poll(async () => (await store(worker)).parcels[TN]?.trackers['17track']?.lastError ?? '')
    .toBe('error:rate_limited');
  const limitedAt = trackers.seventeen.requests[0]?.at ?? 0;
  // No request in the pause; then register + gettrackinfo, with nobody pressing anything.
  await baselined(worker);
  const parcel = (await store(worker)).parcels[TN];
  expect(parcel?.stage).toBe('inspection');
  expect(parcel?.trackers['17track']).toMatchObject({ failures: 0, registered: true });
  expect(parcel?.trackers['17track']?.lastError).toBeUndefined();
  const after = trackers.seventeen.requests.slice(1);
  expect(after.map((r) => r.url.split('/').pop())).toEqual(['register', 'gettrackinfo']);
  expect((after[0]?.at ?? 0) - limitedAt).toBeGreaterThanOrEqual(2000);
  expect(trackers.cainiao.requests).toHaveLength(0);
});

test('a malformed answer is an error the user sees, and the parcel is kept', async ({
  context,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  // JSON of the wrong shape (an HTML page from Cainiao is its risk control: see the next test).
  trackers.cainiao.set(TN, 'inspection').next({ kind: 'status', status: 200, body: '{"success":"yes","module":7}' });
  const page = await extensionPage(context, extensionId);
  await watch(page);
  await expect
    .poll(async () => (await store(worker)).parcels[TN]?.trackers.cainiao?.lastError ?? '', { timeout: 20_000 })
    .toBe('error:malformed');
  // The popup words it for the user, in their language.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(popup.getByTestId('tracker-error')).toContainText('Cainiao sent an answer Customs Lens could not read');
  await popup.close();
  const parcel = (await store(worker)).parcels[TN];
  expect(parcel).toMatchObject({ baselined: false, trackers: { cainiao: { failures: 1 } } });
  expect(await shownIds(worker)).toEqual([]);

  // The next answer is fine: the error goes away and the parcel carries on.
  const summary = await send<{ checked: number; errors: string[] }>(page, { type: 'check-now' });
  expect(summary).toEqual({ checked: 1, errors: [] });
  expect((await store(worker)).parcels[TN]).toMatchObject({ stage: 'inspection', baselined: true });
  expect((await store(worker)).parcels[TN]?.trackers.cainiao?.lastError).toBeUndefined();
});

test('Cainiao’s risk control (a verification page) pauses Cainiao for hours, across a worker restart, after one request', async ({
  context,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  trackers.cainiao.set(TN, 'inspection').next({ kind: 'malformed' });
  const page = await extensionPage(context, extensionId);
  await watch(page);
  await expect
    .poll(async () => (await store(worker)).parcels[TN]?.trackers.cainiao?.lastError ?? '', { timeout: 20_000 })
    .toBe('error:rate_limited');
  const pausedUntil = await worker.evaluate(
    async () =>
      ((await chrome.storage.local.get('customsLens.trackerBlocks'))['customsLens.trackerBlocks'] ?? {}) as Record<
        string,
        string
      >,
  );
  expect(Date.parse(pausedUntil.cainiao ?? '') - Date.now()).toBeGreaterThan(5 * 3_600_000);

  // Restarted, and asked by hand: still paused, no second request (no retry loop).
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await send(page, { type: 'ping' });
  await aMinuteLater(worker);
  const manual = await send<{ checked: number; errors: string[] }>(page, { type: 'check-now' });
  // The user is told why nothing was asked, and when Cainiao will be asked again.
  expect(manual.checked).toBe(0);
  expect(manual.errors).toEqual([
    expect.stringMatching(/^Cainiao is paused until .+: it asked Customs Lens to slow down\.$/),
  ]);
  expect(trackers.cainiao.requests).toHaveLength(1);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(popup.getByTestId('tracker-error')).toContainText('Cainiao asked to slow down');
  await expect(popup.getByTestId('tracker-error')).toContainText('in 6 hours');
});

test('a worker stopped in the middle of a check loses nothing and tells the news once', async ({
  context,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  trackers.cainiao.set(TN, 'inspection');
  const page = await extensionPage(context, extensionId);
  await watch(page);
  await baselined(worker);

  trackers.cainiao.set(TN, 'released').next({ kind: 'hold' });
  // Not awaited: the answer never comes back from the stopped worker.
  void page.evaluate(() => {
    void chrome.runtime.sendMessage({ type: 'check-now' }).catch(() => undefined);
  });
  await expect.poll(() => trackers.cainiao.heldCount).toBe(1);

  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  trackers.cainiao.release();

  // Any message wakes the worker; it finds the unfinished check in storage and does it again.
  await send(page, { type: 'ping' });
  const id = `cl|${TN}|left_customs`;
  await expect.poll(() => shownIds(worker), { timeout: 20_000 }).toEqual([id]);
  expect((await store(worker)).parcels[TN]).toMatchObject({ stage: 'released', notified: ['left_customs'] });
  expect(trackers.cainiao.requests).toHaveLength(3);

  // Stopped and woken again: nothing is redone, nothing is told twice.
  await cdp.send('ServiceWorker.stopAllWorkers');
  await send(page, { type: 'ping' });
  await aMinuteLater(worker);
  await send(page, { type: 'check-now' });
  expect(await shownIds(worker)).toEqual([id]);
  expect(trackers.cainiao.requests).toHaveLength(4);
});

test('the badge counts watched parcels at customs, from one batched request', async ({
  context,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  const numbers = ['LP00000000000001', 'LP00000000000002', 'LP00000000000003'];
  trackers.cainiao
    .set(numbers[0] ?? '', 'inspection')
    .set(numbers[1] ?? '', 'released')
    .set(numbers[2] ?? '', 'inspection');
  const page = await extensionPage(context, extensionId);
  for (const n of numbers) await watch(page, n);
  for (const n of numbers) await baselined(worker, n);
  await expect.poll(() => badgeText(worker)).toBe('2');

  trackers.cainiao.set(numbers[0] ?? '', 'local');
  await aMinuteLater(worker);
  await send(page, { type: 'check-now' });
  await expect.poll(() => badgeText(worker)).toBe('1');
  // However many numbers, each check is one request per batch of ten.
  const asked = trackers.cainiao.requests.slice(-1)[0]?.numbers ?? [];
  expect([...asked].sort()).toEqual(numbers);
  expect(await shownIds(worker)).toEqual([`cl|${numbers[0]}|left_customs`]);

  await send(page, { type: 'unwatch', trackingNumber: numbers[2] });
  await expect.poll(() => badgeText(worker)).toBe('');
});

test('watching from the panel’s toggle on the tracking page leads to one "left customs" notification', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  trackers.cainiao.set(TN, 'inspection');
  const url = `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101`;
  await serveDated(context, url, 'panel-tracking-en.html');
  await page.goto(url);
  const toggle = page.locator('[data-customs-lens="panel"]').getByTestId('watch-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await baselined(worker);
  expect(await shownIds(worker)).toEqual([]);

  trackers.cainiao.set(TN, 'released');
  const extension = await context.newPage();
  await extension.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await send(extension, { type: 'check-now' });
  await expect.poll(() => shownIds(worker)).toEqual([`cl|${TN}|left_customs`]);
  const shown = (await shownTexts(worker))[`cl|${TN}|left_customs`];
  expect(shown?.message).toBe('Import customs clearance complete — Spain');
  expect(shown?.url).toContain('tradeOrderId=8180000000000101');
});

test('many parcels leaving customs at once are told in one summary, not a wall of notifications', async ({
  context,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  const numbers = ['LP00000000000011', 'LP00000000000012', 'LP00000000000013', 'LP00000000000014', 'LP00000000000015'];
  for (const n of numbers) trackers.cainiao.set(n, 'inspection');
  const page = await extensionPage(context, extensionId);
  for (const n of numbers) await watch(page, n, { title: `Item ${n.slice(-2)}` });
  for (const n of numbers) await baselined(worker, n);

  for (const n of numbers) trackers.cainiao.set(n, 'released');
  await aMinuteLater(worker);
  await send(page, { type: 'check-now' });
  await expect.poll(() => shownIds(worker)).toHaveLength(1);
  const [id] = await shownIds(worker);
  expect(id).toMatch(/^cl\|\*\|\d+$/);
  const shown = (await shownTexts(worker))[id ?? ''];
  expect(shown?.title).toBe('5 watched parcels have news');
  expect(shown?.message).toContain('Left customs: Item 11');
  expect(shown?.message).toContain('…and 1 more');
  // Each parcel's news is still marked as told: another check tells nothing new.
  await aMinuteLater(worker);
  await send(page, { type: 'check-now' });
  await expect.poll(async () => (await store(worker)).parcels[numbers[4] ?? '']?.notified).toContain('left_customs');
  expect(await shownIds(worker)).toEqual([id]);
});

test('an outbox entry that cannot be shown is set aside with its reason and never holds up the others', async ({
  context,
  worker,
  extensionId,
}) => {
  await emulateTrackers(context);
  const page = await extensionPage(context, extensionId);
  await watch(page);
  // A damaged entry ("constructor" is on every object's prototype chain) ahead of a real piece of news.
  await worker.evaluate(async (tn) => {
    await chrome.storage.local.set({
      'customsLens.outbox': [
        { trackingNumber: tn, key: 'x', kind: 'constructor' },
        {
          trackingNumber: tn,
          key: 'left_customs',
          kind: 'left_customs',
          eventText: 'Import customs clearance complete',
        },
      ],
    });
  }, TN);
  // The worker shows what is queued when it starts again.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await send(page, { type: 'ping' });
  await expect.poll(() => shownIds(worker), { timeout: 20_000 }).toEqual([`cl|${TN}|left_customs`]);
  // The notification is shown first, then the outbox is rewritten in one storage write: wait for that write.
  const side = () =>
    worker.evaluate(async () => {
      const all = await chrome.storage.local.get(['customsLens.outbox', 'customsLens.outbox.failed']);
      return { outbox: all['customsLens.outbox'], failed: all['customsLens.outbox.failed'] };
    });
  await expect.poll(async () => (await side()).outbox).toEqual([]);
  const { failed } = await side();
  expect(failed).toEqual([
    expect.objectContaining({
      item: { trackingNumber: TN, key: 'x', kind: 'constructor' },
      reason: expect.any(String),
    }),
  ]);
});

test('going offline and back costs no back-off: nothing is asked, nothing counted as a failure', async ({
  context,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  trackers.cainiao.set(TN, 'inspection');
  const page = await extensionPage(context, extensionId);
  await watch(page);
  await baselined(worker);
  const asked = trackers.cainiao.requests.length;

  await context.setOffline(true);
  await expect.poll(() => worker.evaluate(() => navigator.onLine)).toBe(false);
  await aMinuteLater(worker);
  const offline = await send<{ checked: number; errors: string[] }>(page, { type: 'check-now' });
  expect(offline).toEqual({
    checked: 0,
    errors: ['You are offline. Customs Lens will check again once the network is back.'],
  });
  expect(trackers.cainiao.requests).toHaveLength(asked);
  expect((await store(worker)).parcels[TN]?.trackers.cainiao).toMatchObject({ failures: 0 });
  expect((await store(worker)).parcels[TN]?.trackers.cainiao?.lastError).toBeUndefined();

  await context.setOffline(false);
  await aMinuteLater(worker);
  expect(await send(page, { type: 'check-now' })).toEqual({ checked: 1, errors: [] });
  expect(trackers.cainiao.requests).toHaveLength(asked + 1);
});

// Host permissions as a trust boundary (issue 14): the install asks only for Cainiao; 17TRACK and
// ParcelsApp are asked for when the user turns them on, in the browser's own prompt; a refusal keeps the
// tracker off and says why; a tracker on without its permission (taken back in chrome://extensions, or
// turned on by an imported file) is not asked, not failed, and the popup and options say so.
//
// Two ways to answer the browser: headless tests grant as a user can in chrome://extensions
// (fixtures/permissions.ts), after which Chrome answers the extension's request without a prompt; the
// "real prompt" tests run headed on a private X display and answer it by keyboard (fixtures/prompt.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { emulateTrackers, PARCELSAPP_KEY, SEVENTEEN_KEY } from './emulators/index.ts';
import { DIST, expect, sendFromExtensionPage, test } from './fixtures/extension.ts';
import { allowInBrowserSettings, revokeInBrowserSettings } from './fixtures/permissions.ts';
import { launchHeaded } from './fixtures/prompt.ts';
import { readStorage, seedStore, storeDoc } from './popup-seed.ts';

const TN = 'LP00123456789012';
const store = async (worker: Worker) => (await readStorage(worker)).customsLens as ReturnType<typeof storeDoc>;
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
type Summary = { checked: number; errors: string[] };

async function send<T>(page: Page, message: unknown): Promise<T> {
  const reply = (await sendFromExtensionPage(page, message)) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.getByTestId('options')).toBeVisible();
}

const has = (worker: Worker, origin: string) =>
  worker.evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin);
const SEVENTEEN = 'https://api.17track.net/*';
const PARCELSAPP = 'https://parcelsapp.com/*';

/** One watched parcel, 17TRACK with the emulator's key (off unless `on`), every other tracker off. */
function seventeenDoc(on: boolean) {
  const doc = storeDoc();
  doc.settings.trackers['17track'] = { enabled: on, apiKey: SEVENTEEN_KEY };
  doc.parcels = { [TN]: { ...(doc.parcels[TN] as (typeof doc.parcels)[string]), trackers: {} } };
  return doc;
}

const aMinuteLater = (worker: Worker) =>
  worker.evaluate(() => chrome.storage.session.remove('customsLens.manualCheckAt'));

test('the install asks only for Cainiao’s host; 17TRACK and ParcelsApp are optional, not granted', async ({
  worker,
}) => {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  expect(manifest.host_permissions).toEqual(['https://global.cainiao.com/*']);
  expect(manifest.optional_host_permissions).toEqual([SEVENTEEN, PARCELSAPP]);
  const granted = await worker.evaluate(() => chrome.permissions.getAll());
  expect(granted.origins?.filter((o) => !o.includes('aliexpress'))).toEqual(['https://global.cainiao.com/*']);
  expect(await has(worker, SEVENTEEN)).toBe(false);
  expect(await has(worker, PARCELSAPP)).toBe(false);
});

test('turning 17TRACK on asks for its host; granted, a check reaches 17TRACK; turned off, the host is given back', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  trackers.seventeen.set(TN, 'inspection');
  await seedStore(worker, seventeenDoc(false));
  // The user allowed api.17track.net in chrome://extensions once: Chrome answers the switch's request
  // without showing its prompt again (the prompt itself: the headed tests below).
  await allowInBrowserSettings(context, extensionId, ['17track']);
  await openOptions(page, extensionId);
  await expect(page.getByTestId('tracker-17track')).toContainText(
    'Turning it on asks your browser to let Customs Lens contact api.17track.net.',
  );

  await page.getByRole('switch', { name: /Use 17TRACK/ }).click();
  await expect(page.getByRole('switch', { name: /Use 17TRACK/ })).toBeChecked();
  await expect
    .poll(async () => (await store(worker)).settings.trackers)
    .toMatchObject({ '17track': { enabled: true } });
  expect(await has(worker, SEVENTEEN)).toBe(true);

  const summary = await send<Summary>(page, { type: 'check-now' });
  expect(summary.errors).toEqual([]);
  expect(trackers.seventeen.requests.length).toBeGreaterThan(0);
  expect((await store(worker)).parcels[TN]?.stage).toBe('inspection');

  await page.getByRole('switch', { name: /Use 17TRACK/ }).click();
  await expect(page.getByRole('switch', { name: /Use 17TRACK/ })).not.toBeChecked();
  await expect.poll(() => has(worker, SEVENTEEN)).toBe(false);
  await expect
    .poll(async () => (await store(worker)).settings.trackers)
    .toMatchObject({ '17track': { enabled: false } });
});

test('17TRACK on without its permission is not asked nor failed; popup and options say so; allowing it again works', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  const trackers = await emulateTrackers(context);
  trackers.seventeen.set(TN, 'inspection');
  // Settings from elsewhere (or access taken back later): 17TRACK on, its host not granted.
  await seedStore(worker, seventeenDoc(true));
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(page.getByTestId('needs-access')).toHaveText(
    '17TRACK needs your permission — turn it on again in the settings. Settings',
  );

  const summary = await send<Summary>(page, { type: 'check-now' });
  expect(summary.errors).toEqual([
    '17TRACK was not asked: it needs your permission. Turn it on again in the settings.',
  ]);
  expect(trackers.seventeen.requests).toHaveLength(0);
  // Not a tracker failure: nothing recorded on the parcel, no back-off, no pause.
  expect((await store(worker)).parcels[TN]?.trackers['17track']).toBeUndefined();
  expect(await worker.evaluate(() => chrome.storage.local.get('customsLens.trackerBlocks'))).toEqual({});
  // And the watcher does not wake for it: no alarm while 17TRACK is the only tracker on.
  expect(await worker.evaluate(() => chrome.alarms.get('customs-lens-check'))).toBeFalsy();

  await openOptions(page, extensionId);
  const access = page.getByTestId('tracker-17track-access');
  await expect(access).toContainText(
    '17TRACK is on but not asked: Customs Lens may no longer contact api.17track.net. Allow it again to use 17TRACK.',
  );
  await allowInBrowserSettings(context, extensionId, ['17track']);
  await page.getByTestId('tracker-17track-allow').click();
  await expect(access).toBeEmpty();
  expect(await has(worker, SEVENTEEN)).toBe(true);
  // The permission coming back wakes the watcher: 17TRACK is asked with nobody pressing anything.
  await expect.poll(() => trackers.seventeen.requests.length, { timeout: 20_000 }).toBeGreaterThan(0);

  // Taken back in chrome://extensions: the options page and the popup follow at once.
  await revokeInBrowserSettings(context, extensionId, ['17track']);
  await expect(access).toContainText('17TRACK is on but not asked');
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(page.getByTestId('needs-access')).toBeVisible();
  const asked = trackers.seventeen.requests.length;
  await aMinuteLater(worker);
  await send<Summary>(page, { type: 'check-now' });
  expect(trackers.seventeen.requests).toHaveLength(asked);
});

test('a first key does not switch a tracker on without its permission; the note says how', async ({
  page,
  worker,
  extensionId,
}) => {
  await seedStore(worker, storeDoc());
  await openOptions(page, extensionId);
  await page.getByLabel('ParcelsApp API key', { exact: true }).fill(PARCELSAPP_KEY);
  await expect(page.getByTestId('tracker-parcelsapp-key-waits')).toHaveText(
    'Key saved. Turn on “Use ParcelsApp” to use it: your browser will ask you to let Customs Lens contact parcelsapp.com.',
  );
  await expect
    .poll(async () => (await store(worker)).settings.trackers)
    .toMatchObject({ parcelsapp: { enabled: false, apiKey: PARCELSAPP_KEY } });
  await expect(page.getByTestId('tracker-parcelsapp-enabled')).not.toBeChecked();
});

test('an import that turns ParcelsApp on asks for its host on the Import click', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await seedStore(worker, storeDoc());
  await openOptions(page, extensionId);
  const file = structuredClone(storeDoc());
  file.settings.trackers.parcelsapp = { enabled: true, apiKey: PARCELSAPP_KEY };
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('preview-asks-access')).toHaveText(
    'Importing turns ParcelsApp on: your browser will ask you to let Customs Lens contact parcelsapp.com.',
  );
  await allowInBrowserSettings(context, extensionId, ['parcelsapp']);
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('data-status')).toContainText('Imported.');
  await expect(page.getByTestId('import-held-access')).toHaveCount(0);
  expect((await store(worker)).settings.trackers.parcelsapp).toEqual({ enabled: true, apiKey: PARCELSAPP_KEY });
  expect(await has(worker, PARCELSAPP)).toBe(true);
});

test.describe('the browser’s real prompt, answered by keyboard (headed, on a private X display)', () => {
  test('refused: 17TRACK stays off and the options page says why; allowed: it is on', async () => {
    const browser = await launchHeaded();
    try {
      const { context, worker, extensionId } = browser;
      await seedStore(worker, seventeenDoc(false));
      const page = context.pages()[0] ?? (await context.newPage());
      await openOptions(page, extensionId);
      const toggle = page.getByRole('switch', { name: /Use 17TRACK/ });
      const access = page.getByTestId('tracker-17track-access');

      await toggle.click();
      await expect(access).toHaveText('Waiting for your answer in the browser’s prompt…');
      await expect(toggle).not.toBeChecked();
      const refusal =
        '17TRACK stays off: Customs Lens was not allowed to contact api.17track.net. Turn it on again and allow it to use 17TRACK.';
      await browser.refuse(async () => (await access.textContent()) === refusal);
      await expect(access).toHaveText(refusal);
      await expect(toggle).not.toBeChecked();
      expect((await store(worker)).settings.trackers['17track'].enabled).toBe(false);
      expect(await has(worker, SEVENTEEN)).toBe(false);

      await toggle.click();
      await expect(access).toHaveText('Waiting for your answer in the browser’s prompt…');
      await browser.allow(page, () => toggle.isChecked());
      await expect(toggle).toBeChecked();
      await expect(access).toBeEmpty();
      await expect.poll(async () => (await store(worker)).settings.trackers['17track'].enabled).toBe(true);
      expect(await has(worker, SEVENTEEN)).toBe(true);
    } finally {
      await browser.close();
    }
  });

  test('an import whose ParcelsApp is refused imports the rest, with ParcelsApp off and why', async () => {
    const browser = await launchHeaded();
    try {
      const { worker, context, extensionId } = browser;
      await seedStore(worker, storeDoc());
      const page = context.pages()[0] ?? (await context.newPage());
      await openOptions(page, extensionId);
      const file = structuredClone(storeDoc());
      file.settings.trackers.parcelsapp = { enabled: true, apiKey: PARCELSAPP_KEY };
      file.settings.checkIntervalMinutes = 720;
      await page
        .getByTestId('import-file')
        .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await expect(page.getByTestId('preview-asks-access')).toBeVisible();
      await page.getByTestId('import-apply').click();
      const held = page.getByTestId('import-held-access');
      await browser.refuse(async () => (await held.count()) > 0);
      await expect(held).toHaveText(
        'ParcelsApp stays off: Customs Lens was not allowed to contact parcelsapp.com. Turn it on under “Trackers” to use it.',
      );
      await expect(page.getByTestId('data-status')).toContainText('Imported.');
      const { settings } = await store(worker);
      expect(settings.checkIntervalMinutes).toBe(720);
      expect(settings.trackers.parcelsapp).toEqual({ enabled: false, apiKey: PARCELSAPP_KEY });
      expect(await has(worker, PARCELSAPP)).toBe(false);
    } finally {
      await browser.close();
    }
  });
});

// The options page as a user relies on it: every setting saved at once and confirmed, API keys kept
// local (show/hide, test), export with and without keys, import with a preview (bad files refused
// with the store untouched), clear everything behind a confirmation, and a full round trip.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures/extension.ts';
import { allowInBrowserSettings, grantTrackerAccess } from './fixtures/permissions.ts';
import { readStorage, seedStore, storeDoc } from './popup-seed.ts';

type Doc = ReturnType<typeof storeDoc>;

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.getByTestId('options')).toBeVisible();
}

const stored = async (worker: Worker) => (await readStorage(worker)).customsLens as Doc;

async function exportFile(page: Page): Promise<{ name: string; json: Record<string, unknown>; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const text = readFileSync((await download.path()) as string, 'utf8');
  return { name: download.suggestedFilename(), json: JSON.parse(text), text };
}

async function importFile(page: Page, name: string, content: string) {
  await page
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('every setting is saved at once, confirmed, and survives a reload', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await seedStore(worker, storeDoc());
  // Turning ParcelsApp on asks the browser for parcelsapp.com: allowed once in chrome://extensions, so the
  // browser answers without its prompt (the prompt itself: permissions.spec.ts).
  await allowInBrowserSettings(context, extensionId, ['parcelsapp']);
  await openOptions(page, extensionId);

  await page.getByRole('switch', { name: /Use ParcelsApp/ }).check();
  await expect(page.getByTestId('saved-trackers')).toHaveText('✓ Saved');
  await expect.poll(async () => (await stored(worker)).settings.trackers.parcelsapp.enabled).toBe(true);

  await page.getByLabel('Check watched parcels').selectOption('720');
  await expect(page.getByTestId('saved-interval')).toHaveText('✓ Saved');
  await expect.poll(async () => (await stored(worker)).settings.checkIntervalMinutes).toBe(720);
  await expect(page.getByTestId('section-interval')).toContainText('at most every 3 hours');
  expect(await page.getByLabel('Check watched parcels').locator('option').allTextContents()).toEqual([
    'every 1 hour',
    'every 2 hours',
    'every 3 hours',
    'every 6 hours (recommended)',
    'every 12 hours',
    'every 24 hours',
  ]);

  await page.getByRole('checkbox', { name: 'is delivered' }).check();
  await page.getByRole('checkbox', { name: 'leaves customs' }).uncheck();
  await expect(page.getByTestId('saved-notify')).toHaveText('✓ Saved');
  await expect
    .poll(async () => (await stored(worker)).settings.notify)
    .toEqual({ leftCustoms: false, actionRequired: true, returned: true, delivered: true });

  await page.getByLabel('Language of Customs Lens').selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customs-Lens-Einstellungen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect.poll(async () => (await stored(worker)).settings.uiLanguage).toBe('de');

  await page.reload();
  await expect(page.getByLabel('Check watched parcels').or(page.locator('#interval'))).toHaveValue('720');
  await expect(page.locator('#language')).toHaveValue('de');
  await page.locator('#language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('#language').selectOption('auto');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customs Lens settings');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('API keys: hidden by default, shown on request, validated, kept local, and tested', async ({
  page,
  worker,
  extensionId,
}) => {
  await seedStore(worker, storeDoc());
  await openOptions(page, extensionId);
  const key = page.getByLabel('ParcelsApp API key', { exact: true });
  await expect(key).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show the ParcelsApp API key' }).click();
  await expect(key).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Hide the ParcelsApp API key' }).click();
  await expect(key).toHaveAttribute('type', 'password');

  await key.fill('has a space');
  await expect(page.getByTestId('tracker-parcelsapp')).toContainText('without spaces');
  await expect(key).toHaveAttribute('aria-invalid', 'true');

  await key.fill('  pa-key-0123456789  ');
  await expect(page.getByTestId('saved-trackers')).toHaveText('✓ Saved');
  await expect.poll(async () => (await stored(worker)).settings.trackers.parcelsapp.apiKey).toBe('pa-key-0123456789');
  expect(await worker.evaluate(() => chrome.storage.sync.get(null))).toEqual({});

  await page.getByTestId('tracker-parcelsapp-test').click();
  await expect(page.getByTestId('tracker-parcelsapp-result')).toHaveText(
    /^(The key works: .+|The key was refused: .+|Could not test the key: .+)$/,
  );
  await expect(page.getByTestId('tracker-parcelsapp-test')).toBeEnabled();
});

test('export leaves API keys out unless asked', async ({ page, worker, extensionId }) => {
  await seedStore(worker, storeDoc());
  await openOptions(page, extensionId);
  const plain = await exportFile(page);
  expect(plain.name).toMatch(/^customs-lens-\d{4}-\d{2}-\d{2}\.json$/);
  expect(plain.json.app).toBe('customs-lens');
  expect(Object.keys(plain.json.parcels as object)).toHaveLength(3);
  expect(plain.text).not.toContain('k17-test-key');
  await expect(page.getByTestId('data-status')).toContainText(plain.name);

  await page.getByRole('checkbox', { name: 'Include API keys in the file' }).check();
  const withKeys = await exportFile(page);
  expect((withKeys.json.settings as Doc['settings']).trackers['17track'].apiKey).toBe('k17-test-key-0123456789');
});

test('a bad file is refused with a clear error and the store is unchanged', async ({ page, worker, extensionId }) => {
  await seedStore(worker, storeDoc());
  await openOptions(page, extensionId);
  const before = await readStorage(worker);
  const status = page.getByTestId('data-status');

  await importFile(page, 'photo.json', '\u0089PNG not json at all');
  await expect(status).toHaveText(
    'photo.json is not a Customs Lens export: it is not a JSON file. Nothing was changed.',
  );
  const cut = JSON.stringify({ app: 'customs-lens', version: 1, parcels: {} }, null, 2).slice(0, 30);
  await importFile(page, 'customs-lens-2026-11-30.json', cut);
  await expect(status).toHaveText(/^customs-lens-2026-11-30\.json is damaged: it stops before the end of the export/);
  await importFile(page, 'other.json', JSON.stringify({ hello: 'world', parcels: 3 }));
  await expect(status).toHaveText('other.json is not a Customs Lens export. Nothing was changed.');
  await importFile(page, 'future.json', JSON.stringify({ app: 'customs-lens', version: 99, parcels: {} }));
  await expect(status).toContainText('comes from a newer version of Customs Lens');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect(await readStorage(worker)).toEqual(before);
});

test('import previews what it adds, replaces, changes and rejects before applying', async ({
  page,
  worker,
  extensionId,
}) => {
  const current = storeDoc();
  await seedStore(worker, current);
  await openOptions(page, extensionId);
  const before = await readStorage(worker);
  const changed = structuredClone(current.parcels.RB123456785CN) as Doc['parcels'][string];
  changed.stage = 'released';
  const added = { ...structuredClone(changed), trackingNumber: 'LP00000000000777', title: 'Desk lamp' };
  const file = {
    app: 'customs-lens',
    version: 1,
    settings: {
      ...current.settings,
      checkIntervalMinutes: 1440,
      trackers: { ...current.settings.trackers, '17track': { enabled: false, apiKey: '' } },
    },
    parcels: {
      RB123456785CN: changed,
      LP00000000000777: added,
      LP00123456789012: current.parcels.LP00123456789012,
      BROKEN1: { trackingNumber: 'BROKEN1', stage: 'lost in space' },
    },
  };
  await importFile(page, 'mine.json', JSON.stringify(file));
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: 'What importing mine.json will do' })).toBeVisible();
  await expect(preview.getByTestId('preview-add')).toContainText('New parcels to add (1)Desk lamp LP00000000000777');
  await expect(preview.getByTestId('preview-replace')).toContainText('RB123456785CN');
  await expect(preview.getByTestId('preview-unchanged')).toContainText('LP00123456789012');
  await expect(preview.getByTestId('preview-settings')).toHaveText(
    'Settings that change (1)Check interval: every 6 hours → every 24 hours',
  );
  await expect(preview.getByTestId('preview-rejected')).toContainText('BROKEN1');
  // In the user's words, never zod's ("Invalid input: expected string, received undefined").
  await expect(preview.getByTestId('preview-rejected')).toContainText('this parcel could not be read');
  await expect(preview.getByTestId('preview-rejected')).not.toContainText(/invalid input|expected|received/i);

  // Nothing happens until the user says so.
  expect(await readStorage(worker)).toEqual(before);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('data-status')).toHaveText('Import cancelled. Nothing was changed.');
  expect(await readStorage(worker)).toEqual(before);

  await importFile(page, 'mine.json', JSON.stringify(file));
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('data-status')).toHaveText(
    'Imported. New parcels: 1. Replaced: 1. Settings changed: 1.',
  );
  const after = await stored(worker);
  expect(Object.keys(after.parcels).sort()).toEqual([
    'LP00000000000777',
    'LP00123456789012',
    'LP00987654321098',
    'RB123456785CN',
  ]);
  expect(after.parcels.RB123456785CN?.stage).toBe('released');
  expect(after.settings.checkIntervalMinutes).toBe(1440);
  // The file had no key: the stored one stays.
  expect(after.settings.trackers['17track'].apiKey).toBe('k17-test-key-0123456789');
});

test('round trip: export, clear everything (confirmed), import — everything is back', async ({
  page,
  worker,
  extensionId,
}) => {
  const original = storeDoc();
  original.panels = { '8180000000000001': 'collapsed' };
  await seedStore(worker, original);
  // Side keys the watcher keeps (a notification log, a damaged copy kept aside) go with "clear" too.
  await worker.evaluate(() =>
    chrome.storage.local.set({
      'customsLens.notifications': [{ id: 'cl|RB123456785CN|left_customs', title: 'Left customs' }],
      'customsLens.corrupt.2026-11-01T00:00:00.000Z': 'garbage',
    }),
  );
  await openOptions(page, extensionId);
  await page.getByRole('checkbox', { name: 'Include API keys in the file' }).check();
  const exported = await exportFile(page);

  // Cancelling the dialog keeps everything.
  await page.getByRole('button', { name: 'Clear all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear all Customs Lens data?' });
  await expect(dialog).toContainText('This deletes your watched parcels (3)');
  await dialog.getByRole('button', { name: 'Keep my data' }).click();
  await expect(dialog).toBeHidden();
  expect((await stored(worker)).parcels).toEqual(original.parcels);

  await page.getByRole('button', { name: 'Clear all data…' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByTestId('data-status')).toHaveText('All data cleared.');
  await expect.poll(async () => Object.keys((await stored(worker)).parcels)).toEqual([]);
  expect(Object.keys(await worker.evaluate(() => chrome.storage.local.get(null)))).toEqual(['customsLens']);
  expect((await stored(worker)).settings.trackers['17track']).toEqual({ enabled: false, apiKey: '' });
  await expect(page.getByLabel('17TRACK API key', { exact: true })).toHaveValue('');

  await importFile(page, exported.name, exported.text);
  await expect(page.getByTestId('preview-add')).toContainText('New parcels to add (3)');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('data-status')).toContainText('Imported. New parcels: 3.');
  await expect.poll(async () => stored(worker)).toEqual(original);
  await expect(page.getByLabel('17TRACK API key', { exact: true })).toHaveValue('k17-test-key-0123456789');
});

test('typing a first API key turns its tracker on; changing the key later leaves the switch alone', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await seedStore(worker, storeDoc());
  // The browser already lets Customs Lens reach ParcelsApp (without it, the key waits for the switch:
  // permissions.spec.ts).
  await grantTrackerAccess(context, extensionId, ['parcelsapp']);
  await openOptions(page, extensionId);
  const toggle = page.getByTestId('tracker-parcelsapp-enabled');
  await expect(toggle).not.toBeChecked();
  await page.getByLabel('ParcelsApp API key', { exact: true }).fill('pa-key-0123456789');
  await expect(toggle).toBeChecked();
  await expect
    .poll(async () => (await stored(worker)).settings.trackers.parcelsapp)
    .toEqual({
      enabled: true,
      apiKey: 'pa-key-0123456789',
    });
  // 17TRACK has a key but was turned off on purpose: a new key keeps it off.
  await page.getByLabel('17TRACK API key', { exact: true }).fill('k17-new-key-9876543210');
  await expect
    .poll(async () => (await stored(worker)).settings.trackers['17track'].apiKey)
    .toBe('k17-new-key-9876543210');
  await expect(page.getByTestId('tracker-17track-enabled')).not.toBeChecked();
});

test('export without keys, clear, import: 17TRACK stays off without its key, the preview says so and shows titles', async ({
  page,
  worker,
  extensionId,
}) => {
  const doc = storeDoc();
  doc.settings.trackers['17track'] = { enabled: true, apiKey: 'k17-test-key-0123456789' };
  await seedStore(worker, doc);
  await openOptions(page, extensionId);
  const exported = await exportFile(page);
  expect(exported.text).not.toContain('k17-test-key');

  await page.getByRole('button', { name: 'Clear all data…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByTestId('data-status')).toHaveText('All data cleared.');

  await importFile(page, exported.name, exported.text);
  await expect(page.getByTestId('preview-held')).toHaveText(
    '17TRACK stays off: the file turns it on but has no API key for it. Add the key under “Trackers” to use it.',
  );
  await expect(page.getByTestId('preview-add').getByRole('listitem')).toContainText([
    'Wireless earbuds with charging case, Bluetooth 5.3 LP00123456789012',
    'USB-C cable 2 m braided (2 pack) LP00987654321098',
    'Stainless steel watch band 20 mm RB123456785CN',
  ]);
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('data-status')).toContainText('Imported. New parcels: 3.');
  expect((await stored(worker)).settings.trackers['17track']).toEqual({ enabled: false, apiKey: '' });
  await expect(page.getByTestId('tracker-17track-enabled')).not.toBeChecked();
});

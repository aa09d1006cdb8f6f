// The toolbar popup as a buyer uses it: watched parcels most urgent first with everything that matters
// about each, check now, tracking and re-track links, stop watching with undo, adding a number by hand,
// the empty state, the "data kept aside" notice, and Hebrew laid out right to left.

import he from '../src/locales/he/common.ts';
import { expect, sendFromExtensionPage, test } from './fixtures/extension.ts';
import { openPopup, readStorage, seedStore, serveThumbnails, storeDoc, threeParcels } from './popup-seed.ts';

test('lists watched parcels most urgent first, with stage, days, latest event, last check and errors', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await serveThumbnails(context);
  await seedStore(worker, storeDoc());
  await openPopup(page, extensionId);

  const list = page.getByRole('list', { name: 'Watched parcels, most urgent first' });
  const cards = list.getByRole('listitem').filter({ has: page.getByTestId('stage-chip') });
  await expect(cards).toHaveCount(3);
  expect(await page.getByTestId('parcel').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage')))).toEqual([
    'action_required',
    'inspection',
    'released',
  ]);

  const urgent = page.getByRole('listitem', { name: 'Stainless steel watch band 20 mm' });
  await expect(urgent.getByTestId('parcel-number')).toHaveText('RB123456785CN');
  await expect(urgent.getByTestId('stage-chip')).toHaveText('Customs needs you');
  await expect(urgent.getByTestId('days-in-customs')).toHaveText('4 days at customs');
  await expect(urgent.getByTestId('latest-event')).toHaveText('Customs duties payment requested · 5 hours ago');
  await expect(urgent.getByTestId('last-checked')).toHaveText('Checked 1 hour ago via 17TRACK');
  await expect(urgent.getByTestId('tracker-error')).toHaveText(
    'Cainiao asked to slow down. Customs Lens will wait before asking again. Next try in 2 hours.',
  );
  await expect(urgent.locator('img.thumb')).toHaveJSProperty('complete', true);
  expect(await urgent.locator('img.thumb').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const released = page.getByRole('listitem', { name: 'USB-C cable 2 m braided (2 pack)' });
  await expect(released.getByTestId('stage-chip')).toHaveText('Released by customs');
  await expect(released.getByTestId('latest-event')).toContainText('Import customs clearance complete · yesterday');
  await expect(released.getByTestId('tracker-error')).toHaveCount(0);

  // Tracking page opens in a new tab; re-track links are a keyboard-operable disclosure.
  const tracking = urgent.getByRole('link', { name: 'Open the tracking page of RB123456785CN in a new tab' });
  await expect(tracking).toHaveAttribute(
    'href',
    'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000002',
  );
  await expect(tracking).toHaveAttribute('target', '_blank');
  const retrack = urgent.getByTestId('retrack');
  await expect(retrack.getByRole('link', { name: '17TRACK' })).toBeHidden();
  await retrack.getByLabel('Track elsewhere: RB123456785CN').focus();
  await page.keyboard.press('Enter');
  await expect(retrack.getByRole('link', { name: '17TRACK' })).toBeVisible();
  await expect(retrack.getByRole('link', { name: '17TRACK' })).toHaveAttribute('href', /RB123456785CN/);
  await context.route('https://parcelsapp.com/en/tracking/*', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>ParcelsApp</title>' }),
  );
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    retrack.getByRole('link', { name: 'ParcelsApp' }).click(),
  ]);
  await expect(tab).toHaveURL('https://parcelsapp.com/en/tracking/RB123456785CN');
  await tab.close();
  await page.keyboard.press('Escape');
  await expect(retrack.getByRole('link', { name: '17TRACK' })).toBeHidden();

  // The settings button opens the options page.
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Settings' }).click(),
  ]);
  await expect(options).toHaveURL(/\/src\/options\/index\.html/);
});

test('check now shows progress, then the result (or why it could not check) in a live region', async ({
  page,
  worker,
  extensionId,
}) => {
  await seedStore(worker, storeDoc());
  await openPopup(page, extensionId);
  const status = page.getByTestId('popup-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');

  await page.getByRole('button', { name: 'Check now: LP00123456789012' }).click();
  await expect(status).toHaveText(/^(Check finished.*|Could not check: .+)$/);
  await expect(page.getByRole('button', { name: 'Check now: LP00123456789012' })).toBeEnabled();

  await page.getByRole('button', { name: 'Check all' }).click();
  await expect(page.getByTestId('check-all')).toHaveText(/Check all/);
  await expect(status).toHaveText(/^(Check finished.*|Could not check: .+)$/);
});

test('stop watching removes the parcel, and Undo puts it back exactly as it was', async ({
  page,
  worker,
  extensionId,
}) => {
  await seedStore(worker, storeDoc());
  await openPopup(page, extensionId);
  const before = (await readStorage(worker)).customsLens as { parcels: Record<string, unknown> };

  await page.getByRole('button', { name: 'Stop watching LP00123456789012' }).click();
  await expect(page.getByTestId('parcel')).toHaveCount(2);
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText('Stopped watching Wireless earbuds with charging case, Bluetooth 5.3.');
  await expect(toast.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect
    .poll(async () => Object.keys(((await readStorage(worker)).customsLens as typeof before).parcels).sort())
    .toEqual(['LP00987654321098', 'RB123456785CN']);

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('parcel')).toHaveCount(3);
  await expect(page.getByTestId('popup-status')).toHaveText(
    'Watching Wireless earbuds with charging case, Bluetooth 5.3 again.',
  );
  await expect
    .poll(async () => ((await readStorage(worker)).customsLens as typeof before).parcels.LP00123456789012)
    .toEqual(before.parcels.LP00123456789012);
});

test('empty state teaches a newcomer, and a number can be added by hand (garbage refused, unknown format warned)', async ({
  page,
  worker,
  extensionId,
}) => {
  await openPopup(page, extensionId);
  const empty = page.getByTestId('popup-empty');
  await expect(empty).toContainText('No parcels watched yet');
  await expect(empty.getByRole('listitem')).toHaveCount(3);

  const number = page.getByRole('textbox', { name: 'Tracking number' });
  const hint = page.getByTestId('add-hint');
  const submit = page.getByTestId('add-submit');

  await submit.click();
  await expect(hint).toHaveText('Type or paste the tracking number from the order.');

  await number.fill('hello world!!');
  await submit.click();
  await expect(hint).toContainText('This is not a tracking number');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  expect((await readStorage(worker)).customsLens).toBeUndefined();

  // Unknown but plausible: warned, then added on an explicit "Watch anyway".
  await number.fill('ZZ9X8Y7W6V5');
  await submit.click();
  await expect(hint).toContainText('does not recognise this format');
  await expect(submit).toHaveText('Watch anyway');
  await submit.click();
  await expect(page.getByTestId('popup-status')).toHaveText('Now watching ZZ9X8Y7W6V5.');
  await expect(page.getByRole('listitem', { name: 'ZZ9X8Y7W6V5' })).toBeVisible();

  // A recognised number, typed sloppily, with a title; keyboard only.
  await page.getByRole('button', { name: 'Add a tracking number' }).click();
  await expect(number).toBeFocused();
  await page.keyboard.type(' lp 0012 3456 7890 12 ');
  await expect(hint).toHaveText('Recognised format: Cainiao.');
  await page.getByRole('textbox', { name: 'What is it? (optional)' }).fill('Phone case');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem', { name: 'Phone case' })).toContainText('LP00123456789012');
  await expect
    .poll(async () => Object.keys(((await readStorage(worker)).customsLens as { parcels: object }).parcels).sort())
    .toEqual(['LP00123456789012', 'ZZ9X8Y7W6V5']);

  // The same number again is not added twice.
  await page.getByRole('button', { name: 'Add a tracking number' }).click();
  await number.fill('LP00123456789012');
  await expect(hint).toHaveText('LP00123456789012 is already watched.');
});

test('a corrupted store is kept aside and the popup says so until dismissed', async ({ page, worker, extensionId }) => {
  await seedStore(worker, 'not a store at all');
  await openPopup(page, extensionId);
  // Any read by the background validates the document and keeps the broken one aside.
  await sendFromExtensionPage(page, { type: 'is-watched', trackingNumber: 'LP00123456789012' });
  const notice = page.getByTestId('store-notice');
  await expect(notice).toContainText('kept a copy aside (nothing was deleted)');
  const stored = await readStorage(worker);
  expect(Object.values(stored)).toContain('not a store at all');
  await notice.getByRole('button', { name: 'Got it' }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(async () => 'customsLens.notice' in (await readStorage(worker))).toBe(false);
  await expect(page.getByTestId('popup-empty')).toBeVisible();
});

const HEBREW_NAME = he.ext_name;

test('follows the language chosen in settings, right to left for Hebrew', async ({ page, worker, extensionId }) => {
  const doc = storeDoc(threeParcels());
  doc.settings.uiLanguage = 'he';
  await seedStore(worker, doc);
  await openPopup(page, extensionId);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await expect(page).toHaveTitle(HEBREW_NAME);
  await expect(page.getByTestId('parcel')).toHaveCount(3);
});

// Chrome cuts a popup at 600 px: the empty state and its Watch button must fit above that fold, in
// every language (German and French run longest), without scrolling.
for (const lang of ['en', 'es', 'fr', 'de', 'pl', 'pt_BR', 'he'] as const) {
  test(`empty popup fits Chrome's 600 px popup, Watch button above the fold (${lang})`, async ({
    page,
    worker,
    extensionId,
  }) => {
    const doc = storeDoc({});
    await seedStore(worker, { ...doc, settings: { ...doc.settings, uiLanguage: lang } });
    await openPopup(page, extensionId);
    await expect(page.getByTestId('popup-empty')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang.replace('_', '-'));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(600);
    const submit = await page.getByTestId('add-submit').boundingBox();
    expect((submit?.y ?? Number.POSITIVE_INFINITY) + (submit?.height ?? 0)).toBeLessThanOrEqual(600);
  });
}

test('a long parcel title is clamped to two lines but readable whole: tooltip, hover and keyboard focus', async ({
  page,
  worker,
  extensionId,
}) => {
  const long =
    'Men’s waterproof hiking boots with breathable mesh lining, anti-slip rubber sole, reinforced toe cap and quick-lace system, size EU 43';
  const parcels = threeParcels();
  const first = parcels.LP00123456789012;
  if (!first) throw new Error('seed changed');
  parcels.LP00123456789012 = { ...first, title: long };
  await seedStore(worker, storeDoc(parcels));
  await openPopup(page, extensionId);
  const title = page.getByRole('heading', { name: long });
  await expect(title).toHaveAttribute('title', long);
  const clipped = () => title.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(await clipped()).toBe(true);
  const card = page.getByRole('listitem', { name: long });
  await card.getByRole('button').first().focus();
  await expect.poll(clipped).toBe(false);
  await page.getByTestId('popup-status').focus();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await expect.poll(clipped).toBe(true);
  await title.hover();
  await expect.poll(clipped).toBe(false);
});

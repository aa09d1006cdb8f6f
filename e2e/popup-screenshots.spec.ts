// Screenshots of the popup and options for README and docs (docs/screenshots/). They are pictures,
// not checks, so they run only when asked (playwright.config.ts ignores them otherwise):
//   CL_SCREENSHOTS=1 npx playwright test e2e/popup-screenshots.spec.ts
// Every picture shows the one seed (pictureDoc in popup-seed.ts) and is recorded with the hashes of the
// files that draw it in docs/screenshots/sources.json (scripts/picture-sources.ts).
import type { Locator, Page } from '@playwright/test';
import { recordPictures } from '../scripts/picture-sources.ts';
import { expect, launchWithExtension, test } from './fixtures/extension.ts';
import { grantTrackerAccess } from './fixtures/permissions.ts';
import { openPopup, pictureDoc, pictureImportFile, readStorage, seedStore, serveThumbnails } from './popup-seed.ts';

const OUT = 'docs/screenshots';

/** The resting state: no transition or animation half-way, no caret, no hover or focus ring. */
async function settle(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addStyleTag({
    content:
      '*,*::before,*::after{transition:none!important;animation:none!important;caret-color:transparent!important}',
  });
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
}

async function shot(page: Page, file: string, target?: Locator): Promise<void> {
  await settle(page);
  const out = `${OUT}/${file}`;
  if (target) await target.screenshot({ path: out, animations: 'disabled' });
  else await page.screenshot({ path: out, fullPage: true, animations: 'disabled' });
  recordPictures([out]);
}

async function popupShot(page: Page, extensionId: string, file: string) {
  await openPopup(page, extensionId);
  await expect(page.getByTestId('parcel')).toHaveCount(3);
  await expect(page.locator('img.thumb').first()).toHaveJSProperty('complete', true);
  await shot(page, file);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup with three parcels (${scheme})`, async () => {
    const { context, worker, extensionId, close } = await launchWithExtension({ colorScheme: scheme });
    try {
      await serveThumbnails(context);
      await grantTrackerAccess(context, extensionId, ['17track']);
      await seedStore(worker, pictureDoc());
      const page = context.pages()[0] ?? (await context.newPage());
      await popupShot(page, extensionId, scheme === 'light' ? 'popup.png' : 'popup-dark.png');
    } finally {
      await close();
    }
  });
}

test('popup in Hebrew (right to left)', async ({ context, page, worker, extensionId }) => {
  const doc = pictureDoc();
  doc.settings.uiLanguage = 'he';
  await serveThumbnails(context);
  await grantTrackerAccess(context, extensionId, ['17track']);
  await seedStore(worker, doc);
  await popupShot(page, extensionId, 'popup-he.png');
});

test('popup empty state', async ({ context, page, worker, extensionId }) => {
  await grantTrackerAccess(context, extensionId, ['17track']);
  await seedStore(worker, { ...pictureDoc(), parcels: {} });
  await openPopup(page, extensionId);
  await expect(page.getByTestId('popup-empty')).toBeVisible();
  // Chrome sizes a popup to its content: the picture ends where the content does, not at the 600 px limit.
  await page.setViewportSize({ width: 380, height: 100 });
  await shot(page, 'popup-empty.png');
});

test('options page, and an import preview', async ({ context, page, worker, extensionId }) => {
  const doc = pictureDoc();
  // 17TRACK is on in the seed: the user allowed api.17track.net when turning it on.
  await grantTrackerAccess(context, extensionId, ['17track']);
  await seedStore(worker, doc);
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  // The seed's trackers, as the popup pictures show them checked: Cainiao and 17TRACK on, with a key.
  await expect(page.getByRole('switch', { name: /Cainiao/ })).toBeChecked();
  await expect(page.getByRole('switch', { name: /17TRACK/ })).toBeChecked();
  await expect(page.getByRole('switch', { name: /ParcelsApp/ })).not.toBeChecked();
  await expect(page.getByTestId('tracker-17track-access')).toBeEmpty();
  await shot(page, 'options.png');

  // A file "Export all data" wrote on another computer: the same parcels as stored here, one new one, a
  // longer interval, no keys.
  const stored = (await readStorage(worker)).customsLens as typeof doc;
  await page.getByTestId('import-file').setInputFiles({
    name: 'customs-lens-2026-03-01.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pictureImportFile(stored), null, 2)),
  });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('LED desk lamp');
  await expect(page.getByTestId('preview-rejected')).toHaveCount(0);
  await expect(preview).not.toContainText('replaced');
  await expect(page.getByTestId('preview-held')).toHaveCount(0);
  await preview.scrollIntoViewIfNeeded();
  await shot(page, 'options-import.png', page.getByTestId('section-data'));
});

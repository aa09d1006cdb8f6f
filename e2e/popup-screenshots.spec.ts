// Screenshots of the popup and options for README and docs (docs/screenshots/). They are pictures,
// not checks, so they run only when asked (playwright.config.ts ignores them otherwise):
//   CL_SCREENSHOTS=1 npx playwright test e2e/popup-screenshots.spec.ts
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, test } from './fixtures/extension.ts';
import { openPopup, seedStore, serveThumbnails, storeDoc } from './popup-seed.ts';

const OUT = 'docs/screenshots';

async function popupShot(page: Page, extensionId: string, file: string) {
  await openPopup(page, extensionId);
  await expect(page.getByTestId('parcel')).toHaveCount(3);
  await expect(page.locator('img.thumb').first()).toHaveJSProperty('complete', true);
  await page.screenshot({ path: `${OUT}/${file}`, fullPage: true });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup with three parcels (${scheme})`, async () => {
    const { context, worker, extensionId, close } = await launchWithExtension({ colorScheme: scheme });
    try {
      await serveThumbnails(context);
      await seedStore(worker, storeDoc());
      const page = context.pages()[0] ?? (await context.newPage());
      await popupShot(page, extensionId, scheme === 'light' ? 'popup.png' : 'popup-dark.png');
    } finally {
      await close();
    }
  });
}

test('popup in Hebrew (right to left)', async ({ context, page, worker, extensionId }) => {
  const doc = storeDoc();
  doc.settings.uiLanguage = 'he';
  await serveThumbnails(context);
  await seedStore(worker, doc);
  await popupShot(page, extensionId, 'popup-he.png');
});

test('popup empty state', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await expect(page.getByTestId('popup-empty')).toBeVisible();
  await page.screenshot({ path: `${OUT}/popup-empty.png`, fullPage: true });
});

test('options page, and an import preview', async ({ page, worker, extensionId }) => {
  const doc = storeDoc();
  await seedStore(worker, doc);
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await page.getByRole('switch', { name: /Use Cainiao/ }).check();
  await expect(page.getByTestId('saved-trackers')).toHaveText('✓ Saved');
  await page.screenshot({ path: `${OUT}/options.png`, fullPage: true });

  const file = {
    app: 'customs-lens',
    version: 1,
    settings: { ...doc.settings, checkIntervalMinutes: 720 },
    parcels: {
      ...doc.parcels,
      LP00000000000777: { ...doc.parcels.RB123456785CN, trackingNumber: 'LP00000000000777', title: 'Desk lamp' },
      BROKEN1: { trackingNumber: 'BROKEN1' },
    },
  };
  await page.getByTestId('import-file').setInputFiles({
    name: 'customs-lens-2026-03-01.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await page.getByTestId('section-data').screenshot({ path: `${OUT}/options-import.png` });
});

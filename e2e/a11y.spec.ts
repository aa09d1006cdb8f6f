// Accessibility of everything the buyer sees, checked with axe-core in the built extension: the on-page
// panel (expanded and collapsed, light and dark, left-to-right and right-to-left), the popup (empty and
// with parcels) and the options page. No serious or critical violation is allowed.
import type { Page } from '@playwright/test';
import { runAxe, seriousViolations } from './fixtures/axe.ts';
import { expect, launchWithExtension, test } from './fixtures/extension.ts';
import { serveDated } from './panel-serve.ts';
import { openPopup, seedStore, serveThumbnails, storeDoc } from './popup-seed.ts';

const UI_LANGS = ['en', 'es', 'fr', 'de', 'pl', 'pt_BR', 'he'] as const;

/**
 * Serious violations including WCAG 2.5.3 "label in name" (axe's label-content-name-mismatch, off by
 * default as experimental): an accessible name must contain the words the control shows.
 */
async function violationsWithLabelInName(page: Page): Promise<string[]> {
  await runAxe(page); // loads axe into the page
  await page.evaluate(() =>
    (window as unknown as { axe: { configure: (c: unknown) => void } }).axe.configure({
      rules: [{ id: 'label-content-name-mismatch', enabled: true }],
    }),
  );
  return seriousViolations(page);
}

const PANEL = '[data-customs-lens="panel"]';
const PAGES = {
  ltr: {
    url: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101',
    file: 'panel-tracking-en.html',
  },
  rtl: {
    url: 'https://he.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000103',
    file: 'panel-tracking-he.html',
  },
};

async function expandedThenCollapsed(page: Page): Promise<{ expanded: string[]; collapsed: string[] }> {
  const host = page.locator(PANEL);
  const toggle = host.getByTestId('panel-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const expanded = await seriousViolations(page, PANEL);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const collapsed = await seriousViolations(page, PANEL);
  return { expanded, collapsed };
}

for (const scheme of ['light', 'dark'] as const) {
  for (const dir of ['ltr', 'rtl'] as const) {
    test(`panel, ${scheme}, ${dir}: expanded and collapsed`, async () => {
      const { context, close } = await launchWithExtension({ colorScheme: scheme });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await serveDated(context, PAGES[dir].url, PAGES[dir].file);
        await page.goto(PAGES[dir].url);
        await expect(page.locator(PANEL)).toHaveCount(1);
        expect(await expandedThenCollapsed(page)).toEqual({ expanded: [], collapsed: [] });
      } finally {
        await close();
      }
    });
  }
}

test('popup, empty', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await expect(page.getByTestId('popup')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`popup with parcels, ${scheme}`, async () => {
    const { context, worker, extensionId, close } = await launchWithExtension({ colorScheme: scheme });
    try {
      await serveThumbnails(context);
      await seedStore(worker, storeDoc());
      const page = context.pages()[0] ?? (await context.newPage());
      await openPopup(page, extensionId);
      await expect(page.getByTestId('parcel')).toHaveCount(3);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
}

test('options', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.locator('main, form').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

// Every UI language: words differ in length and grammar, and an accessible name written for one language
// can miss the visible words of another (Hebrew "Show"/"Hide", Polish "Strona śledzenia").
for (const lang of UI_LANGS) {
  test(`${lang}: popup (with parcels, then empty) and options, label in name included`, async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await serveThumbnails(context);
    const doc = storeDoc();
    const settings = { ...doc.settings, uiLanguage: lang };
    await seedStore(worker, { ...doc, settings });
    await openPopup(page, extensionId);
    await expect(page.getByTestId('parcel')).toHaveCount(3);
    await expect(page.locator('html')).toHaveAttribute('lang', lang.replace('_', '-'));
    expect(await violationsWithLabelInName(page)).toEqual([]);

    await seedStore(worker, { ...doc, settings, parcels: {} });
    await openPopup(page, extensionId);
    await expect(page.getByTestId('popup-empty')).toBeVisible();
    expect(await violationsWithLabelInName(page)).toEqual([]);

    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(page.locator('main, form').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang.replace('_', '-'));
    expect(await violationsWithLabelInName(page)).toEqual([]);
  });
}

test('the label-in-name check finds a name that hides the visible words', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'Strona śledzenia';
    button.setAttribute('aria-label', 'Otwórz stronę śledzenia w nowej karcie');
    document.querySelector('main')?.append(button);
  });
  expect((await violationsWithLabelInName(page)).join('\n')).toContain('label-content-name-mismatch');
});

test('the checker finds a known violation (so a pass means something)', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.body.append(img);
  });
  expect((await seriousViolations(page)).join('\n')).toContain('image-alt');
});

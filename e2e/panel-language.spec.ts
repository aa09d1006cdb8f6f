// The panel's language, as a buyer meets it: the page's language by default, the one chosen in the
// settings otherwise (badges too), laid out in that language's direction, with only its catalog loaded.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension.ts';
import { serveDated } from './panel-serve.ts';
import { seedStore, storeDoc } from './popup-seed.ts';

const panel = (page: Page) => page.locator('[data-customs-lens="panel"]');
const EN = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000101';
const HE = 'https://he.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000103';

/** The catalog modules the page fetched from the extension (src/content/locales/<lang>.js). */
function catalogsLoaded(page: Page): string[] {
  const loaded: string[] = [];
  page.on('request', (request) => {
    // runtime.getURL's dynamic URL redirects inside the browser to the extension's own: count it once.
    if (request.redirectedFrom()) return;
    const match = /\/src\/content\/locales\/([\w]+)\.js$/.exec(request.url());
    if (match?.[1]) loaded.push(match[1]);
  });
  return loaded;
}

test('a Hebrew page gets a Hebrew panel, right to left, loading the Hebrew catalog only', async ({ context, page }) => {
  const loaded = catalogsLoaded(page);
  await serveDated(context, HE, 'panel-tracking-he.html');
  await page.goto(HE);
  const section = panel(page).locator('section.panel');
  await expect(section).toHaveAttribute('lang', 'he');
  await expect(section).toHaveAttribute('dir', 'rtl');
  await expect(panel(page).getByTestId('panel-stage')).toHaveText('המכס צריך מכם משהו');
  expect(loaded).toEqual(['he']);
});

test('the language chosen in the settings wins over the page’s, direction included', async ({
  context,
  page,
  worker,
}) => {
  const doc = storeDoc({});
  doc.settings.uiLanguage = 'de';
  await seedStore(worker, doc);
  const loaded = catalogsLoaded(page);
  await serveDated(context, EN, 'panel-tracking-en.html');
  await page.goto(EN);
  await expect(panel(page).locator('section.panel')).toHaveAttribute('lang', 'de');
  await expect(panel(page).getByTestId('panel-stage')).toHaveText('Zollkontrolle');
  expect(loaded).toEqual(['de']);

  doc.settings.uiLanguage = 'en';
  await seedStore(worker, doc);
  await serveDated(context, HE, 'panel-tracking-he.html');
  await page.goto(HE);
  const section = panel(page).locator('section.panel');
  await expect(section).toHaveAttribute('lang', 'en');
  // English text reads left to right even on a right-to-left page.
  await expect(section).toHaveAttribute('dir', 'ltr');
  await expect(panel(page).getByTestId('panel-stage')).toHaveText('Customs needs you');
});

test('order-list badges follow the language chosen in the settings', async ({ context, page, worker }) => {
  const doc = storeDoc({});
  doc.settings.uiLanguage = 'fr';
  await seedStore(worker, doc);
  const url = 'https://www.aliexpress.com/p/order/index.html';
  await serveDated(context, url, 'panel-order-list-en.html');
  await page.goto(url);
  const badge = page.locator('[data-customs-lens="badge"][data-order-id="8180000000000201"]').getByRole('link');
  await expect(badge).toHaveText('◎ Contrôle douanier');
  await expect(badge).toHaveAttribute('title', /ouvrez la page de suivi/);
});

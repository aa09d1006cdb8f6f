// Issue 15, "What will I pay, and where?", as a buyer meets it: on a UK tracking page held for a duties payment the
// panel estimates VAT + duty + the Royal Mail fee and links Royal Mail's own payment page with the scam warning; on a
// Dutch order under EUR 150 it says the VAT was paid at checkout, what to do if asked again, and links PostNL; the
// popup card of a parcel that needs the buyer links the official payment page. Each fixture names its evidence.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension.ts';
import { serveDated } from './panel-serve.ts';
import { openPopup, seedStore, serveThumbnails, storeDoc, threeParcels } from './popup-seed.ts';

const panel = (page: Page) => page.locator('[data-customs-lens="panel"]');

test('UK, GBP 180 held for duties: an estimate with its sources, the Royal Mail page and the scam warning', async ({
  context,
  page,
}) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227501';
  await serveDated(context, url, 'charges-tracking-gb.html');
  await page.goto(url);
  const host = panel(page);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-stage', 'action_required');
  const charges = host.getByTestId('panel-charges');
  // Customs needs the buyer: the section is shown without expanding the panel.
  await expect(charges).toBeVisible();
  await expect(charges).toHaveAttribute('data-charges', 'estimate');
  // 20% VAT on 180 + 0% duty + £8 = £44; 20% on 201.60 + £21.60 duty + £8 = £69.92.
  await expect(charges.getByTestId('charges-headline')).toHaveText('Estimated charges on arrival: £44 – £69.92.');
  await expect(charges.locator('[data-line="fee"]')).toContainText('£8');
  const pay = charges.getByTestId('charges-pay');
  await expect(pay).toHaveAttribute('href', 'https://personal.help.royalmail.com/app/answers/detail/a_id/143');
  await expect(pay).toHaveAttribute('data-payment-page', 'royal_mail');
  await expect(pay).toHaveAttribute('rel', /noopener/);
  await expect(charges.getByTestId('charges-scam')).toContainText('never ask you to pay through a link');
  await expect(charges.getByTestId('charges-scam-carrier')).toHaveText(
    'Royal Mail says it will never call you to ask for payment.',
  );
  // The why is one click away, with dates.
  const why = charges.getByTestId('charges-why');
  await expect(why.locator('li').first()).toBeHidden();
  await why.locator('summary').click();
  await expect(why).toContainText('a_id 143');
  await expect(why).toContainText('as of 2026-12-02');
  // No link other than the official one.
  expect(await charges.locator('a').count()).toBe(1);
});

test('Netherlands, EUR 48.40 with VAT on the Tax line: paid at checkout, what to do if asked again, PostNL', async ({
  context,
  page,
}) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227502';
  await serveDated(context, url, 'charges-tracking-nl.html');
  await page.goto(url);
  const host = panel(page);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-stage', 'import_received');
  await host.getByTestId('panel-toggle').click();
  const charges = host.getByTestId('panel-charges');
  await expect(charges).toHaveAttribute('data-charges', 'prepaid');
  await expect(charges.getByTestId('charges-headline')).toHaveText(
    'Taxes were paid at checkout: you should owe nothing more on arrival.',
  );
  await expect(charges.locator('[data-note="ioss"]')).toContainText('€150');
  await expect(charges.getByTestId('charges-double')).toContainText('IOSS number');
  await expect(charges.getByTestId('charges-pay')).toHaveAttribute(
    'href',
    'https://www.postnl.nl/en/receiving/parcels/receiving-from-abroad/',
  );
  await expect(charges.getByTestId('charges-scam-carrier')).toHaveText(
    'PostNL says it never sends a direct payment link.',
  );
});

test('popup: a parcel customs holds for payment links the official payment page, others do not', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await serveThumbnails(context);
  const parcels = threeParcels();
  const de = Object.values(parcels).find((p) => p.stage === 'action_required');
  if (!de) throw new Error('seed has an action_required parcel');
  const gb = {
    ...de,
    trackingNumber: 'LP00671472073501',
    orderId: '8197254807227501',
    destCountry: 'GB',
    title: 'Keyboard',
  };
  await seedStore(worker, storeDoc({ ...parcels, [gb.trackingNumber]: gb }));
  await openPopup(page, extensionId);

  const gbCard = page.getByRole('listitem', { name: 'Keyboard' });
  const pay = gbCard.getByTestId('pay-official');
  await expect(pay).toHaveText('Pay customs: Royal Mail');
  await expect(pay).toHaveAttribute('href', 'https://personal.help.royalmail.com/app/answers/detail/a_id/143');
  // Germany: Deutsche Post collects on delivery, so there is no page to link; a parcel under inspection gets none.
  await expect(page.getByRole('listitem', { name: de.title ?? '' }).getByTestId('pay-official')).toHaveCount(0);
  await expect(page.getByTestId('pay-official')).toHaveCount(1);
});

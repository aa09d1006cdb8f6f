// Issue 13, "knowledge as of today", as a buyer meets it: the panel on real-shaped AliExpress tracking pages for a
// Swiss order held for a VAT bill (paid at checkout already: contest it, do not pay), a Brazilian parcel whose
// Correios status says the taxes were prepaid ("pago na origem": nothing to pay) and a Chilean order under USD 500
// (IVA charged at checkout). Each fixture names the evidence it follows in an HTML comment.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension.ts';
import { serveDated } from './panel-serve.ts';

const panel = (page: Page) => page.locator('[data-customs-lens="panel"]');

test('Switzerland: a VAT bill on arrival is contested with the carrier, not paid', async ({ context, page }) => {
  const url = 'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8197254807227301';
  await serveDated(context, url, 'knowledge-tracking-ch.html');
  await page.goto(url);
  const host = panel(page);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-stage', 'action_required');
  const steps = host.getByTestId('panel-steps');
  await expect(steps.locator('li').first()).toHaveAttribute('data-step', 'contest_vat');
  await expect(steps.locator('[data-step="contest_vat"]')).toContainText('Swiss Post');
  await expect(steps.locator('[data-step="pay_duties"]')).toHaveCount(0);
  const reason = host.getByTestId('panel-reasons').locator('[data-reason="vat_paid_platform"]');
  await expect(reason).toContainText('double charge');
  await expect(reason).toContainText('Switzerland');
});

test('Brazil: "Despacho Postal pago na origem" is nothing to pay', async ({ context, page }) => {
  const url = 'https://pt.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227302';
  await serveDated(context, url, 'knowledge-tracking-br.html');
  await page.goto(url);
  const host = panel(page);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-stage', 'import_received');
  await expect(host).toHaveAttribute('data-tracking-number', 'LP00664492365524');
  await expect(host.getByTestId('panel-reasons').locator('[data-reason="prepaid_taxes"]')).toContainText(
    'Remessa Conforme',
  );
  await expect(host.locator('[data-step="pay_duties"]')).toHaveCount(0);
  await expect(host.locator('[data-step="contest_vat"]')).toHaveCount(0);
});

test('Chile: an order under USD 500 had its IVA charged at checkout', async ({ context, page }) => {
  const url = 'https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=8196987604675488';
  await serveDated(context, url, 'knowledge-tracking-cl.html');
  await page.goto(url);
  const host = panel(page);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-stage', 'import_received');
  const reason = host.getByTestId('panel-reasons').locator('[data-reason="vat_check"]');
  await expect(reason).toContainText('500');
  await expect(reason).toContainText('45,99');
  await expect(host.locator('[data-step="pay_duties"]')).toHaveCount(0);
});

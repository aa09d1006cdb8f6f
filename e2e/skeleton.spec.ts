// Walking skeleton: the built extension loads, explains a customs status on a real AliExpress URL,
// stays away from pages without one, and its worker, popup and options answer.
import { expect, sendFromExtensionPage, serveFixture, test, waitForContentScript } from './fixtures/extension.ts';

const TRACKING = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000001';

test('panel appears with the stage of the latest customs status', async ({ context, page }) => {
  await serveFixture(context, TRACKING, 'tracking-inspection.html');
  await page.goto(TRACKING);
  const host = page.locator('[data-customs-lens="panel"]');
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-stage', 'inspection');
  await expect(host.locator('.meaning')).toContainText('closer look');
});

test('no panel on a tracking page without a customs status', async ({ context, page, extensionId }) => {
  await serveFixture(context, TRACKING, 'tracking-no-customs.html');
  await page.goto(TRACKING);
  await waitForContentScript(page, extensionId);
  await expect(page.locator('[data-customs-lens]')).toHaveCount(0);
});

test('the service worker answers a typed ping and rejects a malformed message', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const pong = (await sendFromExtensionPage(page, { type: 'ping' })) as {
    ok: boolean;
    value: { storeVersion: number };
  };
  expect(pong.ok).toBe(true);
  expect(pong.value.storeVersion).toBe(1);
  const bad = (await sendFromExtensionPage(page, { type: 'ping-please' })) as { ok: boolean; error: string };
  expect(bad.ok).toBe(false);
  expect(bad.error).toMatch(/^Invalid message: type: /);
});

test('popup renders its empty state and options render', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(page.getByTestId('popup-empty')).toContainText('No parcels watched yet');
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customs Lens settings');
});

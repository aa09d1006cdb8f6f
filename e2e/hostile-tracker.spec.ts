// A tracker answering with hostile data, through the built extension's real check loop: markup and
// script in event texts, bidi overrides, a megabyte description, a time outside the Date range, then an
// answer of the wrong shape. The check never fails as a whole, the parcel is kept, what is stored is
// bounded text, an error is recorded for the user, and the popup shows the texts as text.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, sendFromExtensionPage, test } from './fixtures/extension.ts';

const TN = 'LP00123456789012';
const PWN = '<img src=x onerror="window.__clPwned=1"><script>window.__clPwned=1</script>';

type Stored = {
  parcels: Record<
    string,
    {
      stage: string | null;
      events: Array<{ text: string; time?: string }>;
      trackers: Record<string, { lastError?: string }>;
    }
  >;
};
const store = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.storage.local.get('customsLens')).customsLens) as Promise<Stored>;

/** Cainiao answers whatever `body()` gives at the moment of the request. */
async function hostileCainiao(context: BrowserContext, body: () => unknown) {
  let requests = 0;
  await context.route(
    (url) => url.hostname === 'global.cainiao.com' && url.pathname === '/global/detail.json',
    (route) => {
      requests += 1;
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body()) });
    },
  );
  return () => requests;
}

async function popup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  return page;
}

test('hostile event texts and times are stored as bounded text; a wrong-shaped answer is an error, parcel kept', async ({
  context,
  worker,
  extensionId,
}) => {
  let answer: unknown = {
    success: true,
    module: [
      {
        mailNo: TN,
        destCountry: 'ES',
        status: 'CUSTOMS',
        detailList: [
          {
            time: 8.64e15 + 1,
            timeStr: '2026-01-05 10:00:00',
            desc: `Customs update: We're inspecting your order ${PWN}`,
            actionCode: 'CC_IM_START',
          },
          {
            time: Date.parse('2026-01-04T10:00:00Z'),
            desc: `\u202EMadrid\u202C ${'\u200B'.repeat(50)}Import customs clearance started`,
          },
          { timeStr: 'not a time', desc: 'x'.repeat(1024 * 1024) },
        ],
      },
    ],
  };
  const requests = await hostileCainiao(context, () => answer);
  const page = await popup(context, extensionId);
  const watched = (await sendFromExtensionPage(page, { type: 'watch', parcel: { trackingNumber: TN } })) as {
    ok: boolean;
  };
  expect(watched.ok).toBe(true);
  await expect.poll(async () => (await store(worker)).parcels[TN]?.events.length ?? 0, { timeout: 20_000 }).toBe(3);
  expect(requests()).toBeGreaterThan(0);
  const parcel = (await store(worker)).parcels[TN];
  expect(parcel?.events.some((e) => e.text.includes(PWN))).toBe(true);
  for (const e of parcel?.events ?? []) expect(e.text.length).toBeLessThanOrEqual(2000);
  expect(parcel?.trackers.cainiao?.lastError).toBeUndefined();

  // The popup shows the text as text: no element, nothing run.
  await page.reload();
  const card = page.getByTestId('parcel');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('latest-event')).toContainText('<img src=x');
  await expect(card.locator('img[src="x"], script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __clPwned?: number }).__clPwned)).toBeUndefined();

  // Next answer: the right status, the wrong shape. An error for the user, the parcel and its events kept.
  answer = { success: true, module: { mailNo: TN, detailList: 'nope' } };
  await worker.evaluate(() => chrome.storage.session.remove('customsLens.manualCheckAt'));
  const summary = (await sendFromExtensionPage(page, { type: 'check-now' })) as {
    ok: boolean;
    value?: { checked: number; errors: string[] };
  };
  expect(summary.ok).toBe(true);
  expect(summary.value?.errors.length).toBeGreaterThan(0);
  const after = (await store(worker)).parcels[TN];
  expect(after?.events).toHaveLength(3);
  expect(after?.trackers.cainiao?.lastError?.length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByTestId('parcel').getByTestId('tracker-error')).toBeVisible();
});

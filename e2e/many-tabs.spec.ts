// Many tabs talking to the worker at once: ten extension pages each ask to watch a different parcel in
// the same moment. Every write goes through updateStore's queue, so all ten are stored and none is lost
// to a read-modify-write race.
import { expect, test } from './fixtures/extension.ts';

test('ten pages sending "watch" concurrently: all ten parcels are stored', async ({ context, worker, extensionId }) => {
  const numbers = Array.from({ length: 10 }, (_, i) => `LP0012345678${String(9000 + i)}`);
  const pages = await Promise.all(numbers.map(() => context.newPage()));
  await Promise.all(pages.map((p) => p.goto(`chrome-extension://${extensionId}/src/popup/index.html`)));
  const replies = await Promise.all(
    pages.map((p, i) =>
      p.evaluate(
        (trackingNumber) => chrome.runtime.sendMessage({ type: 'watch', parcel: { trackingNumber } }),
        numbers[i] as string,
      ),
    ),
  );
  expect(replies.map((r) => (r as { ok: boolean }).ok)).toEqual(numbers.map(() => true));
  const stored = (await worker.evaluate(() => chrome.storage.local.get('customsLens'))) as {
    customsLens: { parcels: Record<string, unknown> };
  };
  expect(Object.keys(stored.customsLens.parcels).sort()).toEqual([...numbers].sort());

  // And the same again mixed with stop-watching from other tabs: the survivors are exactly the rest.
  const stop = numbers.slice(0, 5);
  await Promise.all([
    ...stop.map((trackingNumber, i) =>
      pages[i]?.evaluate((n) => chrome.runtime.sendMessage({ type: 'unwatch', trackingNumber: n }), trackingNumber),
    ),
    ...pages
      .slice(5)
      .map((p, i) =>
        p.evaluate(
          (n) => chrome.runtime.sendMessage({ type: 'watch', parcel: { trackingNumber: n } }),
          `RR12345${i}785CN`,
        ),
      ),
  ]);
  const after = (await worker.evaluate(() => chrome.storage.local.get('customsLens'))) as {
    customsLens: { parcels: Record<string, unknown> };
  };
  expect(Object.keys(after.customsLens.parcels).sort()).toEqual(
    [...numbers.slice(5), ...[0, 1, 2, 3, 4].map((i) => `RR12345${i}785CN`)].sort(),
  );
});

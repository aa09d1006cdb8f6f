// A damaged or full store, as the background meets it: a document that is not a store, a parcel of the
// wrong shape among good ones, and storage.local filled to just under its 10 MB quota. Broken data is
// kept aside under customsLens.corrupt.*, the user is told in the popup, nothing good is lost, and the
// extension keeps working (watching still works afterwards).
import type { Page, Worker } from '@playwright/test';
import { expect, sendFromExtensionPage, test } from './fixtures/extension.ts';
import { openPopup, readStorage, seedStore, storeDoc, threeParcels } from './popup-seed.ts';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
const watch = (page: Page, trackingNumber: string) =>
  sendFromExtensionPage(page, { type: 'watch', parcel: { trackingNumber, title: 'Phone case' } }) as Promise<
    Reply<unknown>
  >;
const parcels = async (worker: Worker) =>
  ((await readStorage(worker)).customsLens as { parcels?: Record<string, unknown> } | undefined)?.parcels ?? {};
const corruptCopies = async (worker: Worker) =>
  Object.entries(await readStorage(worker)).filter(([k]) => k.startsWith('customsLens.corrupt.'));

test('garbage instead of the store: kept aside, the popup says so, watching works again', async ({
  page,
  worker,
  extensionId,
}) => {
  await seedStore(worker, 'garbage');
  await openPopup(page, extensionId);
  expect(await watch(page, 'LP00123456789012')).toMatchObject({ ok: true });
  expect(Object.keys(await parcels(worker))).toEqual(['LP00123456789012']);
  // Reads racing on first open may each keep a copy (see the report); never anything else.
  const kept = (await corruptCopies(worker)).map(([, v]) => v);
  expect(kept.length).toBeGreaterThanOrEqual(1);
  expect(new Set(kept)).toEqual(new Set(['garbage']));
  await page.reload();
  await expect(page.getByTestId('store-notice')).toBeVisible();
  await expect(page.getByTestId('parcel')).toHaveCount(1);
});

test('one parcel of the wrong shape is set aside alone; the others and new ones are kept', async ({
  page,
  worker,
  extensionId,
}) => {
  const doc = storeDoc(threeParcels()) as unknown as { parcels: Record<string, Record<string, unknown>> };
  const [broken, ...good] = Object.keys(doc.parcels);
  if (!broken) throw new Error('no parcels seeded');
  doc.parcels[broken] = { ...doc.parcels[broken], events: 'not a list', addedAt: 42 };
  await seedStore(worker, doc);
  await openPopup(page, extensionId);
  await expect(page.getByTestId('store-notice')).toBeVisible();
  await expect(page.getByTestId('parcel')).toHaveCount(good.length);
  // Two reads racing on first open may each keep a copy (see the report); every copy holds the parcel.
  const copies = await corruptCopies(worker);
  expect(copies.length).toBeGreaterThanOrEqual(1);
  for (const [, copy] of copies) {
    expect(copy).toEqual({ parcels: { [broken]: expect.objectContaining({ events: 'not a list', addedAt: 42 }) } });
  }

  expect(await watch(page, 'RR123456785CN')).toMatchObject({ ok: true });
  expect(Object.keys(await parcels(worker)).sort()).toEqual([...good, 'RR123456785CN'].sort());
  // Read again: the broken parcel is not set aside again.
  expect(await corruptCopies(worker)).toHaveLength(copies.length);
});

test('storage.local nearly full: a watch that does not fit fails with a message, nothing is lost', async ({
  page,
  worker,
  extensionId,
}) => {
  await seedStore(worker, storeDoc(threeParcels()));
  await openPopup(page, extensionId);
  // Fill to 20 bytes under the quota: the store document cannot grow by a parcel any more.
  const free = await worker.evaluate(async () => {
    const quota = chrome.storage.local.QUOTA_BYTES;
    const used = await chrome.storage.local.getBytesInUse(null);
    const filler = quota - used - 20 - '"filler"'.length - 2;
    await chrome.storage.local.set({ filler: 'x'.repeat(filler) });
    return quota - (await chrome.storage.local.getBytesInUse(null));
  });
  expect(free).toBeLessThan(100);
  const before = await parcels(worker);

  const reply = await watch(page, 'RR123456785CN');
  expect(reply.ok).toBe(false);
  // Said in the user's words, not Chrome's "Resource::kQuotaBytes quota exceeded".
  if (!reply.ok) expect(reply.error).toMatch(/no room left in the browser's storage.*Nothing you saved was lost/);
  test.info().annotations.push({ type: 'quota error shown', description: reply.ok ? '' : reply.error });
  expect(await parcels(worker)).toEqual(before);

  // The popup still shows every parcel, and once space is freed the same watch succeeds.
  await page.reload();
  await expect(page.getByTestId('parcel')).toHaveCount(3);
  await worker.evaluate(() => chrome.storage.local.remove('filler'));
  expect(await watch(page, 'RR123456785CN')).toMatchObject({ ok: true });
  expect(Object.keys(await parcels(worker))).toContain('RR123456785CN');
});

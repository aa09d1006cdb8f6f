/**
 * Seed data for the popup and options user stories: a full store document with watched parcels in
 * different stages, written straight into storage.local through the service worker, and product
 * thumbnails served at a real AliExpress CDN address.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { Parcel, Store } from '../src/core/schemas/store.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

export const THUMB_HOST = 'https://ae01.alicdn.com';

function parcel(partial: Partial<Parcel> & Pick<Parcel, 'trackingNumber'>): Parcel {
  return {
    addedAt: ago(20 * DAY),
    events: [],
    stage: null,
    baselined: true,
    notified: [],
    trackers: {},
    ...partial,
  };
}

export function threeParcels(): Record<string, Parcel> {
  const list = [
    parcel({
      trackingNumber: 'LP00123456789012',
      orderId: '8180000000000001',
      title: 'Wireless earbuds with charging case, Bluetooth 5.3',
      thumbnail: `${THUMB_HOST}/kf/earbuds.svg`,
      destCountry: 'ES',
      stage: 'inspection',
      daysInCustoms: 9,
      events: [
        { time: ago(2 * DAY), text: "Customs update: We're inspecting your order", source: 'cainiao' },
        { time: ago(9 * DAY), text: 'Import customs clearance started', source: 'cainiao' },
      ],
      trackers: { cainiao: { lastCheck: ago(40 * 60_000), nextCheck: ago(-5 * HOUR), failures: 0 } },
    }),
    parcel({
      trackingNumber: 'RB123456785CN',
      orderId: '8180000000000002',
      title: 'Stainless steel watch band 20 mm',
      thumbnail: `${THUMB_HOST}/kf/band.svg`,
      destCountry: 'DE',
      stage: 'action_required',
      daysInCustoms: 4,
      events: [
        { time: ago(5 * HOUR), text: 'Customs duties payment requested', source: '17track' },
        { time: ago(4 * DAY), text: 'Arrived at customs', source: '17track' },
      ],
      trackers: {
        cainiao: {
          lastCheck: ago(3 * HOUR),
          lastError: 'error:rate_limited',
          nextCheck: ago(-2 * HOUR),
          failures: 1,
        },
        '17track': { lastCheck: ago(1 * HOUR), failures: 0 },
      },
    }),
    parcel({
      trackingNumber: 'LP00987654321098',
      orderId: '8180000000000003',
      title: 'USB-C cable 2 m braided (2 pack)',
      destCountry: 'FR',
      stage: 'released',
      daysInCustoms: 3,
      leftCustomsAt: ago(1 * DAY),
      events: [
        { time: ago(26 * HOUR), text: 'Import customs clearance complete', source: 'cainiao' },
        { time: ago(4 * DAY), text: 'Import customs clearance started', source: 'cainiao' },
      ],
      trackers: { cainiao: { lastCheck: ago(2 * HOUR), failures: 0 } },
    }),
  ];
  return Object.fromEntries(list.map((p) => [p.trackingNumber, p]));
}

export function storeDoc(parcels: Record<string, Parcel> = threeParcels()): Store {
  return {
    version: 1,
    settings: {
      trackers: {
        // All off, so the background watcher (which checks on its own schedule) leaves the seeded
        // parcels exactly as written while a test compares them.
        cainiao: { enabled: false, apiKey: '' },
        '17track': { enabled: false, apiKey: 'k17-test-key-0123456789' },
        parcelsapp: { enabled: false, apiKey: '' },
      },
      checkIntervalMinutes: 360,
      notify: { leftCustoms: true, actionRequired: true, returned: true, delivered: false },
      uiLanguage: 'auto',
    },
    parcels,
    panels: {},
    unknownCodes: [],
  };
}

/**
 * The one seed behind every picture (docs/screenshots/ and the store images): the three parcels above with the
 * settings that checked them — Cainiao on, 17TRACK on with its key (the watch band's news came through 17TRACK),
 * ParcelsApp off — so the popup's "Checked … via 17TRACK" and the options page agree. Every enabled tracker's next
 * check is hours away, so the background watcher leaves the parcels as written while the pictures are taken.
 */
export function pictureDoc(): Store {
  const doc = storeDoc();
  doc.settings.trackers.cainiao.enabled = true;
  doc.settings.trackers['17track'].enabled = true;
  for (const p of Object.values(doc.parcels)) {
    for (const id of ['cainiao', '17track'] as const) {
      const state = p.trackers[id] ?? { failures: 0 };
      p.trackers[id] = { ...state, nextCheck: state.nextCheck ?? ago(-(4 * HOUR + 20 * 60_000)) };
    }
  }
  return doc;
}

/**
 * The file the import picture shows: what "Export all data" on another computer writes (no API keys), with one
 * parcel this computer does not watch yet and a longer check interval.
 */
export function pictureImportFile(doc: Store = pictureDoc()): Record<string, unknown> {
  const lamp = parcel({
    trackingNumber: 'LP00555666777888',
    orderId: '8180000000000004',
    title: 'LED desk lamp, dimmable, USB powered',
    destCountry: 'ES',
    stage: 'import_received',
    daysInCustoms: 1,
    events: [{ time: ago(20 * HOUR), text: 'Arrived at import customs', source: 'cainiao' }],
    trackers: { cainiao: { lastCheck: ago(3 * HOUR), nextCheck: ago(-3 * HOUR), failures: 0 } },
  });
  const settings = structuredClone(doc.settings);
  for (const id of ['cainiao', '17track', 'parcelsapp'] as const) settings.trackers[id].apiKey = '';
  settings.checkIntervalMinutes = 720;
  return {
    app: 'customs-lens',
    exportedAt: ago(2 * DAY),
    ...structuredClone(doc),
    settings,
    parcels: { ...structuredClone(doc.parcels), [lamp.trackingNumber]: lamp },
  };
}

export async function seedStore(worker: Worker, doc: unknown, extra: Record<string, unknown> = {}): Promise<void> {
  await worker.evaluate(
    async ([d, e]) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ customsLens: d, ...(e as object) });
    },
    [doc, extra] as const,
  );
}

export async function readStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

const THUMBS: Record<string, string> = {
  'earbuds.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80"><rect width="80" height="80" fill="#eef2f8"/><rect x="18" y="30" width="44" height="32" rx="14" fill="#fff" stroke="#c7d0de" stroke-width="2"/><circle cx="30" cy="28" r="9" fill="#fff" stroke="#9aa7bb" stroke-width="2"/><circle cx="50" cy="28" r="9" fill="#fff" stroke="#9aa7bb" stroke-width="2"/><rect x="28" y="34" width="4" height="16" rx="2" fill="#9aa7bb"/><rect x="48" y="34" width="4" height="16" rx="2" fill="#9aa7bb"/></svg>`,
  'band.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80"><rect width="80" height="80" fill="#f3efe9"/><rect x="31" y="4" width="18" height="72" rx="4" fill="#b9c0c9"/><g fill="#8d96a3">${Array.from({ length: 8 }, (_, i) => `<rect x="31" y="${8 + i * 9}" width="18" height="2"/>`).join('')}</g><rect x="26" y="30" width="28" height="20" rx="3" fill="none" stroke="#6b7480" stroke-width="3"/></svg>`,
};

export async function serveThumbnails(context: BrowserContext): Promise<void> {
  await context.route(`${THUMB_HOST}/kf/*`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = THUMBS[name];
    return body ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body }) : route.abort();
  });
}

export async function openPopup(page: Page, extensionId: string): Promise<void> {
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
}

import { describe, expect, it } from 'vitest';
import { parseStore } from './parse-store.ts';
import { defaultStore, STORE_VERSION } from './store.ts';

const parcel = {
  trackingNumber: 'LP00123456789012',
  addedAt: '2026-11-20T10:00:00.000Z',
  events: [],
  stage: 'inspection',
  baselined: true,
  notified: [],
  trackers: {},
};

describe('parseStore', () => {
  it('gives defaults for an empty store', () => {
    expect(parseStore(undefined)).toEqual({ store: defaultStore(), status: 'empty', rejected: {} });
  });

  it('reads a valid document unchanged', () => {
    const doc = { ...defaultStore(), parcels: { LP00123456789012: parcel } };
    const { store, status } = parseStore(doc);
    expect(status).toBe('ok');
    expect(store.parcels.LP00123456789012?.stage).toBe('inspection');
  });

  it('migrates a version-0 document and keeps its parcels', () => {
    const { store, status } = parseStore({ parcels: { LP00123456789012: parcel } });
    expect(status).toBe('migrated');
    expect(store.version).toBe(STORE_VERSION);
    expect(Object.keys(store.parcels)).toEqual(['LP00123456789012']);
  });

  it('falls back per field instead of dropping the document', () => {
    const doc = { ...defaultStore(), settings: { checkIntervalMinutes: 1, notify: 'yes' } };
    const { store, status } = parseStore(doc);
    expect(status).toBe('ok');
    expect(store.settings.checkIntervalMinutes).toBe(360);
    expect(store.settings.notify.leftCustoms).toBe(true);
  });

  it('keeps a broken parcel aside and the others in place', () => {
    const broken = { trackingNumber: 'X', addedAt: 5 };
    const doc = { ...defaultStore(), parcels: { LP00123456789012: parcel, X: broken } };
    const { store, rejected } = parseStore(doc);
    expect(Object.keys(store.parcels)).toEqual(['LP00123456789012']);
    expect(rejected).toEqual({ X: broken });
  });

  it('keeps a stored tracking link only when it is an https AliExpress address', () => {
    const parcels = {
      LP00123456789012: { ...parcel, trackingUrl: 'https://pay.example/customs' },
      LP00123456789013: {
        ...parcel,
        trackingNumber: 'LP00123456789013',
        trackingUrl: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=1',
      },
    };
    const { store } = parseStore({ ...defaultStore(), parcels });
    expect(store.parcels.LP00123456789012?.trackingUrl).toBeUndefined();
    expect(store.parcels.LP00123456789013?.trackingUrl).toBe(parcels.LP00123456789013.trackingUrl);
  });

  it('keeps a parcel whose list of told news is damaged, and a copy of it aside', () => {
    const damaged = { ...parcel, stage: 'released', notified: 'left_customs' };
    const { store, status, rejected } = parseStore({ ...defaultStore(), parcels: { LP00123456789012: damaged } });
    expect(status).toBe('ok');
    expect(store.parcels.LP00123456789012).toMatchObject({ stage: 'released', notified: [] });
    expect(rejected).toEqual({ LP00123456789012: damaged });
  });

  it.each([['a string'], [42], [null], [[parcel]]])('keeps a parcels field of %j aside whole and tells', (parcels) => {
    const { store, rejected } = parseStore({ ...defaultStore(), parcels });
    expect(store.parcels).toEqual({});
    expect(rejected).toEqual({ '(parcels)': parcels });
  });

  it.each([['a string'], [[1, 2]], [{ version: 99 }], [{ version: 1.5 }], [42]])('reports %j as corrupt', (raw) => {
    expect(parseStore(raw).status).toBe('corrupt');
  });
});

describe('store schema tolerance', () => {
  it('drops only invalid items of a list and bounds it, keeping notified keys', () => {
    const notified = [...Array.from({ length: 205 }, (_, i) => `k${i}`), 42];
    const doc = {
      ...defaultStore(),
      parcels: { LP00123456789012: { ...parcel, notified, events: [{ text: 'ok' }, 7] } },
    };
    const stored = parseStore(doc).store.parcels.LP00123456789012;
    expect(stored?.notified).toHaveLength(200);
    expect(stored?.notified.at(-1)).toBe('k204');
    expect(stored?.events).toEqual([{ text: 'ok' }]);
  });

  it('never shares default objects between parses', () => {
    const first = defaultStore();
    first.settings.trackers.cainiao.enabled = false;
    first.settings.notify.delivered = true;
    const second = parseStore({ version: 1, settings: 'broken', parcels: { LP00123456789012: parcel } });
    expect(second.status).toBe('ok');
    expect(Object.keys(second.store.parcels)).toEqual(['LP00123456789012']);
    expect(second.store.settings.trackers.cainiao.enabled).toBe(true);
    expect(defaultStore().settings.notify.delivered).toBe(false);
  });
});

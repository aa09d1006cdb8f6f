import { describe, expect, it } from 'vitest';
import { EXPORT_APP, exportDocument, ImportError, planImport } from './import-data.ts';
import { defaultStore, type Parcel, type Store } from './schemas/store.ts';

function parcel(trackingNumber: string, extra: Partial<Parcel> = {}): Parcel {
  return {
    trackingNumber,
    addedAt: '2026-03-01T00:00:00.000Z',
    events: [],
    stage: 'inspection',
    baselined: true,
    notified: [],
    trackers: {},
    ...extra,
  };
}

function storeWith(...parcels: Parcel[]): Store {
  // A clone: zod's .catch defaults are shared objects, never to be mutated in place.
  const store = structuredClone(defaultStore());
  for (const p of parcels) store.parcels[p.trackingNumber] = p;
  store.settings.trackers['17track'] = { enabled: true, apiKey: 'secret-17' };
  return store;
}

const NOW = new Date('2026-03-10T12:00:00Z');

describe('exportDocument', () => {
  it('leaves API keys out unless asked', () => {
    const store = storeWith(parcel('LP00000000000001'));
    const without = exportDocument(store, { includeKeys: false, now: NOW });
    expect(without.app).toBe(EXPORT_APP);
    expect(without.exportedAt).toBe('2026-03-10T12:00:00.000Z');
    expect(without.settings.trackers['17track'].apiKey).toBe('');
    expect(store.settings.trackers['17track'].apiKey).toBe('secret-17');
    expect(exportDocument(store, { includeKeys: true, now: NOW }).settings.trackers['17track'].apiKey).toBe(
      'secret-17',
    );
  });
});

describe('planImport', () => {
  it('round-trips an export onto an empty store', () => {
    const original = storeWith(parcel('LP00000000000001'), parcel('RB123456785CN', { stage: 'released' }));
    original.panels['8180000000000001'] = 'collapsed';
    const file = JSON.parse(JSON.stringify(exportDocument(original, { includeKeys: true, now: NOW })));
    const plan = planImport(defaultStore(), file);
    expect(plan.summary.add.sort()).toEqual(['LP00000000000001', 'RB123456785CN']);
    expect(plan.summary.replace).toEqual([]);
    expect(plan.summary.errors).toEqual([]);
    expect(plan.store).toEqual(original);
    expect(plan.summary.settingsChanges).toContainEqual({ path: 'trackers.17track.apiKey', from: 'empty', to: 'set' });
  });

  it('tells added, replaced and unchanged parcels apart and keeps parcels not in the file', () => {
    const current = storeWith(parcel('KEEP00000001'), parcel('SAME00000001'), parcel('DIFF00000001'));
    const file = {
      app: EXPORT_APP,
      version: 1,
      parcels: {
        SAME00000001: parcel('SAME00000001'),
        DIFF00000001: parcel('DIFF00000001', { stage: 'released' }),
        NEW000000001: parcel('NEW000000001'),
      },
    };
    const plan = planImport(current, file);
    expect(plan.summary).toMatchObject({
      add: ['NEW000000001'],
      replace: ['DIFF00000001'],
      unchanged: ['SAME00000001'],
      settings: false,
    });
    expect(Object.keys(plan.store.parcels).sort()).toEqual([
      'DIFF00000001',
      'KEEP00000001',
      'NEW000000001',
      'SAME00000001',
    ]);
    expect(plan.store.parcels.DIFF00000001?.stage).toBe('released');
  });

  it('lists every rejected parcel with its reason', () => {
    const file = {
      version: 1,
      parcels: {
        GOOD00000001: parcel('GOOD00000001'),
        BAD: { trackingNumber: 'BAD' },
        MISMATCH0001: parcel('OTHER0000001'),
      },
    };
    const plan = planImport(defaultStore(), file);
    expect(plan.summary.add).toEqual(['GOOD00000001']);
    // Kinds with parameters, never English or zod's own words: the options page words them.
    expect(plan.summary.errors).toEqual([
      { kind: 'parcel-invalid', entry: 'BAD', field: 'trackingNumber' },
      { kind: 'number-mismatch', entry: 'MISMATCH0001' },
    ]);
    expect(plan.store.parcels).not.toHaveProperty('BAD');
  });

  it('reports setting changes, keeps stored values for invalid ones, and never erases a key', () => {
    const current = storeWith();
    const plan = planImport(current, {
      version: 1,
      settings: {
        checkIntervalMinutes: 5,
        notify: { delivered: true },
        uiLanguage: 'de',
        trackers: { '17track': { enabled: false, apiKey: '' } },
      },
    });
    expect(plan.store.settings.checkIntervalMinutes).toBe(current.settings.checkIntervalMinutes);
    expect(plan.summary.errors).toEqual([{ kind: 'setting-invalid', entry: 'checkIntervalMinutes' }]);
    expect(plan.store.settings.notify.delivered).toBe(true);
    expect(plan.store.settings.uiLanguage).toBe('de');
    expect(plan.store.settings.trackers['17track']).toEqual({ enabled: false, apiKey: 'secret-17' });
    expect(plan.summary.settingsChanges).toEqual([
      { path: 'trackers.17track.enabled', from: true, to: false },
      { path: 'notify.delivered', from: false, to: true },
      { path: 'uiLanguage', from: 'auto', to: 'de' },
    ]);
    expect(plan.summary.settings).toBe(true);
  });

  it('refuses files that are not an export, or from a newer version', () => {
    const refuse = (data: unknown) => {
      try {
        planImport(defaultStore(), data);
      } catch (e) {
        return e instanceof ImportError ? e.code : 'other';
      }
      return 'accepted';
    };
    expect(refuse(null)).toBe('not-export');
    expect(refuse([1, 2])).toBe('not-export');
    expect(refuse({ hello: 'world' })).toBe('not-export');
    expect(refuse({ version: 99, parcels: {} })).toBe('newer-version');
    expect(refuse({ app: EXPORT_APP, version: 1, settings: 'nope' })).toBe('unreadable');
    expect(refuse({ app: EXPORT_APP, version: 1, parcels: {} })).toBe('accepted');
  });

  it('never turns on a service that needs a key without one, whoever asks', () => {
    const file = { app: EXPORT_APP, version: 1, settings: { trackers: { '17track': { enabled: true, apiKey: '' } } } };
    const plan = planImport(defaultStore(), file);
    expect(plan.store.settings.trackers['17track'].enabled).toBe(false);
    expect(plan.summary.settingsChanges?.some((c) => c.path === 'trackers.17track.enabled')).toBe(false);
    const withKey = { ...file, settings: { trackers: { '17track': { enabled: true, apiKey: 'k' } } } };
    expect(planImport(defaultStore(), withKey).store.settings.trackers['17track'].enabled).toBe(true);
  });
});

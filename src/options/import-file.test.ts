import { describe, expect, it } from 'vitest';
import { defaultStore } from '../core/schemas/store.ts';
import { holdKeylessTrackers, holdTrackersOff, importTitles, readImportText, trackersTurnedOn } from './import-file.ts';

describe('readImportText', () => {
  it('reads JSON', () => {
    expect(readImportText('{"app":"customs-lens"}')).toEqual({ ok: true, data: { app: 'customs-lens' } });
  });
  it('calls a cut-off export damaged, and anything else not JSON', () => {
    const full = JSON.stringify({ app: 'customs-lens', version: 1, parcels: { A: { title: 'x' } } }, null, 2);
    expect(readImportText(full.slice(0, full.length / 2))).toEqual({ ok: false, reason: 'damaged' });
    expect(readImportText('\uFEFF  [1, 2')).toEqual({ ok: false, reason: 'damaged' });
    expect(readImportText('PK\u0003\u0004 zip')).toEqual({ ok: false, reason: 'not-json' });
    expect(readImportText('')).toEqual({ ok: false, reason: 'not-json' });
  });
});

describe('importTitles', () => {
  it('takes string titles only', () => {
    expect(
      importTitles({ parcels: { A1: { title: ' Boots ' }, B2: { title: 42 }, C3: null, D4: { title: '  ' } } }),
    ).toEqual({ A1: 'Boots' });
    expect(importTitles(null)).toEqual({});
    expect(importTitles({ parcels: [] })).toEqual({});
  });
});

describe('holdKeylessTrackers', () => {
  const file = (apiKey?: string) => ({
    settings: {
      trackers: {
        '17track': { enabled: true, ...(apiKey === undefined ? {} : { apiKey }) },
        cainiao: { enabled: true },
      },
    },
  });

  it('keeps a key-needing tracker off when neither the file nor the store has its key', () => {
    const settings = defaultStore().settings;
    const original = file('');
    const { data, held } = holdKeylessTrackers(original, settings);
    expect(held).toEqual(['17track']);
    expect(data).toEqual({
      settings: { trackers: { '17track': { enabled: false, apiKey: '' }, cainiao: { enabled: true } } },
    });
    expect(original.settings.trackers['17track'].enabled).toBe(true);
    expect(holdKeylessTrackers(file(), settings).held).toEqual(['17track']);
  });

  it('lets it on when the file or the store has the key', () => {
    const settings = defaultStore().settings;
    expect(holdKeylessTrackers(file('k17'), settings).held).toEqual([]);
    const keyed = { ...settings, trackers: { ...settings.trackers, '17track': { enabled: false, apiKey: 'stored' } } };
    expect(holdKeylessTrackers(file(''), keyed)).toEqual({ data: file(''), held: [] });
  });
});

describe('trackers an import turns on, and holding them off when the browser refuses their hosts', () => {
  const file = {
    app: 'customs-lens',
    settings: {
      trackers: {
        cainiao: { enabled: true, apiKey: '' },
        '17track': { enabled: false, apiKey: 'k' },
        parcelsapp: { enabled: true, apiKey: 'p' },
      },
    },
  };

  it('lists the trackers the file turns on, and nothing for a file without settings', () => {
    expect(trackersTurnedOn(file)).toEqual(['cainiao', 'parcelsapp']);
    expect(trackersTurnedOn({ app: 'customs-lens', parcels: {} })).toEqual([]);
    expect(trackersTurnedOn({ settings: { trackers: { parcelsapp: { enabled: 'yes' } } } })).toEqual([]);
    expect(trackersTurnedOn(null)).toEqual([]);
  });

  it('keeps refused trackers off in a copy, leaving the file and everything else as it was', () => {
    const held = holdTrackersOff(file, ['parcelsapp', '17track']) as typeof file;
    expect(held.settings.trackers).toEqual({
      cainiao: { enabled: true, apiKey: '' },
      '17track': { enabled: false, apiKey: 'k' },
      parcelsapp: { enabled: false, apiKey: 'p' },
    });
    expect(file.settings.trackers.parcelsapp.enabled).toBe(true);
    expect(holdTrackersOff(file, [])).toBe(file);
    expect(holdTrackersOff(file, ['17track'])).toBe(file);
  });
});

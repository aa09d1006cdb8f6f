/**
 * The keyed handler object of the background: one entry per message type. Handlers live in files by
 * concern (watching, checks, settings and data) and are assembled here.
 */
import browser from 'webextension-polyfill';
import { NOTICE_KEY, type Parcel, STORE_VERSION } from '../../core/schemas/store.ts';
import type { Handlers } from '../router.ts';
import { readStore, updateStore } from '../store.ts';

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const notImplemented = (what: string) => () => {
  throw new Error(`${what} is not available yet`);
};

export const handlers: Handlers = {
  ping: () => ({ version: browser.runtime.getManifest().version, storeVersion: STORE_VERSION }),
  watch: async ({ parcel }) =>
    updateStore((store) => {
      const { events: _events, stage, ...facts } = parcel;
      const existing = store.parcels[parcel.trackingNumber];
      const next: Parcel = existing
        ? { ...existing, ...definedOnly(facts) }
        : {
            ...facts,
            addedAt: new Date().toISOString(),
            events: [],
            stage: stage ?? null,
            baselined: false,
            notified: [],
            trackers: {},
          };
      store.parcels[parcel.trackingNumber] = next;
      return next;
    }),
  unwatch: async ({ trackingNumber }) =>
    updateStore((store) => {
      const removed = store.parcels[trackingNumber] ?? null;
      delete store.parcels[trackingNumber];
      return { removed };
    }),
  'is-watched': async ({ trackingNumber }) => trackingNumber in (await readStore()).parcels,
  'page-update': notImplemented('Page update'),
  'check-now': notImplemented('Check now'),
  'test-key': notImplemented('Testing a key'),
  'restore-parcel': async ({ parcel }) =>
    updateStore((store) => {
      store.parcels[parcel.trackingNumber] = parcel;
      return parcel;
    }),
  'save-settings': async ({ settings }) =>
    updateStore((store) => {
      store.settings = settings;
      return settings;
    }),
  'export-data': () => readStore(),
  'import-preview': notImplemented('Import'),
  'import-apply': notImplemented('Import'),
  'clear-data': async () => {
    await updateStore((store) => {
      store.parcels = {};
      store.panels = {};
    });
    return null;
  },
  'dismiss-notice': async () => {
    await browser.storage.local.remove(NOTICE_KEY);
    return null;
  },
};

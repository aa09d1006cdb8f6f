/** Handlers for the user's data and settings: save settings, export, import, clear, undo a removal. */
import browser from 'webextension-polyfill';
import { NOTICE_KEY } from '../../core/schemas/store.ts';
import type { Handlers } from '../router.ts';
import { readStore, updateStore } from '../store.ts';

export const dataHandlers: Pick<
  Handlers,
  | 'restore-parcel'
  | 'save-settings'
  | 'export-data'
  | 'import-preview'
  | 'import-apply'
  | 'clear-data'
  | 'dismiss-notice'
> = {
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
  'import-preview': () => {
    throw new Error('Import is not available yet');
  },
  'import-apply': () => {
    throw new Error('Import is not available yet');
  },
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

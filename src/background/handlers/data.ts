/**
 * Handlers for the user's data and settings: save settings, export, import (preview, then apply the
 * same plan), clear everything, undo a removal, dismiss the "data kept aside" notice. Planning an
 * import is pure (core/import-data.ts); here it only meets storage.
 */
import browser from 'webextension-polyfill';
import { ImportError, planImport } from '../../core/import-data.ts';
import { defaultStore, NOTICE_KEY, STORE_KEY } from '../../core/schemas/store.ts';
import type { Handlers } from '../router.ts';
import { readStore, updateStore } from '../store.ts';

function plan(data: unknown, store: Parameters<typeof planImport>[0]) {
  try {
    return planImport(store, data);
  } catch (error) {
    // The code travels back as the error message ("import:not-export"); the page words it.
    throw error instanceof ImportError ? error : new ImportError('unreadable');
  }
}

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
  'import-preview': async ({ data }) => plan(data, await readStore()).summary,
  'import-apply': async ({ data }) =>
    updateStore((store) => {
      const { store: next, summary } = plan(data, store);
      Object.assign(store, next);
      return summary;
    }),
  /**
   * Everything: parcels, settings and keys, panel states, and every side key of ours in storage.local
   * (copies of damaged data kept aside, the notice, the notification log and outbox, tracker pauses).
   */
  'clear-data': async () => {
    await updateStore(async (store) => {
      const all = await browser.storage.local.get(null);
      await browser.storage.local.remove(Object.keys(all).filter((key) => key.startsWith(`${STORE_KEY}.`)));
      Object.assign(store, structuredClone(defaultStore()));
    });
    return null;
  },
  'dismiss-notice': async () => {
    await browser.storage.local.remove(NOTICE_KEY);
    return null;
  },
};

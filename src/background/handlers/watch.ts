/** Handlers for watching parcels: start, stop, ask, and passive updates from an open tracking page. */
import type { Parcel } from '../../core/schemas/store.ts';
import type { Handlers } from '../router.ts';
import { readStore, updateStore } from '../store.ts';

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const watchHandlers: Pick<Handlers, 'watch' | 'unwatch' | 'is-watched' | 'page-update'> = {
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
  'page-update': () => {
    throw new Error('Page update is not available yet');
  },
};

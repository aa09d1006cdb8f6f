/** Handlers for watching parcels: start, stop, ask, and passive updates from an open tracking page. */
import { analyzeEpisode } from '../../core/customs-episode.ts';
import type { PageParcel } from '../../core/schemas/messages.ts';
import { MAX_EVENTS_PER_PARCEL, type Parcel } from '../../core/schemas/store.ts';
import { enqueue, flushOutbox } from '../notifications.ts';
import { applyEvents } from '../parcel-update.ts';
import type { Handlers } from '../router.ts';
import { reschedule } from '../scheduler.ts';
import { readStore, updateStore } from '../store.ts';

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Page facts a tracker does not know (title, order, page URL) fill in what is missing, never overwrite. */
function fillFacts(parcel: Parcel, page: PageParcel): void {
  const { events: _events, stage: _stage, trackingNumber: _n, ...facts } = page;
  for (const [key, value] of Object.entries(definedOnly(facts)) as Array<[keyof typeof facts, string]>) {
    if (parcel[key] === undefined) parcel[key] = value;
  }
}

const pageEvents = (page: PageParcel) =>
  (page.events ?? []).slice(0, MAX_EVENTS_PER_PARCEL).map((e) => ({ ...e, source: e.source ?? ('page' as const) }));

export const watchHandlers: Pick<Handlers, 'watch' | 'unwatch' | 'is-watched' | 'page-update'> = {
  watch: async ({ parcel }) => {
    const result = await updateStore((store) => {
      const { events: _events, stage, ...facts } = parcel;
      const events = pageEvents(parcel);
      // The stage and days from core's one timeline, as the panel computed them from the same events.
      const episode = analyzeEpisode(events, new Date());
      const existing = store.parcels[parcel.trackingNumber];
      const next: Parcel = existing
        ? { ...existing, ...definedOnly(facts) }
        : {
            ...facts,
            addedAt: new Date().toISOString(),
            // What the page showed when the buyer pressed Watch: known to them, so never news. The
            // trackers' first answers are not news either (their first look, parcel-update.ts).
            events,
            stage: events.length ? episode.stage : (stage ?? null),
            ...(episode.daysInCustoms !== undefined && { daysInCustoms: episode.daysInCustoms }),
            ...(episode.leftAt && { leftCustomsAt: episode.leftAt }),
            baselined: false,
            sources: events.length ? ['page'] : [],
            notified: [],
            trackers: {},
          };
      store.parcels[parcel.trackingNumber] = next;
      return next;
    });
    // The first check (the baseline) runs soon, not at the next hourly slot.
    await reschedule();
    return result;
  },
  unwatch: async ({ trackingNumber }) =>
    updateStore((store) => {
      const removed = store.parcels[trackingNumber] ?? null;
      delete store.parcels[trackingNumber];
      return { removed };
    }),
  'is-watched': async ({ trackingNumber }) => trackingNumber in (await readStore()).parcels,
  /** Only a watched parcel is updated: an open page must not start watching anything by itself. */
  'page-update': async ({ parcel: page }) => {
    const updated = await updateStore(async (store, also) => {
      const parcel = store.parcels[page.trackingNumber];
      if (!parcel) return false;
      fillFacts(parcel, page);
      const events = pageEvents(page);
      if (events.length) await enqueue(also, applyEvents(store, parcel, events, { now: new Date(), source: 'page' }));
      return true;
    });
    if (updated) await flushOutbox();
    return { updated };
  },
};

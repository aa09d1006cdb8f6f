/**
 * Folds what one source says (a tracker's answer, or the open tracking page) into a watched parcel:
 * merge the events through core's one timeline, take stage and customs days from core's episode, decide
 * the news by comparing the episode before and after (core/detect-transition), mark it notified and
 * return it for the outbox — all inside the caller's one store write. Pure apart from its arguments, so
 * a worker killed after the write shows the queued news on its next start, and one killed before it
 * simply redoes the step.
 */
import { analyzeEpisode } from '../core/customs-episode.ts';
import { detectTransitions, type Transition } from '../core/detect-transition.ts';
import type { EventSource, TrackingEvent } from '../core/events.ts';
import { MAX_EVENTS_PER_PARCEL, type Parcel, type Settings, type Store, TRACKER_IDS } from '../core/schemas/store.ts';
import { mergeEvents, unknownCodeOf } from '../core/timeline.ts';

export type PendingNotification = {
  trackingNumber: string;
  key: string;
  kind: Transition['kind'];
  eventText?: string;
  place?: string;
};

const MAX_UNKNOWN_CODES = 100;

function wantsNotice(settings: Settings, kind: Transition['kind']): boolean {
  const n = settings.notify;
  return kind === 'left_customs'
    ? n.leftCustoms
    : kind === 'action_required'
      ? n.actionRequired
      : kind === 'returned'
        ? n.returned
        : n.delivered;
}

/**
 * The sources that have had their first look. Documents from before `sources` existed: the sources of
 * the stored events and the trackers that have checked (a parcel already baselined has been seen).
 */
export function seenSources(parcel: Parcel): Set<EventSource> {
  if (parcel.sources) return new Set(parcel.sources);
  const seen = new Set<EventSource>();
  if (!parcel.baselined) return seen;
  for (const event of parcel.events) seen.add(event.source ?? 'page');
  for (const tracker of TRACKER_IDS) if (parcel.trackers[tracker]?.lastCheck) seen.add(tracker);
  return seen;
}

/**
 * Applies what `source` says (`incoming`, any order) to `parcel` (mutated) and returns the notifications
 * to show. `delivered` is the tracker's own verdict.
 */
export function applyEvents(
  store: Store,
  parcel: Parcel,
  incoming: readonly TrackingEvent[],
  options: { now: Date; source: EventSource; delivered?: boolean },
): PendingNotification[] {
  const { now, source } = options;
  const tagged = incoming.map((e) => (e.source ? e : { ...e, source }));
  for (const event of tagged) {
    const code = unknownCodeOf(event);
    if (code && !store.unknownCodes.includes(code)) {
      store.unknownCodes = [...store.unknownCodes, code].slice(-MAX_UNKNOWN_CODES);
    }
  }
  const before = analyzeEpisode(parcel.events, now);
  const events = mergeEvents(parcel.events, tagged, MAX_EVENTS_PER_PARCEL);
  const after = analyzeEpisode(events, now);
  const sources = seenSources(parcel);
  const deliveredBefore = parcel.deliveredAt !== undefined;
  const deliveredAfter = deliveredBefore || Boolean(options.delivered);
  const result = detectTransitions({
    before,
    after,
    notified: parcel.notified,
    silent: !sources.has(source),
    deliveredBefore,
    deliveredAfter,
  });

  parcel.events = events;
  parcel.stage = after.stage;
  if (after.leftAt) parcel.leftCustomsAt = after.leftAt;
  else delete parcel.leftCustomsAt;
  if (after.daysInCustoms !== undefined) parcel.daysInCustoms = after.daysInCustoms;
  else delete parcel.daysInCustoms;
  if (options.delivered && !deliveredBefore) {
    parcel.deliveredAt = after.latest?.at !== undefined ? new Date(after.latest.at).toISOString() : now.toISOString();
  }
  parcel.updatedAt = now.toISOString();
  parcel.baselined = true;
  sources.add(source);
  parcel.sources = [...sources];
  const notified = new Set(parcel.notified);
  for (const key of result.seen) notified.add(key);
  // Bounded like the schema; the oldest keys go first (their news is long past).
  parcel.notified = [...notified].slice(-200);
  return result.due
    .filter((t) => wantsNotice(store.settings, t.kind))
    .map((t) => ({
      trackingNumber: parcel.trackingNumber,
      key: t.key,
      kind: t.kind,
      ...(t.event?.text && { eventText: t.event.text }),
      ...(t.event?.location && { place: t.event.location }),
    }));
}

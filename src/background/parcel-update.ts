/**
 * Folds new events (from a tracker or from the open tracking page) into a watched parcel: merge and
 * bound the events, recompute stage and customs days, decide the news with detectTransitions, mark it
 * notified and queue it in the outbox, all inside one store write. Pure apart from its arguments, so a
 * worker killed after the write shows the queued news on its next start, and one killed before it
 * simply redoes the step.
 */
import { analyzeEpisode } from '../core/customs-episode.ts';
import { detectTransitions, type Transition } from '../core/detect-transition.ts';
import type { TrackingEvent } from '../core/events.ts';
import { MAX_EVENTS_PER_PARCEL, type Parcel, type Settings, type Store } from '../core/schemas/store.ts';
import { stageEvent } from './event-stage.ts';

export type PendingNotification = {
  trackingNumber: string;
  key: string;
  kind: Transition['kind'];
  eventText?: string;
  place?: string;
};

const MAX_UNKNOWN_CODES = 100;

function timeOf(event: TrackingEvent): number {
  const t = event.time ? Date.parse(event.time) : Number.NaN;
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

function keyOf(event: TrackingEvent): string {
  const t = timeOf(event);
  // Same minute and same words is the same event, whichever source reported it.
  const minute = Number.isFinite(t) ? Math.floor(t / 60_000) : (event.time ?? '');
  return `${minute}|${event.text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** Union of old and new events, newest first, bounded to what the store schema accepts. */
export function mergeEvents(existing: readonly TrackingEvent[], incoming: readonly TrackingEvent[]): TrackingEvent[] {
  const byKey = new Map<string, TrackingEvent>();
  for (const event of [...incoming, ...existing]) {
    const key = keyOf(event);
    const known = byKey.get(key);
    // Keep the richer copy (a code or a place beats none).
    if (!known || (!known.code && event.code) || (!known.location && event.location))
      byKey.set(key, { ...known, ...event });
  }
  return [...byKey.values()].sort((a, b) => timeOf(b) - timeOf(a)).slice(0, MAX_EVENTS_PER_PARCEL);
}

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
 * Applies `incoming` to `parcel` (mutated) and returns the notifications to show. `delivered` is the
 * tracker's own verdict; `baseline` says this update may set the baseline (any first look does).
 */
export function applyEvents(
  store: Store,
  parcel: Parcel,
  incoming: readonly TrackingEvent[],
  options: { now: Date; delivered?: boolean },
): PendingNotification[] {
  const events = mergeEvents(parcel.events, incoming);
  const staged = events.map(stageEvent);
  for (const e of staged) {
    if (e.unknownCode && !store.unknownCodes.includes(e.unknownCode)) {
      store.unknownCodes = [...store.unknownCodes, e.unknownCode].slice(-MAX_UNKNOWN_CODES);
    }
  }
  const result = detectTransitions({
    events: staged,
    previousStage: parcel.stage,
    notified: parcel.notified,
    baselined: parcel.baselined,
    delivered: Boolean(options.delivered) || parcel.deliveredAt !== undefined,
  });
  parcel.events = events;
  parcel.stage = result.stage;
  parcel.leftCustomsAt ??= result.leftCustomsAt;
  if (result.deliveredAt || options.delivered) parcel.deliveredAt ??= result.deliveredAt ?? options.now.toISOString();
  // The same episode analysis as the panel's, so the popup and the page never disagree on the days.
  const days = analyzeEpisode(events, options.now).daysInCustoms;
  if (days !== undefined) parcel.daysInCustoms = days;
  parcel.updatedAt = options.now.toISOString();
  parcel.baselined = true;
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

/**
 * When to ask each tracker about each parcel — pure, so it is tested without a browser. Intervals follow
 * the user's setting (bounded in store.ts), shorter while a parcel is held at customs, longer after, none
 * a few days after delivery; failures back off exponentially; Cainiao is never asked automatically more
 * often than every 3 hours, because a soft-ban costs the buyer every AliExpress service.
 */
import {
  MAX_INTERVAL_MINUTES,
  MIN_INTERVAL_MINUTES,
  type Parcel,
  type Settings,
  TRACKER_IDS,
  type TrackerId,
} from '../core/schemas/store.ts';
import { isHeld } from '../core/stages.ts';
import type { TrackerFailure } from '../trackers/tracker-result.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const CAINIAO_MIN_AUTO_MINUTES = 180;
export const STOP_AFTER_DELIVERY_DAYS = 3;
/** Parcels due within this window join the current run, so one request carries more numbers. */
export const DUE_WINDOW_MS = 15 * MINUTE;
/** A manual "check now" at most this often (it may ask Cainiao). */
export const MANUAL_MIN_GAP_MS = 60_000;
/** Pause between two requests to the same service: sequential and gentle, never a burst. */
export const SPACING_MS: Record<TrackerId, number> = { cainiao: 1500, '17track': 400, parcelsapp: 1000 };
/** Share of an interval added at random (never taken off) so many installs don't ask at the same minute. */
export const JITTER = 0.1;

export type Blocks = Partial<Record<TrackerId, string>>;

/** Trackers turned on (with a key where one is needed), whether or not the browser lets us reach them. */
export function enabledTrackers(settings: Settings): TrackerId[] {
  return TRACKER_IDS.filter((id) => {
    const t = settings.trackers[id];
    return t.enabled && (id === 'cainiao' || t.apiKey.trim() !== '');
  });
}

/**
 * Enabled trackers the browser lets us reach (`access`: the trackers whose host permission is granted).
 * One turned on without its permission (revoked in the browser's settings, or settings from elsewhere)
 * is neither asked nor scheduled: a request would only fail, and waking for it would spin the alarm.
 */
export function usableTrackers(settings: Settings, access: ReadonlySet<TrackerId>): TrackerId[] {
  return enabledTrackers(settings).filter((id) => access.has(id));
}

export function isStopped(parcel: Parcel, now: number): boolean {
  if (!parcel.deliveredAt) return false;
  const at = Date.parse(parcel.deliveredAt);
  return !Number.isNaN(at) && now - at > STOP_AFTER_DELIVERY_DAYS * 24 * HOUR;
}

export function intervalMinutes(parcel: Parcel, settings: Settings, tracker: TrackerId): number {
  const base = settings.checkIntervalMinutes;
  const factor = parcel.deliveredAt
    ? 4
    : isHeld(parcel.stage)
      ? 0.5
      : parcel.stage === null || parcel.stage === 'export_clearance'
        ? 1
        : 2;
  const minutes = Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(base * factor)));
  return tracker === 'cainiao' ? Math.max(CAINIAO_MIN_AUTO_MINUTES, minutes) : minutes;
}

export function nextAfterSuccess(
  parcel: Parcel,
  settings: Settings,
  tracker: TrackerId,
  now: number,
  random: () => number = Math.random,
): string | undefined {
  if (isStopped(parcel, now)) return undefined;
  const ms = intervalMinutes(parcel, settings, tracker) * MINUTE;
  // Jitter only ever lengthens; and Cainiao's next time leaves room for the due window (isDue pulls
  // checks up to DUE_WINDOW_MS earlier), so two automatic asks are never closer than its floor.
  const room = tracker === 'cainiao' ? DUE_WINDOW_MS : 0;
  return new Date(now + ms * (1 + JITTER * random()) + room).toISOString();
}

/** `failures` counts this one. Retry-After wins when the service gave it (but Cainiao waits at least an hour). */
export function retryDelayMs(failure: TrackerFailure, failures: number, tracker: TrackerId): number {
  const step = tracker === 'cainiao' ? HOUR : 15 * MINUTE;
  const backoff = Math.min(24 * HOUR, step * 2 ** Math.max(0, Math.min(failures - 1, 10)));
  if (failure.kind === 'auth') return 24 * HOUR;
  if (failure.kind === 'quota') return 12 * HOUR;
  if (failure.kind === 'rate_limited' && failure.retryAfter !== undefined) {
    const asked = failure.retryAfter * 1000;
    return tracker === 'cainiao' ? Math.max(asked, backoff) : Math.min(asked, 24 * HOUR);
  }
  return backoff;
}

/** Failures that concern the whole service, not one parcel: later batches in the run are skipped. */
export function blocksTracker(failure: TrackerFailure): boolean {
  return (
    failure.kind === 'rate_limited' || failure.kind === 'quota' || failure.kind === 'auth' || failure.kind === 'refused'
  );
}

export function isBlocked(blocks: Blocks, tracker: TrackerId, now: number): boolean {
  const until = blocks[tracker];
  return until !== undefined && Date.parse(until) > now;
}

export function isDue(parcel: Parcel, tracker: TrackerId, now: number, manual: boolean): boolean {
  if (isStopped(parcel, now)) return false;
  if (manual) return true;
  const next = parcel.trackers[tracker]?.nextCheck;
  return next === undefined || Date.parse(next) <= now + DUE_WINDOW_MS;
}

/** The earliest moment any enabled tracker has work, or undefined when nothing is left to watch. */
export function earliestWork(
  parcels: readonly Parcel[],
  settings: Settings,
  blocks: Blocks,
  now: number,
  access: ReadonlySet<TrackerId> = new Set(TRACKER_IDS),
): number | undefined {
  let earliest: number | undefined;
  for (const tracker of usableTrackers(settings, access)) {
    const blockedUntil = blocks[tracker] ? Date.parse(blocks[tracker] ?? '') : Number.NaN;
    for (const parcel of parcels) {
      if (isStopped(parcel, now)) continue;
      const next = parcel.trackers[tracker]?.nextCheck;
      let at = next ? Date.parse(next) : now;
      if (Number.isNaN(at)) at = now;
      if (!Number.isNaN(blockedUntil)) at = Math.max(at, blockedUntil);
      if (earliest === undefined || at < earliest) earliest = at;
    }
  }
  return earliest;
}

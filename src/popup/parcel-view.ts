/**
 * What the popup shows of a watched parcel, derived from the stored document: the order of the list,
 * the latest event, when it was last checked and by which tracker, and the trackers' current errors.
 * Pure, so it is unit-tested without a browser.
 */

import { safeAliExpressUrl } from '../core/aliexpress-url.ts';
import type { TrackingEvent } from '../core/events.ts';
import { type Parcel, TRACKER_IDS, type TrackerId } from '../core/schemas/store.ts';
import { STAGE_URGENCY } from '../core/stages.ts';
import { buildTimeline } from '../core/timeline.ts';

function urgency(parcel: Parcel): number {
  return parcel.stage ? STAGE_URGENCY[parcel.stage] : -1;
}

/** Most urgent stage first; within a stage, the longest at customs first; then the newest added. */
export function sortParcels(parcels: Parcel[]): Parcel[] {
  return [...parcels].sort(
    (a, b) =>
      urgency(b) - urgency(a) ||
      (b.daysInCustoms ?? -1) - (a.daysInCustoms ?? -1) ||
      b.addedAt.localeCompare(a.addedAt) ||
      a.trackingNumber.localeCompare(b.trackingNumber),
  );
}

/** The newest event, by core's one timeline (whatever order the events were stored in). */
export function latestEvent(parcel: Parcel): TrackingEvent | undefined {
  const timeline = buildTimeline(parcel.events);
  const latest = timeline[timeline.length - 1];
  if (!latest) return undefined;
  const { stage: _stage, postCustoms: _post, at: _at, ...event } = latest;
  return event;
}

export type LastCheck = { tracker: TrackerId; at: string };

/** The most recent check by any tracker. */
export function lastCheck(parcel: Parcel): LastCheck | null {
  let found: LastCheck | null = null;
  for (const tracker of TRACKER_IDS) {
    const at = parcel.trackers[tracker]?.lastCheck;
    if (at && (!found || Date.parse(at) > Date.parse(found.at))) found = { tracker, at };
  }
  return found;
}

export type TrackerError = { tracker: TrackerId; message: string; nextCheck?: string };

/** Trackers whose last attempt for this parcel failed, in the fixed tracker order. */
export function trackerErrors(parcel: Parcel): TrackerError[] {
  return TRACKER_IDS.flatMap((tracker) => {
    const state = parcel.trackers[tracker];
    return state?.lastError ? [{ tracker, message: state.lastError, nextCheck: state.nextCheck }] : [];
  });
}

/** Only web addresses may become links or images: a stored `javascript:` or `data:` URL never does. */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * AliExpress's image hosts. A picture is fetched when the popup opens, so an address from an imported
 * file must not be able to make the popup call any other server.
 */
const IMAGE_HOST = /(^|\.)(alicdn\.com|aliexpress-media\.com|aliexpress\.(com|us|ru))$/;

export function safeImageUrl(url: string | undefined): string | undefined {
  const safe = safeHttpsUrl(url);
  return safe && IMAGE_HOST.test(new URL(safe).hostname) ? safe : undefined;
}

/** The AliExpress tracking page of the parcel: the one the page gave, else the order's. */
export function trackingPageUrl(parcel: Parcel): string | undefined {
  return (
    safeAliExpressUrl(parcel.trackingUrl) ??
    (parcel.orderId && /^\d+$/.test(parcel.orderId)
      ? `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${parcel.orderId}`
      : undefined)
  );
}

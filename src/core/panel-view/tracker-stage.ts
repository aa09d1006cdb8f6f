/**
 * What a watched parcel's own timeline says now, when a tracker said it last: the stage an order-list
 * badge shows instead of the card's (AliExpress's list lags behind Cainiao and 17TRACK as its tracking
 * page does; the panel does the same through explain-page.ts). A hold that a tracker saw end reads as
 * released. Undefined: the page's own status stands (no tracker news, or the page's is newer).
 */
import { TRACKER_NAMES } from '../../locales/tracker-names.ts';
import { analyzeEpisode, type ClassifiedEvent } from '../customs-episode.ts';
import type { TrackingEvent } from '../events.ts';
import { TRACKER_IDS, type TrackerId } from '../schemas/store.ts';
import type { Stage } from '../stages.ts';

const TRACKER_SOURCES: ReadonlySet<string> = new Set(TRACKER_IDS);

export function isTrackerEvent(event: TrackingEvent | undefined): event is ClassifiedEvent & { source: TrackerId } {
  return event?.source !== undefined && TRACKER_SOURCES.has(event.source);
}

export type TrackerStage = { stage: Stage; from: string };

export function trackerStage(events: readonly TrackingEvent[], now: Date): TrackerStage | undefined {
  const episode = analyzeEpisode(events, now);
  const stage: Stage | null = episode.stage ?? (episode.leftCustoms ? 'released' : null);
  if (!stage) return undefined;
  const quoted = episode.stage ? (episode.events.find((e) => e.stage === stage) ?? episode.latest) : episode.leftEvent;
  return isTrackerEvent(quoted) ? { stage, from: TRACKER_NAMES[quoted.source] } : undefined;
}

/**
 * From a parcel's events (any sources, any order, duplicates included) to its customs episode: where it
 * stands now, when import customs took it, how many days it has been there, and whether it has left.
 *
 * Rules (DESIGN.md "Vocabulary"):
 * - Days in customs count from the first held stage (import_received, inspection, delay,
 *   action_required) of the current episode; export customs in the origin country does not count.
 * - The parcel leaves customs with `released`, or with a later last-mile event (local carrier, out for
 *   delivery, pickup point, delivered). A vague carrier note while held does not end the hold.
 * - An export event starts over: Cainiao sometimes files the import declaration before the parcel
 *   has even left China, and that early "import clearance complete" must not count.
 */

import { instantIso, wholeDaysBetween } from './event-time.ts';
import type { TrackingEvent } from './events.ts';
import { isHeld, type Stage } from './stages.ts';
import { buildTimeline, type TimelineEvent } from './timeline.ts';

export type ClassifiedEvent = TimelineEvent;

export type CustomsEpisode = {
  /** Current customs stage, or null when the latest relevant event is not a customs event. */
  stage: Stage | null;
  /** ISO time the parcel reached import customs (first held stage of the current episode). */
  importStartedAt?: string;
  /** Whole days from importStartedAt to leftAt, or to now while still held. */
  daysInCustoms?: number;
  leftCustoms: boolean;
  leftAt?: string;
  leftBy?: 'released' | 'later_event';
  /** The event that ended the hold (the release, or the first later event that proves it). */
  leftEvent?: ClassifiedEvent;
  latest?: ClassifiedEvent;
  /** The newest event with a customs stage. */
  latestCustoms?: ClassifiedEvent;
  /** Newest first, duplicates removed. */
  events: ClassifiedEvent[];
};

export function analyzeEpisode(events: readonly TrackingEvent[], now: Date, lang?: string): CustomsEpisode {
  const timeline = buildTimeline(events, lang);

  let stage: Stage | null = null;
  let startedAt: number | undefined;
  let startedKnown = false;
  let left: ClassifiedEvent | undefined;
  let leftBy: CustomsEpisode['leftBy'];
  let latestCustoms: ClassifiedEvent | undefined;

  for (const event of timeline) {
    const s = event.stage;
    if (s) latestCustoms = event;
    if (s === 'export_clearance') {
      // A new episode: whatever import-side events came before were filed early.
      stage = s;
      startedAt = undefined;
      startedKnown = false;
      left = undefined;
      leftBy = undefined;
    } else if (s && isHeld(s)) {
      if (!startedKnown || left) {
        startedAt = event.at;
        startedKnown = true;
        left = undefined;
        leftBy = undefined;
      }
      stage = s;
    } else if (s === 'released') {
      stage = s;
      if (!left) {
        left = event;
        leftBy = 'released';
      }
    } else if (s === 'returned') {
      stage = s;
    } else if (event.postCustoms) {
      stage = null;
      if (startedKnown && !left) {
        left = event;
        leftBy = 'later_event';
      }
    } else if (!isHeld(stage) && stage !== 'returned') {
      // Transit events move the parcel on; while held, a vague carrier note changes nothing.
      stage = null;
    }
  }

  const newestFirst = [...timeline].reverse();
  const episode: CustomsEpisode = { stage, leftCustoms: left !== undefined, events: newestFirst };
  const latest = newestFirst[0];
  if (latest) episode.latest = latest;
  if (latestCustoms) episode.latestCustoms = latestCustoms;
  if (startedAt !== undefined) {
    episode.importStartedAt = instantIso(startedAt);
    const end = left?.at ?? (left ? undefined : now.getTime());
    if (end !== undefined) episode.daysInCustoms = wholeDaysBetween(startedAt, end);
  }
  if (left) {
    episode.leftEvent = left;
    const at = instantIso(left.at);
    if (at) episode.leftAt = at;
    if (leftBy) episode.leftBy = leftBy;
  }
  return episode;
}

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

import { isLastMileEvent } from './classify-last-mile.ts';
import { classifyStatus } from './classify-status.ts';
import { parseEventTime, wholeDaysBetween } from './event-time.ts';
import type { TrackingEvent } from './events.ts';
import { normalizeStatusText } from './normalize-text.ts';
import { isHeld, type Stage } from './stages.ts';

export type ClassifiedEvent = TrackingEvent & { stage: Stage | null };

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
  latest?: ClassifiedEvent;
  /** Newest first, duplicates removed. */
  events: ClassifiedEvent[];
};

/** Events closer than this with the same wording are one event reported twice. */
const SAME_TEXT_WINDOW_MS = 60 * 60 * 1000;
/** Same code this close is the same scan (sources round times differently). */
const SAME_CODE_WINDOW_MS = 60 * 1000;

type Work = { event: ClassifiedEvent; time: number | undefined; norm: string };

/**
 * Oldest-first order. Timed events sort by time; an event without a time keeps its place after the
 * event that preceded it in the source, so the source's relative order survives. The direction of the
 * source list (newest first, as AliExpress and Cainiao show it, or oldest first) is read from its timed
 * events.
 */
function chronological(items: Work[]): Work[] {
  let ascending = 0;
  let descending = 0;
  let previous: number | undefined;
  for (const item of items) {
    if (item.time === undefined) continue;
    if (previous !== undefined) {
      if (item.time > previous) ascending++;
      else if (item.time < previous) descending++;
    }
    previous = item.time;
  }
  const sequence = ascending > descending ? items : [...items].reverse();
  let key = Number.NEGATIVE_INFINITY;
  const keyed = sequence.map((item, index) => {
    if (item.time !== undefined) key = item.time;
    return { item, key, index };
  });
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((k) => k.item);
}

function isDuplicate(a: Work, b: Work): boolean {
  const close = (window: number) =>
    a.time === undefined || b.time === undefined ? a.time === b.time : Math.abs(a.time - b.time) <= window;
  if (a.event.code && a.event.code === b.event.code && a.time !== undefined && close(SAME_CODE_WINDOW_MS)) return true;
  if (a.norm !== b.norm || !a.norm) return false;
  // Same words: a duplicate when close in time, or when one of the copies has no time at all.
  return a.time === undefined || b.time === undefined || close(SAME_TEXT_WINDOW_MS);
}

/** Of two copies of one event, keep the richer one (a time, a code, a location); on a tie, the earlier. */
function richer(a: Work, b: Work): Work {
  const score = (w: Work) => (w.time !== undefined ? 4 : 0) + (w.event.code ? 2 : 0) + (w.event.location ? 1 : 0);
  return score(b) > score(a) ? b : a;
}

function dedupe(sorted: Work[]): Work[] {
  const kept: Work[] = [];
  for (const item of sorted) {
    const index = kept.findIndex((k) => isDuplicate(k, item));
    if (index === -1) kept.push(item);
    else kept[index] = richer(kept[index] as Work, item);
  }
  return kept;
}

const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

export function analyzeEpisode(events: TrackingEvent[], now: Date): CustomsEpisode {
  const work: Work[] = events.map((event) => ({
    event: {
      ...event,
      stage: classifyStatus(event.text, event.code ? { code: event.code } : undefined),
    },
    time: parseEventTime(event.time),
    norm: normalizeStatusText(event.text),
  }));
  const timeline = dedupe(chronological(work));

  let stage: Stage | null = null;
  let startedAt: number | undefined;
  let startedKnown = false;
  let left = false;
  let leftAt: number | undefined;
  let leftBy: CustomsEpisode['leftBy'];

  for (const { event, time } of timeline) {
    const s = event.stage;
    if (s === 'export_clearance') {
      // A new episode: whatever import-side events came before were filed early.
      stage = s;
      startedAt = undefined;
      startedKnown = false;
      left = false;
      leftAt = undefined;
      leftBy = undefined;
    } else if (s && isHeld(s)) {
      if (!startedKnown || left) {
        startedAt = time;
        startedKnown = true;
        left = false;
        leftAt = undefined;
        leftBy = undefined;
      }
      stage = s;
    } else if (s === 'released') {
      stage = s;
      if (!left) {
        left = true;
        leftAt = time;
        leftBy = 'released';
      }
    } else if (s === 'returned') {
      stage = s;
    } else if (isLastMileEvent(event.text, event.code)) {
      stage = null;
      if (startedKnown && !left) {
        left = true;
        leftAt = time;
        leftBy = 'later_event';
      }
    } else if (!isHeld(stage) && stage !== 'returned') {
      // Transit events move the parcel on; while held, a vague carrier note changes nothing.
      stage = null;
    }
  }

  const newestFirst = timeline.map((w) => w.event).reverse();
  const episode: CustomsEpisode = { stage, leftCustoms: left, events: newestFirst };
  const latest = newestFirst[0];
  if (latest) episode.latest = latest;
  if (startedAt !== undefined) {
    episode.importStartedAt = iso(startedAt);
    const end = left && leftAt !== undefined ? leftAt : now.getTime();
    episode.daysInCustoms = wholeDaysBetween(startedAt, end);
  }
  if (left) {
    const at = iso(leftAt);
    if (at) episode.leftAt = at;
    if (leftBy) episode.leftBy = leftBy;
  }
  return episode;
}

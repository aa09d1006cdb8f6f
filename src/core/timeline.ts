/**
 * One timeline for a parcel, whatever its sources: every event given its instant (event-time.ts), its
 * customs stage (codes first where there is evidence, wording otherwise) and its place in the journey,
 * put in one order, with one duplicate rule. The panel, the order-list badges, the watcher, the popup
 * and the demo all read a parcel through this module and customs-episode.ts, so they cannot disagree.
 */
import { classifyCode } from './classify-code.ts';
import { isLastMileEvent } from './classify-last-mile.ts';
import { classifyStatus } from './classify-status.ts';
import { parseEventTime } from './event-time.ts';
import type { TrackingEvent } from './events.ts';
import { type JourneyPhase, journeyPhase, namesImport } from './journey-markers.ts';
import { normalizeStatusText } from './normalize-text.ts';
import type { Stage } from './stages.ts';

export type TimelineEvent = TrackingEvent & {
  /** The customs stage the event means *in this timeline* (a generic customs event before the parcel
   * left the origin country is export clearance). */
  stage: Stage | null;
  /** Only happens after import customs: handed to the local carrier, out for delivery, delivered. */
  postCustoms: boolean;
  /** Milliseconds since the epoch, when the source gave a readable time. */
  at?: number;
};

/** A source's code that no table knows, kept so the maps can grow (store.unknownCodes). */
export function unknownCodeOf(event: TrackingEvent): string | undefined {
  return event.code && classifyCode(event.code) === undefined ? event.code : undefined;
}

/** The stage of one event on its own, before its position in the timeline is known. */
export function stageOf(event: TrackingEvent, lang?: string): Stage | null {
  const context = event.code || lang ? { ...(event.code && { code: event.code }), ...(lang && { lang }) } : undefined;
  return classifyStatus(event.text, context);
}

/** Same code this close is the same scan (sources round times differently). */
const SAME_CODE_WINDOW_MS = 60 * 1000;
/** Same wording this close is one event reported twice. */
const SAME_TEXT_WINDOW_MS = 60 * 60 * 1000;
/** Same customs stage from two sources this close is one event worded two ways. */
const SAME_STAGE_WINDOW_MS = 2 * 60 * 60 * 1000;

type Work = {
  event: TrackingEvent;
  at: number | undefined;
  norm: string;
  stage: Stage | null;
  phase: JourneyPhase | null;
};

/**
 * Oldest-first order. Timed events sort by instant; an event without a time keeps its place after the
 * event that preceded it in its source, so the source's relative order survives. The direction of the
 * list (newest first, as AliExpress and Cainiao show it, or oldest first) is read from its timed events.
 */
function chronological(items: Work[]): Work[] {
  let ascending = 0;
  let descending = 0;
  let previous: number | undefined;
  for (const item of items) {
    if (item.at === undefined) continue;
    if (previous !== undefined) {
      if (item.at > previous) ascending++;
      else if (item.at < previous) descending++;
    }
    previous = item.at;
  }
  const sequence = ascending > descending ? items : [...items].reverse();
  let key = Number.NEGATIVE_INFINITY;
  const keyed = sequence.map((item, index) => {
    if (item.at !== undefined) key = item.at;
    return { item, key, index };
  });
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((k) => k.item);
}

function isDuplicate(a: Work, b: Work): boolean {
  const timed = a.at !== undefined && b.at !== undefined;
  const within = (window: number) => timed && Math.abs((a.at as number) - (b.at as number)) <= window;
  if (a.event.code && a.event.code === b.event.code && within(SAME_CODE_WINDOW_MS)) return true;
  if (a.norm && a.norm === b.norm) {
    // Same words: one event when close in time, or when one of the copies has no time at all.
    return !timed || within(SAME_TEXT_WINDOW_MS);
  }
  // The same meaning from two different sources ("Customs clearance complete" on the page, "Import
  // customs clearance complete" from Cainiao) at about the same moment.
  const sourceA = a.event.source ?? 'page';
  const sourceB = b.event.source ?? 'page';
  return a.stage !== null && a.stage === b.stage && sourceA !== sourceB && within(SAME_STAGE_WINDOW_MS);
}

/**
 * Of two copies of one event, keep the richer one (a time, a code, a tracker's word over the page's —
 * a tracker confirms what a page script could have written — a place); on a tie, the earlier.
 */
function richer(a: Work, b: Work): Work {
  const score = (w: Work) =>
    (w.at !== undefined ? 8 : 0) +
    (w.event.code ? 4 : 0) +
    ((w.event.source ?? 'page') !== 'page' ? 2 : 0) +
    (w.event.location ? 1 : 0);
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

/**
 * "Customs clearance started / complete" without the word import is export clearance when it happens
 * before the parcel left the origin country: while the journey so far is at the origin, or when a
 * departure or an explicit export event follows it. After a departure it is import clearance.
 */
function settleSides(timeline: Work[]): void {
  let phase: JourneyPhase | null = null;
  timeline.forEach((item, index) => {
    if (item.phase === 'departed' || item.phase === 'destination') phase = item.phase;
    else if (item.phase === 'origin' && phase === null) phase = 'origin';
    const generic =
      (item.stage === 'import_received' || item.stage === 'released') && !namesImport(item.event.text, item.event.code);
    if (!generic || phase === 'departed' || phase === 'destination') return;
    const later = timeline.slice(index + 1);
    const departsLater = later.some((w) => w.phase === 'departed' || w.stage === 'export_clearance');
    if (phase === 'origin' || departsLater) item.stage = 'export_clearance';
  });
}

/** The parcel's events from every source, oldest first, duplicates merged, each with its stage. */
export function buildTimeline(events: readonly TrackingEvent[], lang?: string): TimelineEvent[] {
  const work: Work[] = events.map((event) => ({
    event,
    at: parseEventTime(event.time),
    norm: normalizeStatusText(event.text),
    stage: stageOf(event, lang),
    phase: journeyPhase(event.text, event.code),
  }));
  const timeline = dedupe(chronological(work));
  settleSides(timeline);
  return timeline.map(({ event, at, stage }) => ({
    ...event,
    stage,
    postCustoms: stage === null && isLastMileEvent(event.text, event.code),
    ...(at !== undefined && { at }),
  }));
}

/** The events as stored: newest first, duplicates merged, at most `max` (the newest). */
export function mergeEvents(
  existing: readonly TrackingEvent[],
  incoming: readonly TrackingEvent[],
  max: number,
): TrackingEvent[] {
  return buildTimeline([...existing, ...incoming])
    .reverse()
    .slice(0, max)
    .map(({ stage: _stage, postCustoms: _post, at: _at, ...event }) => event);
}

/**
 * Pure transition detection for a watched parcel: from its events (already given a stage each, newest
 * first) and the keys already notified, decide its stage now and which news is due. Each piece of news
 * has a stable key ("left_customs", "action_required:<day>", "returned", "delivered") so it is told once,
 * ever — across restarts and across trackers reporting the same event. The first sight of a parcel
 * (not `baselined`) marks everything it shows as seen without telling anything.
 */
import type { TrackingEvent } from './events.ts';
import { isHeld, type Stage } from './stages.ts';

export type StagedEvent = TrackingEvent & {
  stage: Stage | null;
  /** Only happens after import customs: handed to the local carrier, out for delivery, delivered. */
  postCustoms: boolean;
};

export type TransitionKind = 'left_customs' | 'action_required' | 'returned' | 'delivered';

export type Transition = { kind: TransitionKind; key: string; event?: StagedEvent };

export type TransitionInput = {
  /** Newest first. */
  events: readonly StagedEvent[];
  previousStage: Stage | null;
  notified: readonly string[];
  baselined: boolean;
  /** A tracker said the parcel was delivered (its own status, not only the text). */
  delivered: boolean;
};

export type TransitionResult = {
  stage: Stage | null;
  leftCustomsAt?: string;
  deliveredAt?: string;
  /** Every news key the parcel's state shows now: all are added to `notified`. */
  seen: string[];
  /** The news to tell the user now (empty on first sight). */
  due: Transition[];
};

function day(event: StagedEvent): string {
  if (event.time && /^\d{4}-\d{2}-\d{2}/.test(event.time)) return event.time.slice(0, 10);
  // Without a date the text itself tells one request from another.
  return event.text.toLowerCase().replace(/\s+/g, ' ').slice(0, 60);
}

export function detectTransitions(input: TransitionInput): TransitionResult {
  const { events } = input;
  const staged = events.findIndex((e) => e.stage !== null);
  const latest = staged >= 0 ? events[staged] : undefined;
  const heldIndex = events.findIndex((e) => isHeld(e.stage));
  const releasedIndex = events.findIndex((e) => e.stage === 'released');
  // A post-customs event newer than the last held one means customs let the parcel go, said or not.
  const postIndex = events.findIndex(
    (e, i) => e.postCustoms && (heldIndex < 0 ? isHeld(input.previousStage) : i < heldIndex),
  );
  const returnedEvent = events.find((e) => e.stage === 'returned');

  let stage: Stage | null = events.length ? (latest?.stage ?? null) : input.previousStage;
  const leftByLaterEvent = postIndex >= 0 && (latest === undefined || isHeld(latest.stage));
  if (leftByLaterEvent && latest?.stage !== 'returned') stage = 'released';

  const result: TransitionResult = { stage, seen: [], due: [] };
  const add = (kind: TransitionKind, key: string, event?: StagedEvent) => {
    result.seen.push(key);
    if (input.baselined && !input.notified.includes(key)) result.due.push({ kind, key, ...(event && { event }) });
  };

  if (stage === 'returned' && returnedEvent) add('returned', 'returned', returnedEvent);
  if (stage === 'released') {
    // The release itself, or the first later event that proves it.
    const event =
      (releasedIndex >= 0 && (postIndex < 0 || releasedIndex > postIndex) ? events[releasedIndex] : undefined) ??
      events[postIndex] ??
      events[releasedIndex];
    if (event?.time) result.leftCustomsAt = event.time;
    add('left_customs', 'left_customs', event);
  }
  if (stage === 'action_required' && latest) add('action_required', `action_required:${day(latest)}`, latest);
  if (input.delivered) {
    const event = events[0];
    if (event?.time) result.deliveredAt = event.time;
    add('delivered', 'delivered', event);
  }
  return result;
}

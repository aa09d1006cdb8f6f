/**
 * What is news for a watched parcel: the customs episode before a check against the one after it (both
 * from the one timeline, customs-episode.ts), never the order a list happens to be in — so an older
 * event that arrives late never raises a notification and a newer one is never missed. Each piece of
 * news has a stable key ("left_customs", "action_required:<instant>", "returned", "delivered") and is
 * told once, ever: keys already in `notified` are not told again. A first look (`silent`) tells
 * nothing and marks everything it shows as seen.
 */
import type { ClassifiedEvent, CustomsEpisode } from './customs-episode.ts';

export type TransitionKind = 'left_customs' | 'action_required' | 'returned' | 'delivered';

export type Transition = { kind: TransitionKind; key: string; event?: ClassifiedEvent };

export type TransitionInput = {
  before: CustomsEpisode;
  after: CustomsEpisode;
  notified: readonly string[];
  /** First look from this source: record, tell nothing. */
  silent: boolean;
  /** Delivered before this update / after it (a tracker's own verdict). */
  deliveredBefore: boolean;
  deliveredAfter: boolean;
};

export type TransitionResult = {
  /** Every news key the parcel's state shows now: all are added to `notified`. */
  seen: string[];
  /** The news to tell the user now. */
  due: Transition[];
};

/**
 * The key of the request for action the parcel is at, when a tracker reported it. A page alone never
 * raises "customs needs you": any script on the page can add a row asking for money (issue 14), so the
 * panel shows it and the notification waits for a tracker to agree.
 */
function actionKey(episode: CustomsEpisode): string | undefined {
  if (episode.stage !== 'action_required') return undefined;
  const event = episode.latestCustoms;
  if (!event || (event.source ?? 'page') === 'page') return undefined;
  // The instant tells one request from another; without one, the words do.
  const id = event.at !== undefined ? new Date(event.at).toISOString() : event.text.toLowerCase().slice(0, 60);
  return `action_required:${id}`;
}

export function detectTransitions(input: TransitionInput): TransitionResult {
  const { before, after } = input;
  const result: TransitionResult = { seen: [], due: [] };
  const add = (kind: TransitionKind, key: string, isNew: boolean, event?: ClassifiedEvent) => {
    result.seen.push(key);
    if (!input.silent && isNew && !input.notified.includes(key))
      result.due.push({ kind, key, ...(event && { event }) });
  };

  if (after.leftCustoms) add('left_customs', 'left_customs', !before.leftCustoms, after.leftEvent);
  const action = actionKey(after);
  if (action) add('action_required', action, action !== actionKey(before), after.latestCustoms);
  if (after.stage === 'returned') add('returned', 'returned', before.stage !== 'returned', after.latestCustoms);
  if (input.deliveredAfter) add('delivered', 'delivered', !input.deliveredBefore, after.latest);
  return result;
}

import { describe, expect, it } from 'vitest';
import { analyzeEpisode } from './customs-episode.ts';
import { detectTransitions, type TransitionInput } from './detect-transition.ts';
import type { TrackingEvent } from './events.ts';

const NOW = new Date('2026-01-10T00:00:00Z');
const ev = (time: string, text: string, code?: string): TrackingEvent => ({
  time,
  text,
  ...(code && { code }),
  source: 'cainiao',
});

const arrived = ev('2026-01-01T08:00:00Z', 'Arrived at destination country');
const inspection = ev('2026-01-02T08:00:00Z', "Customs update: We're inspecting your order");
const duties = ev('2026-01-03T10:00:00Z', 'Customs duties payment requested');
const released = ev('2026-01-04T09:00:00Z', 'Import customs clearance complete');
const localCarrier = ev('2026-01-05T09:00:00Z', 'Received by local delivery company');
const returned = ev('2026-01-06T10:00:00Z', 'Returned by customs');

/** News between the events known before and those known after an update. */
function run(before: TrackingEvent[], after: TrackingEvent[], over: Partial<TransitionInput> = {}) {
  return detectTransitions({
    before: analyzeEpisode(before, NOW),
    after: analyzeEpisode(after, NOW),
    notified: [],
    silent: false,
    deliveredBefore: false,
    deliveredAfter: false,
    ...over,
  });
}

describe('detectTransitions', () => {
  it('tells nothing on a first look but marks what it saw, so it is never told later', () => {
    const first = run([], [released, inspection, arrived], { silent: true });
    expect(first.due).toEqual([]);
    expect(first.seen).toEqual(['left_customs']);
    expect(run([inspection], [released, inspection], { notified: first.seen }).due).toEqual([]);
  });

  it('tells "left customs" once when inspection turns into released', () => {
    const second = run([inspection, arrived], [released, inspection, arrived]);
    expect(second.due.map((t) => [t.key, t.event?.text])).toEqual([['left_customs', released.text]]);
    expect(run([released, inspection, arrived], [released, inspection, arrived]).due).toEqual([]);
    expect(run([inspection, arrived], [released, inspection, arrived], { notified: second.seen }).due).toEqual([]);
  });

  it('treats a later post-customs event as leaving customs even without a "released" status', () => {
    const result = run([inspection, arrived], [localCarrier, inspection, arrived]);
    expect(result.due.map((t) => [t.key, t.event?.text])).toEqual([['left_customs', localCarrier.text]]);
    // A parcel never seen at customs that reaches the local carrier did not "leave customs".
    expect(run([arrived], [localCarrier, arrived]).due).toEqual([]);
  });

  it('never tells news for an older event that arrives late', () => {
    // The release is older than the inspection the parcel is in now: the hold goes on.
    const oldRelease = ev('2025-12-30T08:00:00Z', 'Import customs clearance complete');
    expect(run([inspection], [inspection, oldRelease]).due).toEqual([]);
    const oldLocal = ev('2025-12-31T08:00:00Z', 'Received by local delivery company');
    expect(run([inspection], [oldLocal, inspection]).due).toEqual([]);
  });

  it('never misses a newer event, whatever order the list is in', () => {
    const scrambled = [inspection, released, arrived];
    expect(run([arrived, inspection], scrambled).due.map((t) => t.key)).toEqual(['left_customs']);
  });

  it('does not confuse pre-customs events with leaving customs', () => {
    const departed = ev('2025-12-30T08:00:00Z', 'Departed from origin');
    expect(run([inspection], [inspection, departed]).due).toEqual([]);
  });

  it('tells each customs request for action once per request', () => {
    const first = run([inspection], [duties, inspection]);
    expect(first.due.map((t) => t.key)).toEqual(['action_required:2026-01-03T10:00:00.000Z']);
    expect(run([duties, inspection], [duties, inspection], { notified: first.seen }).due).toEqual([]);
    const again = ev('2026-01-08T10:00:00Z', 'Documents required for clearance');
    expect(
      run([duties, inspection], [again, duties, inspection], { notified: first.seen }).due.map((t) => t.key),
    ).toEqual(['action_required:2026-01-08T10:00:00.000Z']);
  });

  it('never tells "customs needs you" on a page’s word alone, only once a tracker agrees', () => {
    const fromPage: TrackingEvent = {
      time: '2026-01-03T10:00:00Z',
      text: 'Import customs clearance complete. Pay the release fee at https://pay.example/ now',
      source: 'page',
    };
    const pageOnly = run([inspection], [fromPage, inspection]);
    expect(pageOnly.due).toEqual([]);
    const agreed = run([fromPage, inspection], [fromPage, { ...duties, time: '2026-01-03T10:30:00Z' }, inspection]);
    expect(agreed.due.map((t) => [t.kind, t.event?.source])).toEqual([['action_required', 'cainiao']]);
  });

  it('tells a return and not a "left customs" for it', () => {
    const result = run([inspection], [returned, inspection]);
    expect(result.due.map((t) => t.kind)).toEqual(['returned']);
  });

  it('tells delivery once, on the tracker’s verdict', () => {
    const delivered = ev('2026-01-07T10:00:00Z', 'Delivered');
    const after = [delivered, localCarrier, released];
    const result = run([localCarrier, released], after, { deliveredAfter: true, notified: ['left_customs'] });
    expect(result.due.map((t) => [t.kind, t.event?.text])).toEqual([['delivered', 'Delivered']]);
    expect(run(after, after, { deliveredBefore: true, deliveredAfter: true }).due).toEqual([]);
  });

  it('tells nothing when a tracker has no events', () => {
    expect(run([inspection], [inspection]).due).toEqual([]);
  });
});

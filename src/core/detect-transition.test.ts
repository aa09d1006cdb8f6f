import { describe, expect, it } from 'vitest';
import { detectTransitions, type StagedEvent, type TransitionInput } from './detect-transition.ts';
import type { Stage } from './stages.ts';

const ev = (time: string, text: string, stage: Stage | null, postCustoms = false): StagedEvent => ({
  time,
  text,
  stage,
  postCustoms,
});

const inspection = ev('2026-01-02T08:00:00Z', "Customs update: We're inspecting your order", 'inspection');
const arrived = ev('2026-01-01T08:00:00Z', 'Arrived at destination country', null);
const released = ev('2026-01-04T09:00:00Z', 'Import customs clearance complete', 'released');
const localCarrier = ev('2026-01-05T09:00:00Z', 'Received by local delivery company', null, true);
const duties = ev('2026-01-03T10:00:00Z', 'Customs duties payment requested', 'action_required');
const returned = ev('2026-01-06T10:00:00Z', 'Returned by customs', 'returned');

const base: TransitionInput = { events: [], previousStage: null, notified: [], baselined: true, delivered: false };
const run = (over: Partial<TransitionInput>) => detectTransitions({ ...base, ...over });

describe('detectTransitions', () => {
  it('tells nothing on first sight but marks what it saw, so it is never told later', () => {
    const result = run({ events: [released, inspection, arrived], baselined: false });
    expect(result.stage).toBe('released');
    expect(result.due).toEqual([]);
    expect(result.seen).toEqual(['left_customs']);
  });

  it('tells "left customs" once when inspection turns into released', () => {
    const first = run({ events: [inspection, arrived] });
    expect(first).toMatchObject({ stage: 'inspection', due: [], seen: [] });
    const second = run({ events: [released, inspection, arrived], previousStage: 'inspection' });
    expect(second.stage).toBe('released');
    expect(second.leftCustomsAt).toBe(released.time);
    expect(second.due).toEqual([{ kind: 'left_customs', key: 'left_customs', event: released }]);
    const third = run({ events: [released, inspection, arrived], previousStage: 'released', notified: second.seen });
    expect(third.due).toEqual([]);
  });

  it('treats a later post-customs event as leaving customs even without a "released" status', () => {
    const result = run({ events: [localCarrier, inspection, arrived], previousStage: 'inspection' });
    expect(result.stage).toBe('released');
    expect(result.due.map((t) => [t.key, t.event?.text])).toEqual([['left_customs', localCarrier.text]]);
  });

  it('uses the previous stage when the held event is not in this tracker’s list', () => {
    expect(run({ events: [localCarrier, arrived], previousStage: 'delay' }).due.map((t) => t.key)).toEqual([
      'left_customs',
    ]);
    // A parcel never seen at customs that reaches the local carrier did not "leave customs".
    expect(run({ events: [localCarrier, arrived], previousStage: null }).due).toEqual([]);
  });

  it('does not confuse pre-customs events with leaving customs', () => {
    const departed = ev('2025-12-30T08:00:00Z', 'Departed from origin', null, false);
    expect(run({ events: [inspection, departed], previousStage: 'inspection' })).toMatchObject({
      stage: 'inspection',
      due: [],
    });
  });

  it('tells each customs request for action once per request day', () => {
    const first = run({ events: [duties, inspection] });
    expect(first.due.map((t) => t.key)).toEqual(['action_required:2026-01-03']);
    expect(run({ events: [duties, inspection], notified: first.seen }).due).toEqual([]);
    const again = ev('2026-01-08T10:00:00Z', 'Documents required for clearance', 'action_required');
    expect(run({ events: [again, duties, inspection], notified: first.seen }).due.map((t) => t.key)).toEqual([
      'action_required:2026-01-08',
    ]);
  });

  it('tells a return and not a "left customs" for it', () => {
    const result = run({ events: [returned, inspection], previousStage: 'inspection' });
    expect(result.stage).toBe('returned');
    expect(result.due.map((t) => t.kind)).toEqual(['returned']);
  });

  it('tells delivery once, with its time', () => {
    const delivered = ev('2026-01-07T10:00:00Z', 'Delivered', null, true);
    const result = run({ events: [delivered, localCarrier, released], delivered: true, notified: ['left_customs'] });
    expect(result.deliveredAt).toBe(delivered.time);
    expect(result.due.map((t) => t.kind)).toEqual(['delivered']);
  });

  it('keeps the previous stage when a tracker has no events', () => {
    expect(run({ events: [], previousStage: 'delay' })).toMatchObject({ stage: 'delay', due: [] });
  });
});

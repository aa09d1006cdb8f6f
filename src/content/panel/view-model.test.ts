// Several packages on one tracking page: the panel speaks of the one whose customs stage matters most.
import { describe, expect, it } from 'vitest';
import type { PageFacts } from './read-facts.ts';
import { pickPackage } from './view-model.ts';

const now = new Date('2026-12-02T12:00:00Z');
/** Stands for a timeline element: never touched by pickPackage. */
const timeline = {} as Element;
const released = [
  { time: '2026-12-01T09:00:00-06:00', text: 'Import customs clearance complete', source: 'page' as const },
  { time: '2026-11-28T00:05:00-06:00', text: 'Import customs clearance started', source: 'page' as const },
];
const held = [{ time: '2026-11-27T00:05:00+00:00', text: 'Import customs clearance started', source: 'page' as const }];

const facts = (packages: PageFacts['packages']): PageFacts => ({
  trackingNumbers: ['LP00664492365524', 'CNUSUP00012930336'],
  events: released,
  titles: [],
  ...(packages ? { packages } : {}),
});

describe('pickPackage', () => {
  it('takes the held package when both are shown', () => {
    const picked = pickPackage(
      facts([
        { trackingNumber: 'LP00664492365524', timeline, events: released, shown: true },
        { trackingNumber: 'CNUSUP00012930336', timeline, events: held, shown: true },
      ]),
      now,
    );
    expect(picked.trackingNumbers[0]).toBe('CNUSUP00012930336');
    expect(picked.events).toBe(held);
  });

  it('keeps the open tab’s package when only it is shown', () => {
    const input = facts([
      { trackingNumber: 'LP00664492365524', timeline, events: released, shown: true },
      { trackingNumber: 'CNUSUP00012930336', timeline, events: held, shown: false },
    ]);
    expect(pickPackage(input, now)).toBe(input);
  });

  it('leaves single-package facts alone', () => {
    const input = facts(undefined);
    expect(pickPackage(input, now)).toBe(input);
  });
});

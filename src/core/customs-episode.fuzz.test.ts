/**
 * Bad input for the customs episode: event lists in any order with times in every shape a source has
 * sent (zoned, zone-less, bare dates, epoch text, garbage) and clocks that disagree (events "in the
 * future" of the user's clock). analyzeEpisode must never throw, never report negative or fractional
 * days, and must not depend on the order events arrive in or on the machine's time zone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeEpisode } from './customs-episode.ts';
import type { TrackingEvent } from './events.ts';
import { isStage } from './stages.ts';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const TEXTS = [
  "Customs update: We're inspecting your order",
  'Imports customs clearance delay',
  'Import customs clearance started',
  'Import customs clearance complete',
  'Export customs clearance complete',
  'Arrived at destination country',
  'Out for delivery',
  'Delivered',
  'Parcel processed at sorting center',
  'Returned to sender',
  '<script>alert(1)</script>',
  '\u202EyreviledY\u202C',
  'Customs\u200B inspection',
  '',
];

/** A time, in one of the shapes sources send, `offset` ms from NOW (negative: past; positive: future). */
function timeText(offset: number, shape: number): string | undefined {
  const t = new Date(NOW.getTime() + offset);
  const iso = t.toISOString();
  switch (shape) {
    case 0:
      return iso;
    case 1:
      return iso.slice(0, 16).replace('T', ' '); // zone-less "2026-03-08 09:15"
    case 2:
      return iso.slice(0, 10); // bare date
    case 3:
      return String(t.getTime()); // epoch ms as text
    case 4:
      return `${iso.slice(0, 19)}+08:00`;
    case 5:
      return iso.slice(0, 16).replace(/-/g, '/').replace('T', ' '); // 2026/03/08 09:15
    case 6:
      return 'yesterday';
    case 7:
      return '2026-13-45 99:99';
    default:
      return undefined;
  }
}

const eventArb: fc.Arbitrary<TrackingEvent> = fc
  .record({
    text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 80 })),
    // From 400 days back to 30 days ahead (clock skew, a tracker in another zone, a wrong device clock).
    offset: fc.integer({ min: -400 * DAY, max: 30 * DAY }),
    shape: fc.integer({ min: 0, max: 8 }),
    code: fc.option(fc.constantFrom('CC_IM_START', 'CC_IM_SUCCESS', 'GTMS_SIGNED', 'NOT_A_CODE', ''), {
      nil: undefined,
    }),
  })
  .map(({ text, offset, shape, code }) => {
    const time = timeText(offset, shape);
    return { text, ...(time !== undefined && { time }), ...(code !== undefined && { code }) };
  });

const isIso = (s: string | undefined) => s === undefined || !Number.isNaN(Date.parse(s));

describe('analyzeEpisode with hostile times', () => {
  it('never throws and reports whole, non-negative days and valid times', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const episode = analyzeEpisode(events, NOW);
        expect(episode.stage === null || isStage(episode.stage)).toBe(true);
        if (episode.daysInCustoms !== undefined) {
          expect(Number.isInteger(episode.daysInCustoms)).toBe(true);
          expect(episode.daysInCustoms).toBeGreaterThanOrEqual(0);
        }
        expect(isIso(episode.importStartedAt)).toBe(true);
        expect(isIso(episode.leftAt)).toBe(true);
        expect(episode.events.length).toBeLessThanOrEqual(events.length);
        if (episode.leftAt) expect(episode.leftCustoms).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order timed events arrive in', () => {
    // Distinct texts and times hours apart, so no two events are duplicates of each other.
    const timed = fc
      .uniqueArray(fc.integer({ min: -60, max: 5 }), { minLength: 1, maxLength: 8 })
      .chain((slots) =>
        fc.tuple(
          fc.constant(slots),
          fc.shuffledSubarray(TEXTS.slice(0, 10), { minLength: slots.length, maxLength: slots.length }),
        ),
      )
      .map(([slots, texts]) => slots.map((slot, i) => ({ text: texts[i] ?? '', time: timeText(slot * 6 * HOUR, 0) })));
    fc.assert(
      fc.property(timed, fc.func(fc.integer()), (events, key) => {
        const shuffled = [...events].sort((a, b) => key(a.text) - key(b.text));
        const a = analyzeEpisode(events, NOW);
        const b = analyzeEpisode(shuffled, NOW);
        expect(b.stage).toBe(a.stage);
        expect(b.leftCustoms).toBe(a.leftCustoms);
        expect(b.daysInCustoms).toBe(a.daysInCustoms);
        expect(b.importStartedAt).toBe(a.importStartedAt);
      }),
      { numRuns: 300 },
    );
  });

  it('counts zero days, not negative ones, when customs took the parcel "in the future" (clock skew)', () => {
    const inFuture = new Date(NOW.getTime() + 5 * HOUR).toISOString();
    const episode = analyzeEpisode([{ text: "Customs update: We're inspecting your order", time: inFuture }], NOW);
    expect(episode.stage).toBe('inspection');
    expect(episode.daysInCustoms).toBe(0);
  });

  it('reads a release stamped after the device clock as released, counting start to release (one day)', () => {
    const episode = analyzeEpisode(
      [
        { text: 'Import customs clearance complete', time: new Date(NOW.getTime() + 2 * DAY).toISOString() },
        { text: 'Import customs clearance started', time: new Date(NOW.getTime() + 1 * DAY).toISOString() },
      ],
      NOW,
    );
    expect(episode).toMatchObject({ stage: 'released', leftCustoms: true, leftBy: 'released', daysInCustoms: 1 });
  });

  it('reads every time the same whatever the machine zone is (the zone is changed for real)', () => {
    const saved = process.env.TZ;
    const offsets = new Set<number>();
    const results = new Set<string>();
    try {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Auckland', 'America/New_York']) {
        process.env.TZ = zone;
        offsets.add(new Date('2026-03-01T23:30:00Z').getTimezoneOffset());
        fc.assert(
          fc.property(fc.array(eventArb, { maxLength: 12 }), (events) => {
            const a = analyzeEpisode(events, NOW);
            const zoneless = analyzeEpisode(
              [{ text: 'Import customs clearance started', time: '2026-03-01 23:30' }],
              NOW,
            );
            expect(zoneless.importStartedAt).toBe('2026-03-01T23:30:00.000Z');
            return a !== undefined;
          }),
          { numRuns: 20, seed: 42 },
        );
        const fixed = analyzeEpisode(
          [
            { text: 'Import customs clearance started', time: '2026-03-01 23:30' },
            { text: 'Import customs clearance complete', time: '2026-03-05T01:00:00+08:00' },
          ],
          NOW,
        );
        results.add(JSON.stringify([fixed.stage, fixed.daysInCustoms, fixed.importStartedAt, fixed.leftAt]));
      }
    } finally {
      process.env.TZ = saved;
    }
    // The machine zone really changed between runs, and the answer did not.
    expect(offsets.size).toBeGreaterThan(1);
    expect([...results]).toEqual([
      JSON.stringify(['released', 2, '2026-03-01T23:30:00.000Z', '2026-03-04T17:00:00.000Z']),
    ]);
  });

  it('keeps events without a usable time and still finds the stage', () => {
    const episode = analyzeEpisode(
      [{ text: 'Imports customs clearance delay', time: 'not a time' }, { text: 'Parcel processed at sorting center' }],
      NOW,
    );
    expect(episode.events).toHaveLength(2);
    expect(episode.stage).toBe('delay');
  });
});

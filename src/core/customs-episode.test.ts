import { describe, expect, it } from 'vitest';
import { analyzeEpisode } from './customs-episode.ts';
import type { TrackingEvent } from './events.ts';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('analyzeEpisode', () => {
  it('counts days in import customs, not export', () => {
    const events: TrackingEvent[] = [
      { time: '2026-11-20T09:00:00Z', text: "Customs update: We're inspecting your order" },
      { time: '2026-11-17T08:00:00Z', text: 'Import customs clearance started', code: 'CC_IM_START' },
      { time: '2026-11-12T08:00:00Z', text: 'Departed from departure country/region', code: 'LH_DEPART' },
      { time: '2026-11-11T08:00:00Z', text: 'Export customs clearance complete', code: 'CC_EX_SUCCESS' },
      { time: '2026-11-10T08:00:00Z', text: 'Export customs clearance started', code: 'CC_EX_START' },
    ];
    const e = analyzeEpisode(events, NOW);
    expect(e.stage).toBe('inspection');
    expect(e.importStartedAt).toBe('2026-11-17T08:00:00.000Z');
    expect(e.daysInCustoms).toBe(8);
    expect(e.leftCustoms).toBe(false);
    expect(e.latest?.stage).toBe('inspection');
    expect(e.events.map((x) => x.stage)).toEqual([
      'inspection',
      'import_received',
      null,
      'export_clearance',
      'export_clearance',
    ]);
  });

  it('leaves customs on release and stops the day count there', () => {
    const e = analyzeEpisode(
      [
        { time: '2026-11-01T10:00:00Z', text: 'Import customs clearance started' },
        { time: '2026-11-04T10:00:00Z', text: 'Import customs clearance complete' },
        { time: '2026-11-05T10:00:00Z', text: 'Arrived at linehaul office' },
      ],
      NOW,
    );
    expect(e.leftCustoms).toBe(true);
    expect(e.leftBy).toBe('released');
    expect(e.leftAt).toBe('2026-11-04T10:00:00.000Z');
    expect(e.daysInCustoms).toBe(3);
    expect(e.stage).toBeNull();
  });

  it('leaves customs with a later last-mile event even without a release', () => {
    const e = analyzeEpisode(
      [
        { time: '2026-11-10T10:00:00Z', text: 'Held by customs' },
        { time: '2026-11-12T10:00:00Z', text: 'Carrier update', code: 'CUSTOMS_ARRIVED_IN_AREA_CALLBACK' },
        { time: '2026-11-14T10:00:00Z', text: 'Received by local delivery company', code: 'GTMS_ACCEPT' },
      ],
      NOW,
    );
    expect(e.leftCustoms).toBe(true);
    expect(e.leftBy).toBe('later_event');
    expect(e.leftAt).toBe('2026-11-14T10:00:00.000Z');
    expect(e.daysInCustoms).toBe(4);
  });

  it('does not let a vague carrier note end a hold', () => {
    const e = analyzeEpisode(
      [
        { time: '2026-11-10T10:00:00Z', text: 'Imports customs clearance delay' },
        { time: '2026-11-12T10:00:00Z', text: 'Carrier update' },
      ],
      NOW,
    );
    expect(e.stage).toBe('delay');
    expect(e.leftCustoms).toBe(false);
    expect(e.daysInCustoms).toBe(15);
  });

  it('sorts out-of-order events and removes duplicates from several sources', () => {
    const e = analyzeEpisode(
      [
        { time: '2026-11-18T10:00:00Z', text: 'Import customs clearance started', source: 'page' },
        { time: '2026-11-20T10:00:00Z', text: 'Held by customs', source: 'page' },
        { time: '2026-11-18T10:20:00+00:00', text: '[Madrid] Import customs clearance started', source: 'cainiao' },
        { time: '2026-11-18T10:00:30Z', text: 'Import clearance start', code: 'CC_IM_START', source: 'cainiao' },
        { time: '2026-11-18T10:00:00Z', text: 'Other wording', code: 'CC_IM_START', source: '17track' },
      ],
      NOW,
    );
    // Copies are merged into the earliest, richest one: by wording within an hour, by code within a
    // minute, and by meaning (same stage) across sources within two hours.
    expect(e.events.map((x) => x.text)).toEqual(['Held by customs', 'Other wording']);
    expect(e.importStartedAt).toBe('2026-11-18T10:00:00.000Z');
  });

  it('keeps a timeless copy out when the same text has a time', () => {
    const e = analyzeEpisode(
      [
        { text: 'Import customs clearance started' },
        { time: '2026-11-18T10:00:00Z', text: 'Import customs clearance started' },
      ],
      NOW,
    );
    expect(e.events).toHaveLength(1);
    expect(e.events[0]?.time).toBe('2026-11-18T10:00:00Z');
  });

  it('reads zone-less times as UTC and numeric offsets exactly', () => {
    const e = analyzeEpisode(
      [
        { time: '2026-11-20 23:30:00', text: 'Import customs clearance started' },
        { time: '2026-11-21T01:00:00+02:00', text: 'Held by customs' },
      ],
      NOW,
    );
    // 01:00+02:00 is 23:00Z on the 20th: before the zone-less 23:30 read as UTC.
    expect(e.events.map((x) => x.text)).toEqual(['Import customs clearance started', 'Held by customs']);
    expect(e.importStartedAt).toBe('2026-11-20T23:00:00.000Z');
  });

  it('keeps the source order of events without a time', () => {
    // Newest first, as pages show it; the middle event has no time.
    const e = analyzeEpisode(
      [
        { time: '2026-11-22T10:00:00Z', text: 'Released by customs' },
        { text: 'Held by customs' },
        { time: '2026-11-19T10:00:00Z', text: 'Arrived at customs' },
      ],
      NOW,
    );
    expect(e.events.map((x) => x.stage)).toEqual(['released', 'inspection', 'import_received']);
    expect(e.leftCustoms).toBe(true);
    expect(e.daysInCustoms).toBe(3);
  });

  it('ignores an import clearance filed before the parcel left the origin', () => {
    const e = analyzeEpisode(
      [
        { time: '2026-11-01T10:00:00Z', text: 'Import customs clearance complete', code: 'CC_IM_SUCCESS' },
        { time: '2026-11-02T10:00:00Z', text: 'Export customs clearance started', code: 'CC_EX_START' },
        { time: '2026-11-03T10:00:00Z', text: 'Leaving from departure country/region', code: 'LH_HO_AIRLINE' },
      ],
      NOW,
    );
    expect(e.leftCustoms).toBe(false);
    expect(e.importStartedAt).toBeUndefined();
    expect(e.stage).toBeNull();
  });

  it('reports returned parcels as not having left customs', () => {
    const e = analyzeEpisode(
      [
        { time: '2026-11-10T10:00:00Z', text: 'Arrived at customs' },
        { time: '2026-11-15T10:00:00Z', text: 'Returned by customs' },
      ],
      NOW,
    );
    expect(e.stage).toBe('returned');
    expect(e.leftCustoms).toBe(false);
  });

  it('handles no events', () => {
    const e = analyzeEpisode([], NOW);
    expect(e).toEqual({ stage: null, leftCustoms: false, events: [] });
  });
});

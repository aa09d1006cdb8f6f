import { describe, expect, it } from 'vitest';
import { analyzeEpisode } from './customs-episode.ts';
import { parseEventTime, withZone, zoneOffsetMinutes } from './event-time.ts';
import type { TrackingEvent } from './events.ts';
import { journeyPhase } from './journey-markers.ts';
import { buildTimeline } from './timeline.ts';

const NOW = new Date('2024-07-25T12:00:00Z');
const page = (time: string, text: string): TrackingEvent => ({ time, text, source: 'page' });

describe('one event-time reader', () => {
  it('reads every source’s shape as the same instant', () => {
    const instant = Date.UTC(2024, 6, 18, 23, 5);
    expect(parseEventTime('2024-07-18T17:05:00-06:00')).toBe(instant); // page "Jul 18, 17:05 (GMT-6)"
    expect(parseEventTime('2024-07-18T23:05:00Z')).toBe(instant); // 17TRACK time_utc, ParcelsApp date
    expect(parseEventTime('2024-07-19T07:05:00+08:00')).toBe(instant); // 17TRACK time_iso
    expect(parseEventTime(String(instant))).toBe(instant); // Cainiao epoch
    expect(parseEventTime(withZone('2024-07-19 07:05:00', 'GMT+8'))).toBe(instant); // Cainiao timeStr + timeZone
    expect(parseEventTime('2024-07-18 23:05')).toBe(instant); // zone-less: UTC on every machine
    expect(parseEventTime('Jul 18')).toBeUndefined();
  });

  it('reads zone labels', () => {
    expect(zoneOffsetMinutes('GMT+8')).toBe(480);
    expect(zoneOffsetMinutes('UTC-03:30')).toBe(-210);
    expect(zoneOffsetMinutes('GMT')).toBe(0);
    expect(zoneOffsetMinutes('GMT+99')).toBeUndefined();
    expect(zoneOffsetMinutes('Mars')).toBeUndefined();
    expect(withZone('2026-01-02 08:00:00', 'nowhere')).toBe('2026-01-02 08:00:00');
  });

  it('counts days across a daylight-saving change by instants, not wall clocks', () => {
    // Los Angeles moved from GMT-8 to GMT-7 on 2026-03-08: 48 wall-clock hours are 47 real ones.
    const e = analyzeEpisode(
      [page('2026-03-07T12:00:00-08:00', "We're inspecting your order"), page('2026-03-09T12:00:00-07:00', 'x')],
      new Date('2026-03-09T19:30:00Z'),
    );
    expect(e.importStartedAt).toBe('2026-03-07T20:00:00.000Z');
    expect(e.daysInCustoms).toBe(1);
  });
});

describe('export or import by position (aliexpress-pages.md, AliHelper real timelines)', () => {
  // Newest first as the page shows it; English site, viewer in GMT-6 (AliHelper orders.json, Jul 2024).
  const atOrigin = [
    page('2024-07-18T17:05:00-06:00', 'Customs clearance complete'),
    page('2024-07-18T16:44:00-06:00', 'Customs clearance started'),
    page('2024-07-17T09:10:00-06:00', 'Left from departure country/region sorting center'),
    page('2024-07-16T08:00:00-06:00', 'Received by logistics company'),
  ];

  it('calls "Customs clearance complete" before departure export clearance, never a hold at home', () => {
    const e = analyzeEpisode(atOrigin, NOW);
    expect(e.stage).toBe('export_clearance');
    expect(e.daysInCustoms).toBeUndefined();
    expect(e.leftCustoms).toBe(false);
  });

  it('calls the same words export when a departure follows, and import after it', () => {
    const journey = [
      page('2024-07-30T10:00:00-06:00', 'Customs clearance complete'),
      page('2024-07-27T10:00:00-06:00', 'Customs clearance started'),
      page('2024-07-24T10:00:00-06:00', 'Arrived in transit country/region'),
      page('2024-07-20T10:00:00-06:00', 'Leaving from departure country/region'),
      page('2024-07-18T17:05:00-06:00', 'Customs clearance complete'),
      page('2024-07-18T16:44:00-06:00', 'Customs clearance started'),
    ];
    const stages = buildTimeline(journey).map((e) => e.stage);
    expect(stages).toEqual(['export_clearance', 'export_clearance', null, null, 'import_received', 'released']);
    const e = analyzeEpisode(journey, new Date('2024-08-01T00:00:00Z'));
    expect(e).toMatchObject({ stage: 'released', leftCustoms: true, daysInCustoms: 3 });
  });

  it('keeps explicit import wording as import even before any departure event is shown', () => {
    const e = analyzeEpisode([page('2024-07-18T16:44:00-06:00', 'Import customs clearance started')], NOW);
    expect(e.stage).toBe('import_received');
  });

  it('knows where events put the parcel', () => {
    expect(journeyPhase('Left from departure country/region sorting center')).toBe('origin');
    expect(journeyPhase('Left from departure country/region')).toBe('departed');
    expect(journeyPhase('Leaving from departure country/region')).toBe('departed');
    expect(journeyPhase('Arrived at destination country/region sorting center')).toBe('destination');
    expect(journeyPhase('Received by local delivery company')).toBe('destination');
    expect(journeyPhase('Customs clearance started')).toBeNull();
    expect(journeyPhase('anything', 'LH_DEPART')).toBe('departed');
  });
});

describe('one stage for every surface', () => {
  it('a parcel held and then delivered is no longer at customs, and left it with the delivery', () => {
    const e = analyzeEpisode(
      [
        page('2024-07-24T10:00:00-06:00', 'Package delivered'),
        page('2024-07-22T10:00:00-06:00', 'Held by customs for inspection'),
        page('2024-07-20T10:00:00-06:00', 'Leaving from departure country/region'),
      ],
      NOW,
    );
    expect(e).toMatchObject({ stage: null, leftCustoms: true, leftBy: 'later_event', daysInCustoms: 2 });
  });

  it('merges a page event and a tracker event with the same meaning at the same moment', () => {
    const timeline = buildTimeline([
      page('2024-07-22T10:00:00-06:00', 'Customs clearance complete'),
      {
        time: '2024-07-22T16:05:00Z',
        text: 'Import customs clearance complete',
        code: 'CC_IM_SUCCESS',
        source: 'cainiao',
      },
      page('2024-07-21T10:00:00-06:00', 'Import customs clearance started'),
    ]);
    expect(timeline.map((e) => [e.source, e.stage])).toEqual([
      ['page', 'import_received'],
      ['cainiao', 'released'],
    ]);
  });
});

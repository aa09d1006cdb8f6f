import { describe, expect, it } from 'vitest';
import { defaultStore, MAX_EVENTS_PER_PARCEL, type Parcel } from '../core/schemas/store.ts';
import { mergeEvents } from '../core/timeline.ts';
import { applyEvents, seenSources } from './parcel-update.ts';

const parcel = (over: Partial<Parcel> = {}): Parcel => ({
  trackingNumber: 'LP00123456789012',
  addedAt: '2026-01-01T00:00:00.000Z',
  events: [],
  stage: null,
  baselined: false,
  notified: [],
  trackers: {},
  ...over,
});
const now = new Date('2026-01-10T00:00:00.000Z');
const inspection = {
  time: '2026-01-02T08:00:00.000Z',
  text: "Customs update: We're inspecting your order",
  source: 'page' as const,
};
const released = {
  time: '2026-01-04T09:00:00.000Z',
  text: 'Import customs clearance complete',
  code: 'CC_IM_SUCCESS',
  source: 'cainiao' as const,
};

describe('applyEvents', () => {
  it('is silent on each source’s first look, then queues "left customs" once, honouring settings.notify', () => {
    const store = defaultStore();
    const p = parcel({ events: [inspection], sources: ['page'] });
    // Cainiao's first look already says cleared: the user is not told (first sight is never news).
    expect(applyEvents(store, p, [released], { now, source: 'cainiao' })).toEqual([]);
    expect(p).toMatchObject({ stage: 'released', notified: ['left_customs'], sources: ['page', 'cainiao'] });

    const q = parcel({ events: [inspection], sources: ['page'] });
    expect(applyEvents(store, q, [], { now, source: 'cainiao' })).toEqual([]);
    expect(q).toMatchObject({ baselined: true, stage: 'inspection', daysInCustoms: 7 });
    const news = applyEvents(store, q, [released], { now, source: 'cainiao' });
    expect(news).toEqual([
      { trackingNumber: q.trackingNumber, key: 'left_customs', kind: 'left_customs', eventText: released.text },
    ]);
    expect(q).toMatchObject({ stage: 'released', leftCustomsAt: released.time, notified: ['left_customs'] });
    expect(q.daysInCustoms).toBe(2);
    expect(applyEvents(store, q, [released], { now, source: 'cainiao' })).toEqual([]);

    const quiet = defaultStore();
    quiet.settings.notify.leftCustoms = false;
    const r = parcel({ events: [inspection], sources: ['page', 'cainiao'], stage: 'inspection' });
    expect(applyEvents(quiet, r, [released], { now, source: 'cainiao' })).toEqual([]);
    expect(r.notified).toEqual(['left_customs']);
  });

  it('a page update before the first tracker check does not make that check news', () => {
    const store = defaultStore();
    const p = parcel({ events: [inspection], sources: ['page'] });
    expect(applyEvents(store, p, [inspection], { now, source: 'page' })).toEqual([]);
    expect(applyEvents(store, p, [released], { now, source: 'cainiao' })).toEqual([]);
    expect(p.notified).toContain('left_customs');
  });

  it('does not tell "left customs" again after its list of told news was damaged and reset', () => {
    const store = defaultStore();
    const p = parcel({ events: [released, inspection], sources: ['page', 'cainiao'], stage: 'released', notified: [] });
    expect(applyEvents(store, p, [released], { now, source: 'cainiao' })).toEqual([]);
    expect(applyEvents(store, p, [inspection], { now, source: 'page' })).toEqual([]);
    expect(p.notified).toEqual(['left_customs']);
  });

  it('derives the sources seen for documents written before the field existed', () => {
    const old = parcel({
      baselined: true,
      events: [inspection],
      trackers: { '17track': { failures: 0, lastCheck: '2026-01-03T00:00:00Z' } },
    });
    expect([...seenSources(old)].sort()).toEqual(['17track', 'page']);
    expect([...seenSources(parcel())]).toEqual([]);
  });

  it('records unknown Cainiao codes (bounded) and keeps events within the schema bound', () => {
    const store = defaultStore();
    const p = parcel();
    applyEvents(
      store,
      p,
      [{ text: 'Something new', code: 'ZZ_NEVER_SEEN', source: 'cainiao', time: '2026-01-03T00:00:00Z' }],
      { now, source: 'cainiao' },
    );
    expect(store.unknownCodes).toEqual(['ZZ_NEVER_SEEN']);
    const many = Array.from({ length: 100 }, (_, i) => ({
      text: `Event ${i}`,
      time: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));
    const merged = mergeEvents([], many, MAX_EVENTS_PER_PARCEL);
    expect(merged).toHaveLength(MAX_EVENTS_PER_PARCEL);
    expect(merged[0]?.text).toBe('Event 99');
  });

  it('merges the same event from two sources into one', () => {
    const a = { time: '2026-01-02T08:00:00.000Z', text: 'Released by customs', source: 'page' as const };
    const b = { time: '2026-01-02T09:00:00+01:00', text: 'Released  by customs', location: 'MADRID' };
    expect(mergeEvents([a], [b], MAX_EVENTS_PER_PARCEL)).toHaveLength(1);
    // The same meaning worded two ways by two sources, ten minutes apart, is one event too.
    const page = { time: '2026-01-04T09:10:00.000Z', text: 'Customs clearance complete', source: 'page' as const };
    expect(mergeEvents([page], [released], MAX_EVENTS_PER_PARCEL)).toEqual([released]);
  });

  // Issue 12's reproduction: a zone-less page time merged with a Cainiao instant. Whatever the
  // computer's zone (the unit suite runs under UTC, Los Angeles, Shanghai and Auckland), the order is
  // the same and "left customs" is told exactly once.
  it('gives the same stage and one notification whatever the machine’s time zone', () => {
    const store = defaultStore();
    const p = parcel({
      events: [{ time: '2026-01-05 08:00', text: 'Import customs clearance started', source: 'page' }],
      sources: ['page', 'cainiao'],
    });
    const news = applyEvents(
      store,
      p,
      [{ time: '2026-01-05T10:00:00Z', text: 'Import customs clearance complete', source: 'cainiao' }],
      { now, source: 'cainiao' },
    );
    expect(p.stage).toBe('released');
    expect(news.map((n) => n.key)).toEqual(['left_customs']);
    expect(applyEvents(store, p, [], { now, source: 'cainiao' })).toEqual([]);
  });
});

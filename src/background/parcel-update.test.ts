import { describe, expect, it, vi } from 'vitest';
import { defaultStore, MAX_EVENTS_PER_PARCEL, type Parcel } from '../core/schemas/store.ts';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { applyEvents, mergeEvents } = await import('./parcel-update.ts');

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
const inspection = { time: '2026-01-02T08:00:00.000Z', text: "Customs update: We're inspecting your order" };
const released = {
  time: '2026-01-04T09:00:00.000Z',
  text: 'Import customs clearance complete',
  code: 'CC_IM_SUCCESS',
  source: 'cainiao' as const,
};

describe('applyEvents', () => {
  it('baselines silently, then queues "left customs" once, honouring settings.notify', () => {
    const store = defaultStore();
    const p = parcel();
    expect(applyEvents(store, p, [inspection], { now })).toEqual([]);
    expect(p).toMatchObject({ baselined: true, stage: 'inspection' });
    const news = applyEvents(store, p, [released, inspection], { now });
    expect(news).toEqual([
      {
        trackingNumber: p.trackingNumber,
        key: 'left_customs',
        kind: 'left_customs',
        eventText: released.text,
      },
    ]);
    expect(p).toMatchObject({ stage: 'released', leftCustomsAt: released.time, notified: ['left_customs'] });
    expect(applyEvents(store, p, [released], { now })).toEqual([]);

    const quiet = defaultStore();
    quiet.settings.notify.leftCustoms = false;
    const q = parcel({ baselined: true, stage: 'inspection', events: [inspection] });
    expect(applyEvents(quiet, q, [released], { now })).toEqual([]);
    expect(q.notified).toEqual(['left_customs']);
  });

  it('records unknown Cainiao codes (bounded) and keeps events within the schema bound', () => {
    const store = defaultStore();
    const p = parcel();
    applyEvents(
      store,
      p,
      [{ text: 'Something new', code: 'ZZ_NEVER_SEEN', source: 'cainiao', time: '2026-01-03T00:00:00Z' }],
      {
        now,
      },
    );
    expect(store.unknownCodes).toEqual(['ZZ_NEVER_SEEN']);
    const many = Array.from({ length: 100 }, (_, i) => ({
      text: `Event ${i}`,
      time: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));
    const merged = mergeEvents([], many);
    expect(merged).toHaveLength(MAX_EVENTS_PER_PARCEL);
    expect(merged[0]?.text).toBe('Event 99');
  });

  it('merges the same event from two sources into one', () => {
    const a = { time: '2026-01-02T08:00:00.000Z', text: 'Released by customs' };
    const b = { time: '2026-01-02T09:00:00+01:00', text: 'Released  by customs', location: 'MADRID' };
    expect(mergeEvents([a], [b])).toHaveLength(1);
  });
});

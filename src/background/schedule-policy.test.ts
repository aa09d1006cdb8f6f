import { describe, expect, it } from 'vitest';
import { defaultStore, type Parcel } from '../core/schemas/store.ts';
import {
  CAINIAO_MIN_AUTO_MINUTES,
  DUE_WINDOW_MS,
  earliestWork,
  intervalMinutes,
  isDue,
  isStopped,
  nextAfterSuccess,
  retryDelayMs,
  usableTrackers,
} from './schedule-policy.ts';

const settings = defaultStore().settings; // 360 min, Cainiao on
const parcel = (over: Partial<Parcel> = {}): Parcel => ({
  trackingNumber: 'LP00123456789012',
  addedAt: '2026-01-01T00:00:00.000Z',
  events: [],
  stage: null,
  baselined: true,
  notified: [],
  trackers: {},
  ...over,
});
const NOW = Date.parse('2026-01-10T00:00:00.000Z');

describe('schedule policy', () => {
  it('checks more often at customs, less after, and Cainiao never under 3 hours', () => {
    expect(intervalMinutes(parcel({ stage: 'inspection' }), settings, '17track')).toBe(180);
    expect(intervalMinutes(parcel({ stage: 'released' }), settings, '17track')).toBe(720);
    const fast = { ...settings, checkIntervalMinutes: 60 };
    expect(intervalMinutes(parcel({ stage: 'inspection' }), fast, '17track')).toBe(60);
    expect(intervalMinutes(parcel({ stage: 'inspection' }), fast, 'cainiao')).toBe(CAINIAO_MIN_AUTO_MINUTES);
  });

  it('adds jitter that only lengthens, and stops a few days after delivery', () => {
    const low = Date.parse(nextAfterSuccess(parcel(), settings, '17track', NOW, () => 0) ?? '');
    const high = Date.parse(nextAfterSuccess(parcel(), settings, '17track', NOW, () => 1) ?? '');
    expect((low - NOW) / 60_000).toBeCloseTo(360);
    expect((high - NOW) / 60_000).toBeCloseTo(396);
    // Cainiao: even pulled in by the due window, two automatic asks are never closer than its floor.
    const held = parcel({ stage: 'inspection' });
    for (const r of [0, 0.5, 1]) {
      const next = Date.parse(nextAfterSuccess(held, settings, 'cainiao', NOW, () => r) ?? '');
      const firstDue = next - DUE_WINDOW_MS;
      expect(firstDue - NOW).toBeGreaterThanOrEqual(CAINIAO_MIN_AUTO_MINUTES * 60_000);
      expect(
        isDue(
          { ...held, trackers: { cainiao: { failures: 0, nextCheck: new Date(next).toISOString() } } },
          'cainiao',
          NOW + CAINIAO_MIN_AUTO_MINUTES * 60_000 - 1,
          false,
        ),
      ).toBe(false);
    }
    const delivered = parcel({ deliveredAt: '2026-01-01T00:00:00.000Z' });
    expect(isStopped(delivered, NOW)).toBe(true);
    expect(nextAfterSuccess(delivered, settings, 'cainiao', NOW)).toBeUndefined();
    expect(isDue(delivered, 'cainiao', NOW, true)).toBe(false);
  });

  it('backs off exponentially, honours Retry-After, and waits long on quota or a refused key', () => {
    const net = { kind: 'network', detail: '' } as const;
    expect([1, 2, 3].map((f) => retryDelayMs(net, f, '17track') / 60_000)).toEqual([15, 30, 60]);
    expect(retryDelayMs(net, 20, 'cainiao')).toBe(24 * 3_600_000);
    expect(retryDelayMs({ kind: 'rate_limited', detail: '', retryAfter: 2 }, 1, '17track')).toBe(2000);
    expect(retryDelayMs({ kind: 'rate_limited', detail: '', retryAfter: 2 }, 1, 'cainiao')).toBe(3_600_000);
    expect(retryDelayMs({ kind: 'quota', detail: '' }, 1, 'parcelsapp')).toBe(12 * 3_600_000);
  });

  it('finds the earliest work across parcels, respecting a tracker pause', () => {
    const later = new Date(NOW + 3_600_000).toISOString();
    const p = parcel({ trackers: { cainiao: { failures: 0, nextCheck: later } } });
    expect(earliestWork([p], settings, {}, NOW)).toBe(NOW + 3_600_000);
    expect(earliestWork([parcel()], settings, {}, NOW)).toBe(NOW);
    const paused = new Date(NOW + 7_200_000).toISOString();
    expect(earliestWork([parcel()], settings, { cainiao: paused }, NOW)).toBe(NOW + 7_200_000);
    expect(earliestWork([], settings, {}, NOW)).toBeUndefined();
  });

  it('neither asks nor schedules a tracker that is on without its host permission', () => {
    const both = {
      ...settings,
      trackers: { ...settings.trackers, '17track': { enabled: true, apiKey: 'k' } },
    };
    expect(usableTrackers(both, new Set(['cainiao', '17track']))).toEqual(['cainiao', '17track']);
    expect(usableTrackers(both, new Set(['cainiao']))).toEqual(['cainiao']);
    expect(usableTrackers(both, new Set())).toEqual([]);
    // Only 17TRACK due now, and it may not be reached: nothing to wake for (no alarm spinning on it).
    const later = new Date(NOW + 3_600_000).toISOString();
    const p = parcel({ trackers: { cainiao: { failures: 0, nextCheck: later } } });
    expect(earliestWork([p], both, {}, NOW, new Set(['cainiao', '17track']))).toBe(NOW);
    expect(earliestWork([p], both, {}, NOW, new Set(['cainiao']))).toBe(NOW + 3_600_000);
    expect(earliestWork([p], both, {}, NOW, new Set())).toBeUndefined();
  });
});

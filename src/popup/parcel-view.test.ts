import { describe, expect, it } from 'vitest';
import type { Parcel } from '../core/schemas/store.ts';
import {
  lastCheck,
  latestEvent,
  safeHttpsUrl,
  safeImageUrl,
  sortParcels,
  trackerErrors,
  trackingPageUrl,
} from './parcel-view.ts';

function parcel(partial: Partial<Parcel> & { trackingNumber: string }): Parcel {
  return {
    addedAt: '2026-03-01T00:00:00Z',
    events: [],
    stage: null,
    baselined: true,
    notified: [],
    trackers: {},
    ...partial,
  };
}

describe('sortParcels', () => {
  it('puts the most urgent stage first, then the longest at customs', () => {
    const sorted = sortParcels([
      parcel({ trackingNumber: 'RELEASED1', stage: 'released' }),
      parcel({ trackingNumber: 'NONE0001' }),
      parcel({ trackingNumber: 'INSPECT1', stage: 'inspection', daysInCustoms: 2 }),
      parcel({ trackingNumber: 'ACTION01', stage: 'action_required', daysInCustoms: 1 }),
      parcel({ trackingNumber: 'INSPECT2', stage: 'inspection', daysInCustoms: 9 }),
    ]);
    expect(sorted.map((p) => p.trackingNumber)).toEqual(['ACTION01', 'INSPECT2', 'INSPECT1', 'RELEASED1', 'NONE0001']);
  });
});

describe('latestEvent', () => {
  it('takes the newest time whatever the stored order', () => {
    const p = parcel({
      trackingNumber: 'LP001',
      events: [
        { time: '2026-03-01T10:00:00Z', text: 'old' },
        { time: '2026-03-05T10:00:00Z', text: 'new' },
      ],
    });
    expect(latestEvent(p)?.text).toBe('new');
  });
  it('trusts the stored (newest-first) order when a time is missing', () => {
    const p = parcel({ trackingNumber: 'LP001', events: [{ text: 'first' }, { time: '2026-03-05', text: 'second' }] });
    expect(latestEvent(p)?.text).toBe('first');
    expect(latestEvent(parcel({ trackingNumber: 'LP002' }))).toBeUndefined();
  });
});

describe('lastCheck and trackerErrors', () => {
  const p = parcel({
    trackingNumber: 'LP001',
    trackers: {
      cainiao: { lastCheck: '2026-03-05T10:00:00Z', failures: 0 },
      '17track': { lastCheck: '2026-03-06T10:00:00Z', lastError: 'Quota exceeded', failures: 2 },
    },
  });
  it('names the tracker of the most recent check', () => {
    expect(lastCheck(p)).toEqual({ tracker: '17track', at: '2026-03-06T10:00:00Z' });
    expect(lastCheck(parcel({ trackingNumber: 'X0001' }))).toBeNull();
  });
  it('lists only trackers with an error', () => {
    expect(trackerErrors(p)).toEqual([{ tracker: '17track', message: 'Quota exceeded', nextCheck: undefined }]);
  });
});

describe('links', () => {
  it('shows pictures from AliExpress image hosts only', () => {
    expect(safeImageUrl('https://ae01.alicdn.com/kf/S1.jpg')).toBe('https://ae01.alicdn.com/kf/S1.jpg');
    expect(safeImageUrl('https://ae-pic-a1.aliexpress-media.com/kf/S2.jpg')).toBeDefined();
    expect(safeImageUrl('https://tracker.example.com/pixel.gif')).toBeUndefined();
    expect(safeImageUrl('https://alicdn.com.evil.example/x.jpg')).toBeUndefined();
    expect(safeImageUrl('http://ae01.alicdn.com/kf/S1.jpg')).toBeUndefined();
  });

  it('never makes a link of a non-https address', () => {
    expect(safeHttpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpsUrl('http://example.com/')).toBeUndefined();
    expect(safeHttpsUrl('not a url')).toBeUndefined();
    expect(safeHttpsUrl('https://www.aliexpress.com/p/tracking/index.html?x=1')).toBe(
      'https://www.aliexpress.com/p/tracking/index.html?x=1',
    );
  });
  it('falls back to the order tracking page', () => {
    expect(trackingPageUrl(parcel({ trackingNumber: 'LP1', orderId: '8180000000000001' }))).toBe(
      'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000001',
    );
    expect(trackingPageUrl(parcel({ trackingNumber: 'LP1', orderId: '../x' }))).toBeUndefined();
  });
});

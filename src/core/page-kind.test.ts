// Each page-kind detector next to its list of real URL shapes (fixtures/page-urls.ts); every other kind's
// URLs are its negatives, so negative tests come free. The manifest's match patterns are checked against
// the same lists in scripts/manifest-for.test.ts.
import { describe, expect, it } from 'vitest';
import { URLS } from './fixtures/page-urls.ts';
import { isOrderDetail, isOrderList, isTrackingPage, orderIdFromUrl, type PageKind, pageKind } from './page-kind.ts';

const DETECTORS: Record<PageKind, (url: string) => boolean> = {
  tracking: isTrackingPage,
  'order-detail': isOrderDetail,
  'order-list': isOrderList,
};

describe('page kind detectors', () => {
  for (const [kind, detect] of Object.entries(DETECTORS) as Array<[PageKind, (url: string) => boolean]>) {
    describe(kind, () => {
      it.each(URLS[kind])('detects %s', (url) => {
        expect(detect(url)).toBe(true);
        expect(pageKind(url)).toBe(kind);
      });
      const negatives = Object.entries(URLS).flatMap(([k, urls]) => (k === kind ? [] : urls));
      it.each(negatives)('leaves %s alone', (url) => {
        expect(detect(url)).toBe(false);
      });
    });
  }

  it.each(URLS.other)('has no kind for %s', (url) => {
    expect(pageKind(url)).toBeNull();
  });

  it('accepts URL objects', () => {
    expect(pageKind(new URL(URLS.tracking[0] ?? ''))).toBe('tracking');
  });

  it('has test URLs for every kind (meta-test)', () => {
    for (const kind of Object.keys(DETECTORS)) expect(URLS[kind as PageKind].length).toBeGreaterThan(5);
  });
});

describe('orderIdFromUrl', () => {
  it.each([
    ['https://www.aliexpress.com/p/tracking/index.html?_addShare=no&tradeOrderId=8180000000000001', '8180000000000001'],
    ['https://track.aliexpress.com/logisticsdetail.htm?tradeId=8180000000000004', '8180000000000004'],
    ['https://fr.aliexpress.com/p/order/detail.html?orderId=8180000000000006', '8180000000000006'],
    ['https://aliexpress.ru/order-list/8180000000000009/tracking', '8180000000000009'],
  ])('reads %s', (url, id) => {
    expect(orderIdFromUrl(url)).toBe(id);
  });
  it('ignores ids that are not numbers and other hosts', () => {
    expect(orderIdFromUrl('https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=<script>')).toBeUndefined();
    expect(orderIdFromUrl('https://example.com/p/tracking/index.html?tradeOrderId=8180000000000001')).toBeUndefined();
    expect(orderIdFromUrl('https://www.aliexpress.com/p/order/index.html')).toBeUndefined();
  });
});

// Each page-kind detector next to its list of real URL shapes (../shared/reference/urls.txt plus every
// regional storefront); every other kind's URLs are its negatives, so negative tests come free.
import { describe, expect, it } from 'vitest';
import { isOrderDetail, isOrderList, isTrackingPage, orderIdFromUrl, type PageKind, pageKind } from './page-kind.ts';

// Every storefront host of the bootstrap's host table (aliexpress-pages.md "SPA / rendering behaviour").
const REGIONS = [
  'www',
  'es',
  'fr',
  'de',
  'it',
  'pt',
  'nl',
  'pl',
  'ru',
  'tr',
  'ja',
  'ko',
  'he',
  'ar',
  'th',
  'vi',
  'id',
  'm',
];

const URLS: Record<PageKind | 'other', string[]> = {
  tracking: [
    'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8180000000000001',
    'https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000002',
    'https://www.aliexpress.us/p/tracking/index.html?tradeOrderId=8180000000000003',
    'https://track.aliexpress.com/logisticsdetail.htm?tradeId=8180000000000004',
    'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000001#top',
    'https://www.aliexpress.com/p/tracking/index.html/?tradeOrderId=8180000000000001',
    'https://aliexpress.ru/order-list/8180000000000009/tracking',
    'https://m.aliexpress.ru/order-list/8180000000000009/tracking',
    ...REGIONS.map((r) => `https://${r}.aliexpress.com/p/tracking/index.html?tradeOrderId=81800000000000${r.length}1`),
  ],
  'order-detail': [
    'https://www.aliexpress.com/p/order/detail.html?orderId=8180000000000005',
    'https://fr.aliexpress.com/p/order/detail.html?orderId=8180000000000006',
    'https://trade.aliexpress.com/order_detail.htm?orderId=8180000000000007',
    'https://www.aliexpress.us/p/order/detail.html?orderId=8180000000000008&spm=a2g0o.order_list.0.0',
    'https://aliexpress.ru/order-list/8180000000000009',
    ...REGIONS.map((r) => `https://${r}.aliexpress.com/p/order/detail.html?orderId=81800000000000${r.length}2`),
  ],
  'order-list': [
    'https://www.aliexpress.com/p/order/index.html',
    'https://de.aliexpress.com/p/order/index.html?spm=a2g0o.home.0.0',
    'https://www.aliexpress.us/p/order/index.html',
    'https://trade.aliexpress.com/orderList.htm',
    'https://aliexpress.ru/order-list',
    'https://aliexpress.ru/order-list/',
    ...REGIONS.map((r) => `https://${r}.aliexpress.com/p/order/index.html`),
  ],
  other: [
    'https://www.aliexpress.com/item/1005000000000000.html',
    'https://www.aliexpress.com/',
    'https://www.aliexpress.com/p/wishlist/index.html',
    'https://www.aliexpress.com/w/wholesale-usb-cable.html',
    'https://www.aliexpress.com/store/1100000',
    'https://www.aliexpress.com/p/order/index.html.evil',
    'https://login.aliexpress.com/',
    // The login redirect of a page that needs a signed-in buyer: it names the order page, it is not one.
    'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com%2Fp%2Ftracking%2Findex.html%3FtradeOrderId%3D8180000000000001',
    'https://login.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000001',
    'https://login.aliexpress.us/p/order/index.html',
    'https://aliexpress.ru/item/1005000000000000.html',
    // Look-alike hosts, plain http and non-URLs are never AliExpress pages.
    'https://www.aliexpress.com.evil.example/p/tracking/index.html?tradeOrderId=1',
    'https://evilaliexpress.com/p/tracking/index.html?tradeOrderId=1',
    'http://www.aliexpress.com/p/tracking/index.html?tradeOrderId=1',
    'https://www.aliexpress.cn/p/tracking/index.html?tradeOrderId=1',
    'not a url',
    '',
  ],
};

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

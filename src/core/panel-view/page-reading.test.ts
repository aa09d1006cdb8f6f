// What core draws from a panel's reading: events from rows (the status chosen by the classifier), the
// order's facts from the page text, the package that matters, and readings bounded to what the message
// schema accepts. The rows and texts follow the real tracking and order-detail pages (aliexpress-pages.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyStatus } from '../classify-status.ts';
import { PageReadingSchema } from '../schemas/messages.ts';
import {
  boundReading,
  eventsFromRows,
  factsFromReading,
  type PageFacts,
  type PageReading,
  pickPackage,
  READING_LIMITS,
  trackingUrlOf,
} from './page-reading.ts';

const now = new Date('2026-12-02T12:00:00Z');
const isStatus = (text: string) => classifyStatus(text, { lang: 'en' }) !== null;

const reading = (over: Partial<PageReading> = {}): PageReading => ({
  kind: 'tracking',
  url: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227491',
  lang: 'en',
  text: '',
  rows: [],
  packages: [],
  numbers: [],
  titles: [],
  statuses: [],
  ...over,
});

describe('eventsFromRows', () => {
  it('quotes the status, not the category title before it, and keeps a short other text as the place', () => {
    const events = eventsFromRows(
      [{ time: '2026-11-28T00:05:00-06:00', texts: ['Customs update', 'Import customs clearance delay', 'MIAMI'] }],
      isStatus,
    );
    expect(events).toEqual([
      {
        time: '2026-11-28T00:05:00-06:00',
        text: 'Import customs clearance delay',
        location: 'Customs update',
        source: 'page',
      },
    ]);
  });

  it('takes the longest text of a row that holds no status, and leaves out labels and long texts', () => {
    const events = eventsFromRows(
      [
        { time: '2026-11-20T09:00:00+08:00', texts: ['Sorting', 'Departed from sorting center'] },
        { time: '2026-11-19T09:00:00+08:00', texts: ['Delivery address:'] },
        { time: '2026-11-18T09:00:00+08:00', texts: ['x'.repeat(301)] },
        { texts: ['Held by customs'] },
      ],
      isStatus,
    );
    expect(events.map((e) => e.text)).toEqual(['Departed from sorting center', 'Held by customs']);
    expect(events[1]).not.toHaveProperty('time');
  });
});

describe('factsFromReading', () => {
  it('reads the order from the page text and its events from the text layout', () => {
    const facts = factsFromReading(
      reading({
        kind: 'order-detail',
        url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8197254807227491',
        text: [
          'Order ID: 8197254807227491',
          'Tracking number: LP00664492365524',
          'Total: US $48.20',
          'Miami, Florida, United States, 331310000',
        ].join('\n'),
        rows: [{ time: '2026-11-28T00:05:00-06:00', texts: ['Import customs clearance started'] }],
        titles: ['Phone case', 'Cable'],
      }),
      isStatus,
    );
    expect(facts).toMatchObject({
      orderId: '8197254807227491',
      orderIdShown: true,
      trackingNumbers: ['LP00664492365524'],
      total: { amount: 48.2, currency: 'USD' },
      destCountry: 'US',
      itemCount: 2,
      events: [{ text: 'Import customs clearance started' }],
    });
    expect(facts.packageIndex).toBeUndefined();
  });

  it('speaks of the shown package: its number first, its events, its index', () => {
    const facts = factsFromReading(
      reading({
        packages: [
          { trackingNumber: 'LP00664492365524', shown: false, rows: [{ texts: ['Delivered'] }] },
          { trackingNumber: 'CNUSUP00012930336', shown: true, rows: [{ texts: ['Held by customs'] }] },
        ],
        numbers: ['LP00664492365524', 'CNUSUP00012930336'],
        rows: [{ time: '2026-11-20T09:00:00+08:00', texts: ['never read when packages are'] }],
      }),
      isStatus,
    );
    expect(facts.trackingNumbers).toEqual(['CNUSUP00012930336', 'LP00664492365524']);
    expect(facts.events.map((e) => e.text)).toEqual(['Held by customs']);
    expect(facts.packageIndex).toBe(1);
  });
});

const released = [
  { time: '2026-12-01T09:00:00-06:00', text: 'Import customs clearance complete', source: 'page' as const },
  { time: '2026-11-28T00:05:00-06:00', text: 'Import customs clearance started', source: 'page' as const },
];
const held = [{ time: '2026-11-27T00:05:00+00:00', text: 'Import customs clearance started', source: 'page' as const }];

const facts = (packages: PageFacts['packages']): PageFacts => ({
  trackingNumbers: ['LP00664492365524', 'CNUSUP00012930336'],
  events: released,
  packageIndex: 0,
  titles: [],
  ...(packages ? { packages } : {}),
});

describe('pickPackage', () => {
  it('takes the held package when both are shown', () => {
    const picked = pickPackage(
      facts([
        { index: 0, trackingNumber: 'LP00664492365524', events: released, shown: true },
        { index: 1, trackingNumber: 'CNUSUP00012930336', events: held, shown: true },
      ]),
      now,
    );
    expect(picked.trackingNumbers[0]).toBe('CNUSUP00012930336');
    expect(picked.events).toBe(held);
    expect(picked.packageIndex).toBe(1);
  });

  it('keeps the open tab’s package when only it is shown', () => {
    const input = facts([
      { index: 0, trackingNumber: 'LP00664492365524', events: released, shown: true },
      { index: 1, trackingNumber: 'CNUSUP00012930336', events: held, shown: false },
    ]);
    expect(pickPackage(input, now)).toBe(input);
  });

  it('leaves single-package facts alone', () => {
    const input = facts(undefined);
    expect(pickPackage(input, now)).toBe(input);
  });
});

describe('trackingUrlOf', () => {
  it('is the page itself, the page’s own link, else the usual address on the same storefront', () => {
    expect(trackingUrlOf(reading(), undefined)).toBe(reading().url);
    const detail = reading({ kind: 'order-detail', url: 'https://es.aliexpress.com/p/order/detail.html?orderId=1' });
    expect(trackingUrlOf({ ...detail, trackingLink: 'https://es.aliexpress.com/p/tracking/index.html?x=1' }, '1')).toBe(
      'https://es.aliexpress.com/p/tracking/index.html?x=1',
    );
    expect(trackingUrlOf(detail, '8197254807227491')).toBe(
      'https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227491',
    );
    expect(trackingUrlOf(detail, undefined)).toBeUndefined();
  });
});

describe('boundReading', () => {
  const text = fc.string({ maxLength: 1500 });
  const row = fc.record(
    { time: fc.constant('2026-11-20T09:00:00+08:00'), texts: fc.array(text, { maxLength: 60 }) },
    { requiredKeys: ['texts'] },
  );
  const big = fc.record({
    rows: fc.array(row, { maxLength: 700 }),
    packages: fc.array(fc.record({ shown: fc.boolean(), rows: fc.array(row, { maxLength: 30 }) }), { maxLength: 30 }),
    numbers: fc.array(fc.constant('LP00664492365524'), { maxLength: 80 }),
    titles: fc.array(fc.string({ maxLength: 300 }), { maxLength: 300 }),
    statuses: fc.array(text, { maxLength: 300 }),
    thumbnail: fc.constantFrom('https://ae01.alicdn.com/kf/S1.jpg', `https://ae01.alicdn.com/${'x'.repeat(2100)}`),
  });

  it('always gives what the background accepts, keeping the first of each part (200 large readings)', () => {
    fc.assert(
      fc.property(big, (parts) => {
        const bounded = boundReading(reading(parts));
        expect(PageReadingSchema.safeParse(bounded).success).toBe(true);
        expect(bounded.rows.length).toBe(Math.min(parts.rows.length, READING_LIMITS.rows));
        if (parts.rows[0])
          expect(bounded.rows[0]?.texts[0]).toBe(parts.rows[0].texts[0]?.slice(0, READING_LIMITS.text));
      }),
      { numRuns: 200 },
    );
  });

  it('is strict, like every message: an unknown field is a refusal, not dropped', () => {
    expect(PageReadingSchema.safeParse(reading()).success).toBe(true);
    expect(PageReadingSchema.safeParse({ ...reading(), html: '<b>x</b>' }).success).toBe(false);
    expect(PageReadingSchema.safeParse(reading({ rows: [{ texts: ['x'], node: 1 } as never] })).success).toBe(false);
  });

  it('would be refused unbounded: the bounds are the schema’s', () => {
    const rows = Array.from({ length: READING_LIMITS.rows + 1 }, () => ({ texts: ['Held by customs'] }));
    expect(PageReadingSchema.safeParse(reading({ rows })).success).toBe(false);
    expect(PageReadingSchema.safeParse(boundReading(reading({ rows }))).success).toBe(true);
  });
});

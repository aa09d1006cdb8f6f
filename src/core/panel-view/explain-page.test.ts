// The panel's thinking, as the background does it: a reading in, the view in the buyer's language out.
// Texts follow the real tracking page (aliexpress-pages.md: "Customs update" title, then the status).
import { describe, expect, it } from 'vitest';
import { localeFor } from '../../locales/locale-for.ts';
import type { TrackingEvent } from '../events.ts';
import { explainPage, type KnownEvents } from './explain-page.ts';
import type { PageReading } from './page-reading.ts';

const now = new Date('2026-12-02T12:00:00Z');

const held = (over: Partial<PageReading> = {}): PageReading => ({
  kind: 'order-detail',
  url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8197254807227491',
  lang: 'en',
  text: [
    'Order ID: 8197254807227491',
    'Tracking number: LP00664492365524',
    'Total: £48.20',
    'London, Greater London, United Kingdom, SW1A 1AA',
  ].join('\n'),
  rows: [
    { time: '2026-11-24T08:00:00+00:00', texts: ['Customs update', 'Import customs clearance delay'] },
    { time: '2026-11-23T08:00:00+00:00', texts: ['Arrived at destination country'] },
  ],
  packages: [],
  numbers: [],
  titles: ['Phone case'],
  statuses: ['Import customs clearance delay'],
  ...over,
});

describe('explainPage', () => {
  it('explains a held UK parcel: stage, days, advice, charges and a seller message, in English', () => {
    const { view } = explainPage(held(), localeFor('en', 'en'), now);
    expect(view).toMatchObject({
      stage: 'delay',
      status: 'Import customs clearance delay',
      trackingNumber: 'LP00664492365524',
      orderId: '8197254807227491',
      daysInCustoms: 8,
    });
    expect(view?.meaning.length).toBeGreaterThan(20);
    expect(view?.steps.length).toBeGreaterThan(0);
    expect(view?.links.map((l) => l.id)).toContain('17track');
    expect(view?.charges?.kind).toBe('prepaid');
    expect(view?.sellerMessage).toContain('8197254807227491');
    expect(view?.parcel).toMatchObject({ trackingNumber: 'LP00664492365524', destCountry: 'GB', stage: 'delay' });
    expect(view?.parcel?.trackingUrl).toBe(
      'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227491',
    );
  });

  it('writes in the language it is asked for, whatever the page’s', () => {
    const en = explainPage(held(), localeFor('en', 'en'), now).view;
    const fr = explainPage(held(), localeFor('fr', 'fr'), now).view;
    expect(fr?.stage).toBe(en?.stage);
    expect(fr?.meaning).not.toBe(en?.meaning);
    expect(fr?.sellerMessage).not.toBe(en?.sellerMessage);
  });

  it('falls back to the detector’s statuses when no dated event is a customs status', () => {
    const { view } = explainPage(held({ rows: [], statuses: ['Held by customs'] }), localeFor('en', 'en'), now);
    expect(view?.stage).toBeTruthy();
    expect(view?.status).toBe('Held by customs');
  });

  it('has no view when nothing on the page is a customs status', () => {
    const reading = held({
      rows: [{ time: '2026-11-23T08:00:00+00:00', texts: ['Arrived at destination country'] }],
      statuses: [],
    });
    expect(explainPage(reading, localeFor('en', 'en'), now).view).toBeNull();
  });

  it('says which package it speaks of on a multi-package page', () => {
    const reading = held({
      kind: 'tracking',
      url: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8197254807227491',
      rows: [],
      packages: [
        { trackingNumber: 'LP00664492365524', shown: true, rows: [{ texts: ['Delivered'] }] },
        {
          trackingNumber: 'CNUSUP00012930336',
          shown: true,
          rows: [{ time: '2026-11-27T00:05:00+00:00', texts: ['Import customs clearance started'] }],
        },
      ],
    });
    const { view, packageIndex } = explainPage(reading, localeFor('en', 'en'), now);
    expect(packageIndex).toBe(1);
    expect(view?.trackingNumber).toBe('CNUSUP00012930336');
  });

  describe('a watched parcel: the trackers’ stored events join the page’s (the popup’s one timeline)', () => {
    const tracked =
      (events: TrackingEvent[]): KnownEvents =>
      (n) =>
        n === 'LP00664492365524' ? events : undefined;

    it('a tracker that has seen the release the page does not show yet: released, quoted with its name', () => {
      const known = tracked([
        { time: '2026-12-01T10:00:00+08:00', text: 'Import customs clearance complete', source: 'cainiao' },
        { time: '2026-11-24T08:00:00+00:00', text: 'Import customs clearance delay', source: 'page' },
      ]);
      const { view } = explainPage(held(), localeFor('en', 'en'), now, known);
      expect(view).toMatchObject({
        stage: 'released',
        status: 'Import customs clearance complete',
        statusFrom: 'Cainiao',
      });
      expect(view?.daysInCustoms).toBe(6);
      // Watched already: no step asks the buyer to watch it.
      expect(view?.steps.map((step) => step.id)).not.toContain('watch');
      expect(explainPage(held(), localeFor('en', 'en'), now).view?.steps.map((step) => step.id)).toContain('watch');
    });

    it('a tracker that has seen the parcel handed to the local carrier: the panel stays, saying it left', () => {
      const known = tracked([{ time: '2026-12-01T09:00:00+00:00', text: 'Out for delivery', source: '17track' }]);
      const { view } = explainPage(held(), localeFor('en', 'en'), now, known);
      expect(view).toMatchObject({ stage: 'released', status: 'Out for delivery', statusFrom: '17TRACK' });
    });

    it('older tracker news changes nothing: the page’s status, unattributed', () => {
      const known = tracked([
        { time: '2026-11-20T08:00:00+00:00', text: 'Departed from departure country', source: 'cainiao' },
      ]);
      const alone = explainPage(held(), localeFor('en', 'en'), now).view;
      const { view } = explainPage(held(), localeFor('en', 'en'), now, known);
      expect(view?.stage).toBe('delay');
      expect(view?.status).toBe(alone?.status);
      expect(view?.statusFrom).toBeUndefined();
      expect(view?.daysInCustoms).toBe(alone?.daysInCustoms);
    });

    it('another parcel’s events are never mixed in', () => {
      const other: KnownEvents = (n) =>
        n === 'LP00000000000000'
          ? [{ time: '2026-12-01T10:00:00+08:00', text: 'Import customs clearance complete', source: 'cainiao' }]
          : undefined;
      expect(explainPage(held(), localeFor('en', 'en'), now, other).view?.stage).toBe('delay');
    });
  });
});

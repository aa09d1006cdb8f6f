import { describe, expect, it } from 'vitest';
import { defaultStore, type Parcel } from '../core/schemas/store.ts';
import { localeFor } from '../locales/locale-for.ts';
import { MAX_SEPARATE, notificationText, plainText, summaryText } from './notification-text.ts';
import type { PendingNotification } from './parcel-update.ts';

const parcel = (trackingNumber: string, title?: string): Parcel => ({
  trackingNumber,
  ...(title && { title }),
  orderId: '8180000000000001',
  destCountry: 'ES',
  addedAt: '2026-11-20T00:00:00.000Z',
  events: [],
  stage: 'released',
  baselined: true,
  notified: [],
  trackers: {},
});

const news = (trackingNumber: string, kind: PendingNotification['kind']): PendingNotification => ({
  trackingNumber,
  key: kind,
  kind,
  eventText: 'Import customs clearance complete',
});

describe('notification text', () => {
  const en = localeFor('en', undefined);

  it('names the parcel, what happened and where', () => {
    const text = notificationText(news('LP1', 'left_customs'), parcel('LP1', 'Wireless earbuds'), en);
    expect(text.title).toBe('Left customs: Wireless earbuds');
    expect(text.message).toBe('Import customs clearance complete — Spain');
  });

  it('falls back to the order number, and shortens long titles', () => {
    expect(notificationText(news('LP1', 'returned'), parcel('LP1'), en).title).toBe(
      'Returned or seized by customs: order 8180000000000001',
    );
    const long = notificationText(news('LP1', 'left_customs'), parcel('LP1', 'x'.repeat(80)), en).title;
    expect(long).toBe(`Left customs: ${'x'.repeat(57)}…`);
  });

  it('sums up a burst of news in one notification, most urgent first', () => {
    const numbers = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'];
    const store = defaultStore();
    for (const n of numbers) store.parcels[n] = parcel(n, `Item ${n}`);
    const items = numbers.map((n, i) => news(n, i === 4 ? 'action_required' : 'left_customs'));
    expect(items.length).toBeGreaterThan(MAX_SEPARATE);
    const text = summaryText(items, store, en);
    expect(text.title).toBe('6 watched parcels have news');
    expect(text.message.split('\n')).toEqual([
      'Customs needs you: Item A5',
      'Left customs: Item A1',
      'Left customs: Item A2',
      'Left customs: Item A3',
      '…and 2 more',
    ]);
  });

  it('never carries a link or an address from page or tracker text, and keeps it short', () => {
    const hostile = {
      ...news('LP00123456789012', 'left_customs'),
      eventText:
        'Import customs clearance complete. Pay the release fee at https://pay.example/now or www.pay-fee.top today',
      place: 'see customs-fee.com/pay',
    };
    const text = notificationText(
      hostile,
      parcel('LP00123456789012', 'Earbuds http://evil.example'),
      localeFor('en', 'en'),
    );
    expect(`${text.title} ${text.message}`).not.toMatch(/https?:|www\.|\.example|\.top|\.com/);
    expect(plainText('x'.repeat(300))).toHaveLength(90);
    expect(plainText('Import customs clearance complete')).toBe('Import customs clearance complete');
  });

  it('speaks the chosen language', () => {
    const text = summaryText([news('A1', 'left_customs')], defaultStore(), localeFor('de', undefined));
    expect(text.title).toBe('Neuigkeiten zu 1 beobachteten Sendung');
  });
});

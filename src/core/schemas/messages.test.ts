import { describe, expect, it } from 'vitest';
import { MessageSchema } from './messages.ts';
import { defaultStore, type Parcel } from './store.ts';

const settings = () => structuredClone(defaultStore().settings);
const parcel: Parcel = {
  trackingNumber: 'LP00123456789012',
  addedAt: '2026-11-20T10:00:00.000Z',
  events: [{ time: '2026-11-20T10:00:00.000Z', text: 'Import customs clearance started', source: 'cainiao' }],
  stage: 'import_received',
  baselined: true,
  notified: [],
  trackers: { cainiao: { failures: 0, lastCheck: '2026-11-20T11:00:00.000Z' } },
};

describe('message schemas are strict: a wrong field is a refusal, never a default', () => {
  it('refuses settings with wrong types instead of saving defaults over the user’s keys', () => {
    const bad = { checkIntervalMinutes: 5, notify: 'yes', trackers: 1 };
    expect(MessageSchema.safeParse({ type: 'save-settings', settings: bad }).success).toBe(false);
    expect(MessageSchema.safeParse({ type: 'save-settings', settings: { ...settings(), extra: 1 } }).success).toBe(
      false,
    );
    const { uiLanguage: _missing, ...partial } = settings();
    expect(MessageSchema.safeParse({ type: 'save-settings', settings: partial }).success).toBe(false);
    expect(MessageSchema.safeParse({ type: 'save-settings', settings: settings() }).success).toBe(true);
  });

  it('refuses a tracking number that is not letters and digits', () => {
    for (const trackingNumber of [
      '<img src=x onerror=alert(1)>',
      'LP 001',
      '',
      'x'.repeat(41),
      'LP0012345678901\u202e',
    ]) {
      expect(MessageSchema.safeParse({ type: 'watch', parcel: { trackingNumber } }).success).toBe(false);
    }
    const typed = MessageSchema.parse({ type: 'unwatch', trackingNumber: ' LP 0012-3456 789012 ' });
    expect(typed).toEqual({ type: 'unwatch', trackingNumber: 'LP00123456789012' });
  });

  it('keeps a tracking page link only when it is an https AliExpress address', () => {
    const watch = (trackingUrl: string) =>
      MessageSchema.safeParse({ type: 'watch', parcel: { trackingNumber: 'LP00123456789012', trackingUrl } }).success;
    expect(watch('https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=1')).toBe(true);
    expect(watch('https://pay.example/customs')).toBe(false);
    expect(watch('javascript:alert(1)')).toBe(false);
    expect(
      MessageSchema.safeParse({ type: 'restore-parcel', parcel: { ...parcel, trackingUrl: 'https://pay.example/' } })
        .success,
    ).toBe(false);
  });

  it('puts back a parcel exactly as stored, and refuses one that reading would repair', () => {
    expect(MessageSchema.parse({ type: 'restore-parcel', parcel })).toEqual({ type: 'restore-parcel', parcel });
    for (const damaged of [
      { ...parcel, stage: 'lost' },
      { ...parcel, notified: 'left_customs' },
      { ...parcel, events: [...parcel.events, 7] },
      { ...parcel, baselined: 'yes' },
    ]) {
      expect(MessageSchema.safeParse({ type: 'restore-parcel', parcel: damaged }).success).toBe(false);
    }
  });
});

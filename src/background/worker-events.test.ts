/**
 * The worker's event handlers that e2e cannot press: a click on a notification and on its buttons, and
 * the check lease's "busy" and "left by a killed worker" paths. A small in-memory stand-in for the
 * browser APIs they use (unit tests only; e2e drives the real ones).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultStore, STORE_KEY } from '../core/schemas/store.ts';
import { memoryArea } from './memory-storage.test-helper.ts';

const local = new Map<string, unknown>();
const session = new Map<string, unknown>();
const tabs: string[] = [];
const cleared: string[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { local: memoryArea(local), session: memoryArea(session) },
    tabs: { create: async ({ url }: { url: string }) => tabs.push(url) },
    notifications: { clear: async (id: string) => cleared.push(id) },
    runtime: { id: 'test', getURL: (p: string) => `chrome-extension://test/${p}` },
    i18n: { getUILanguage: () => 'en' },
  },
}));

const { onNotificationButton, onNotificationClicked, SHOWN_KEY } = await import('./notifications.ts');
const { acquireLease, releaseLease, takeStaleJob, LEASE_KEY } = await import('./lease.ts');

const TN = 'LP00123456789012';
function seed(withParcel: boolean) {
  const store = defaultStore();
  if (withParcel) {
    store.parcels[TN] = {
      trackingNumber: TN,
      orderId: '8180000000000001',
      addedAt: '2026-01-01T00:00:00.000Z',
      events: [],
      stage: 'released',
      baselined: true,
      notified: ['left_customs'],
      trackers: {},
    };
  }
  local.set(STORE_KEY, store);
}

beforeEach(() => {
  local.clear();
  session.clear();
  tabs.length = 0;
  cleared.length = 0;
});

describe('notification clicks', () => {
  it('a click opens the watched parcel’s order page and clears the notification', async () => {
    seed(true);
    await onNotificationClicked(`cl|${TN}|left_customs`);
    expect(tabs).toEqual(['https://www.aliexpress.com/p/order/detail.html?orderId=8180000000000001']);
    expect(cleared).toEqual([`cl|${TN}|left_customs`]);
  });

  it('a click on news of a parcel no longer watched opens the page recorded when it was shown, if it is AliExpress', async () => {
    seed(false);
    local.set(SHOWN_KEY, {
      [`cl|${TN}|left_customs`]: {
        trackingNumber: TN,
        title: 't',
        message: 'm',
        url: 'https://evil.example/pay',
        at: '',
      },
    });
    await onNotificationClicked(`cl|${TN}|left_customs`);
    expect(tabs).toHaveLength(1);
    expect(new URL(tabs[0] ?? '').hostname).toMatch(/(^|\.)aliexpress\.(com|us|ru)$/);
  });

  it('"Stop watching" removes the parcel; "Open" opens it; ids that are not ours do nothing', async () => {
    seed(true);
    await onNotificationButton(`cl|${TN}|left_customs`, 0);
    expect(tabs).toHaveLength(1);
    await onNotificationButton(`cl|${TN}|left_customs`, 1);
    expect((local.get(STORE_KEY) as { parcels: Record<string, unknown> }).parcels[TN]).toBeUndefined();
    await onNotificationButton('someone-else|x', 1);
    await onNotificationClicked('someone-else|x');
    expect(tabs).toHaveLength(1);
  });
});

describe('check lease', () => {
  it('is busy while held, free after release', async () => {
    const job = { numbers: null, manual: false };
    expect(await acquireLease(job)).toBe(true);
    expect(await acquireLease(job)).toBe(false);
    await releaseLease();
    expect(await acquireLease(job)).toBe(true);
  });

  it('a lease left by a killed worker is taken over once, with its job', async () => {
    session.set(LEASE_KEY, {
      owner: 'a-dead-worker',
      until: Date.now() + 60_000,
      job: { numbers: [TN], manual: true },
    });
    expect(await takeStaleJob()).toEqual({ numbers: [TN], manual: true });
    expect(await takeStaleJob()).toBeNull();
  });
});

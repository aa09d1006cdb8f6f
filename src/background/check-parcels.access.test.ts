/**
 * A tracker turned on without its host permission (taken back in the browser's settings, or turned on by
 * settings from elsewhere) is skipped before any request: no fetch, no failure on the parcel, no pause,
 * and a manual check says why. Stand-ins for storage and `chrome.permissions` (unit tests only; e2e
 * drives the real ones: e2e/permissions.spec.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultStore, STORE_KEY, type Store } from '../core/schemas/store.ts';
import { memoryArea } from './memory-storage.test-helper.ts';

const local = new Map<string, unknown>();
const session = new Map<string, unknown>();

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { local: memoryArea(local), session: memoryArea(session) },
    notifications: { create: async () => '', clear: async () => true, getAll: async () => ({}) },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    runtime: { id: 'test', getURL: (p: string) => `chrome-extension://test/${p}` },
    i18n: { getUILanguage: () => 'en' },
  },
}));

const { runCheck } = await import('./check-parcels.ts');

const TN = 'LP00123456789012';
const granted = new Set<string>();
const fetched: string[] = [];

function seed(): void {
  const store: Store = defaultStore();
  store.settings.trackers.cainiao.enabled = false;
  store.settings.trackers['17track'] = { enabled: true, apiKey: 'k17' };
  store.parcels[TN] = {
    trackingNumber: TN,
    addedAt: '2026-01-01T00:00:00.000Z',
    events: [],
    stage: 'import_received',
    baselined: true,
    notified: [],
    trackers: {},
  };
  local.set(STORE_KEY, store);
}

beforeEach(() => {
  local.clear();
  session.clear();
  granted.clear();
  fetched.length = 0;
  vi.stubGlobal('chrome', {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    },
  });
  vi.stubGlobal('fetch', async (url: string | URL) => {
    fetched.push(String(url));
    return new Response('{}', { status: 500 });
  });
  seed();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const stored = () => local.get(STORE_KEY) as Store;

describe('a tracker on without its host permission', () => {
  it('is not asked, records no failure and no pause; a manual check says why', async () => {
    const outcome = await runCheck({ numbers: null, manual: true });
    expect(fetched).toEqual([]);
    expect(outcome.errors).toEqual([
      '17TRACK was not asked: it needs your permission. Turn it on again in the settings.',
    ]);
    expect(stored().parcels[TN]?.trackers['17track']).toBeUndefined();
    expect(local.has('customsLens.trackerBlocks')).toBe(false);
  });

  it('is skipped quietly by a scheduled check', async () => {
    const outcome = await runCheck({ numbers: null, manual: false });
    expect(fetched).toEqual([]);
    expect(outcome.errors).toEqual([]);
  });

  it('is asked again once the permission is granted', async () => {
    granted.add('https://api.17track.net/*');
    const outcome = await runCheck({ numbers: null, manual: true });
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.every((url) => url.startsWith('https://api.17track.net/'))).toBe(true);
    expect(outcome.errors).not.toContain(
      '17TRACK was not asked: it needs your permission. Turn it on again in the settings.',
    );
  });
});

/** The permissions wrapper against a stand-in `chrome.permissions` (unit tests only; e2e drives the real one). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  hasTrackerAccess,
  onAccessChanged,
  releaseTrackerAccess,
  requestTrackerAccess,
  trackersWithAccess,
} from './permissions.ts';

function stub(granted: Set<string>, options: { throwOnContains?: boolean } = {}) {
  const listeners = new Set<() => void>();
  const event = {
    addListener: (l: () => void) => listeners.add(l),
    removeListener: (l: () => void) => listeners.delete(l),
  };
  const permissions = {
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.add(o);
      return true;
    }),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (options.throwOnContains) throw new Error('no');
      return origins.every((o) => granted.has(o));
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.delete(o);
      return true;
    }),
    onAdded: event,
    onRemoved: event,
  };
  vi.stubGlobal('chrome', { permissions });
  return { permissions, listeners };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('tracker host permissions', () => {
  it('asks for exactly the trackers’ hosts, in one request', async () => {
    const { permissions } = stub(new Set());
    await expect(requestTrackerAccess(['17track', 'parcelsapp'])).resolves.toBe(true);
    expect(permissions.request).toHaveBeenCalledWith({
      origins: ['https://api.17track.net/*', 'https://parcelsapp.com/*'],
    });
  });

  it('calls request synchronously, so the user gesture still holds', () => {
    const { permissions } = stub(new Set());
    void requestTrackerAccess(['17track']);
    expect(permissions.request).toHaveBeenCalledTimes(1);
  });

  it('says which trackers may be reached, and gives a host back', async () => {
    const granted = new Set(['https://global.cainiao.com/*', 'https://parcelsapp.com/*']);
    const { permissions } = stub(granted);
    expect([...(await trackersWithAccess())]).toEqual(['cainiao', 'parcelsapp']);
    await releaseTrackerAccess('parcelsapp');
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://parcelsapp.com/*'] });
    expect(await hasTrackerAccess('parcelsapp')).toBe(false);
  });

  it('counts a failing check as no access', async () => {
    stub(new Set(), { throwOnContains: true });
    expect(await hasTrackerAccess('cainiao')).toBe(false);
  });

  it('follows grants and removals until unsubscribed', () => {
    const { listeners } = stub(new Set());
    const seen = vi.fn();
    const stop = onAccessChanged(seen);
    for (const l of listeners) l();
    expect(seen).toHaveBeenCalled();
    stop();
    expect(listeners.size).toBe(0);
  });

  it('uses Firefox’s `browser` namespace when there is one', async () => {
    stub(new Set());
    const contains = vi.fn(async () => true);
    vi.stubGlobal('browser', { permissions: { contains } });
    expect(await hasTrackerAccess('17track')).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://api.17track.net/*'] });
  });
});

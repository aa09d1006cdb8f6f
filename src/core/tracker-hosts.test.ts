import { describe, expect, it } from 'vitest';
import { CAINIAO_URL } from '../trackers/cainiao.ts';
import { PARCELSAPP_URL } from '../trackers/parcelsapp.ts';
import { SEVENTEEN_BASE } from '../trackers/seventeen-track.ts';
import { defaultStore, TRACKER_IDS } from './schemas/store.ts';
import {
  installHostPatterns,
  isOptionalTracker,
  isTrackerUrl,
  optionalHostPatterns,
  TRACKER_HOSTS,
  trackerHostName,
  trackersNeedingAccess,
} from './tracker-hosts.ts';

describe('tracker hosts', () => {
  it('covers every URL each adapter calls, and no other tracker’s', () => {
    const urls = { cainiao: CAINIAO_URL, '17track': `${SEVENTEEN_BASE}register`, parcelsapp: PARCELSAPP_URL };
    for (const id of TRACKER_IDS) {
      for (const other of TRACKER_IDS) expect(isTrackerUrl(other, urls[id])).toBe(other === id);
    }
    expect(isTrackerUrl('17track', 'http://api.17track.net/x')).toBe(false);
    expect(isTrackerUrl('17track', 'https://evil.example/?https://api.17track.net/')).toBe(false);
    expect(isTrackerUrl('17track', 'not a url')).toBe(false);
  });

  it('asks for Cainiao at install and for the key-based services only when turned on', () => {
    expect(TRACKER_IDS.filter(isOptionalTracker)).toEqual(['17track', 'parcelsapp']);
    expect(installHostPatterns()).toEqual(['https://global.cainiao.com/*']);
    expect(optionalHostPatterns()).toEqual(['https://api.17track.net/*', 'https://parcelsapp.com/*']);
    // Every pattern is one whole https host: nothing wider.
    for (const id of TRACKER_IDS) for (const p of TRACKER_HOSTS[id]) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('names the host a person sees in the browser’s prompt', () => {
    expect(trackerHostName('17track')).toBe('api.17track.net');
    expect(trackerHostName('parcelsapp')).toBe('parcelsapp.com');
  });

  it('names the trackers turned on whose hosts are not granted', () => {
    const settings = defaultStore().settings;
    settings.trackers['17track'] = { enabled: true, apiKey: 'k' };
    expect(trackersNeedingAccess(settings, new Set(['cainiao']))).toEqual(['17track']);
    expect(trackersNeedingAccess(settings, new Set(['cainiao', '17track']))).toEqual([]);
    expect(trackersNeedingAccess(settings, new Set())).toEqual(['cainiao', '17track']);
  });
});

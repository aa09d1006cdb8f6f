/**
 * Which hosts each tracker service is reached at, as manifest match patterns: the one table behind the
 * manifest's `host_permissions` (asked at install) and `optional_host_permissions` (asked when the user
 * turns that tracker on), the options page's requests and the background's checks before it asks a
 * service. Cainiao needs no account and is on by default, so its host is part of the install prompt;
 * 17TRACK and ParcelsApp need the user's own key, so their hosts are asked for only by the user's click
 * that turns them on (scripts/manifest-for.ts fills the manifest from here).
 */
import { TRACKER_IDS, type TrackerId } from './schemas/store.ts';

export const TRACKER_HOSTS: Readonly<Record<TrackerId, readonly string[]>> = {
  cainiao: ['https://global.cainiao.com/*'],
  '17track': ['https://api.17track.net/*'],
  parcelsapp: ['https://parcelsapp.com/*'],
};

/** Trackers whose hosts the browser grants at install; the others are asked for when turned on. */
export const INSTALL_TRACKERS: readonly TrackerId[] = ['cainiao'];

export const isOptionalTracker = (id: TrackerId): boolean => !INSTALL_TRACKERS.includes(id);

/** The manifest's `host_permissions`: what the install prompt names. */
export function installHostPatterns(): string[] {
  return INSTALL_TRACKERS.flatMap((id) => TRACKER_HOSTS[id]);
}

/** The manifest's `optional_host_permissions`: asked for when the user turns their tracker on. */
export function optionalHostPatterns(): string[] {
  return TRACKER_IDS.filter(isOptionalTracker).flatMap((id) => TRACKER_HOSTS[id]);
}

/** "api.17track.net": the host a person reads in the browser's prompt, for our own sentences. */
export function trackerHostName(id: TrackerId): string {
  return (TRACKER_HOSTS[id][0] ?? '').replace(/^https:\/\//, '').replace(/\/\*$/, '');
}

/** Whether `url` is under one of the tracker's host patterns (`https://host/*` only). */
export function isTrackerUrl(id: TrackerId, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return TRACKER_HOSTS[id].some((pattern) => {
    const m = /^https:\/\/([^/*]+)\/\*$/.exec(pattern);
    return m !== null && parsed.protocol === 'https:' && parsed.hostname === m[1];
  });
}

/**
 * Trackers the user turned on whose hosts the browser does not let us reach (`access`: the trackers
 * whose host permission is granted now) — revoked in the browser's extension settings, or turned on by
 * settings from elsewhere. They are not asked; the popup and the options page say they need permission.
 */
export function trackersNeedingAccess(
  settings: { trackers: Record<TrackerId, { enabled: boolean }> },
  access: ReadonlySet<TrackerId>,
): TrackerId[] {
  return TRACKER_IDS.filter((id) => settings.trackers[id].enabled && !access.has(id));
}

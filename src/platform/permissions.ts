/**
 * The browser's host permissions for the tracker services, by tracker (the host table is
 * core/tracker-hosts.ts). Used by the options page (ask when the user turns a tracker on, give back
 * when it is turned off), the popup (say which tracker lacks its permission) and the background (skip a
 * tracker it may not reach instead of a request that fails).
 *
 * `requestTrackerAccess` must be called synchronously inside the user's click or change handler:
 * browsers refuse `permissions.request` without a user gesture, and an `await` before it loses the
 * gesture. No webextension-polyfill: `permissions` returns promises natively in every browser this
 * extension supports (Firefox's `browser`, Chrome's MV3 `chrome`).
 */
import { TRACKER_IDS, type TrackerId } from '../core/schemas/store.ts';
import { TRACKER_HOSTS } from '../core/tracker-hosts.ts';

type Request = { origins: string[] };
type Changed = { origins?: string[] };
type Event = {
  addListener(listener: (p: Changed) => void): void;
  removeListener(listener: (p: Changed) => void): void;
};
type Permissions = {
  request(p: Request): Promise<boolean>;
  contains(p: Request): Promise<boolean>;
  remove(p: Request): Promise<boolean>;
  onAdded?: Event;
  onRemoved?: Event;
};

const api = (): Permissions =>
  (
    (globalThis as { browser?: { permissions: Permissions } }).browser ??
    (globalThis as unknown as { chrome: { permissions: Permissions } }).chrome
  ).permissions;

const origins = (tracker: TrackerId): Request => ({ origins: [...TRACKER_HOSTS[tracker]] });

/** Asks the user (the browser's prompt) for the trackers' hosts; true when granted. Call it first thing in a click. */
export function requestTrackerAccess(trackers: readonly TrackerId[]): Promise<boolean> {
  return api().request({ origins: trackers.flatMap((id) => TRACKER_HOSTS[id]) });
}

/** Whether the extension may reach every host of this tracker now. */
export async function hasTrackerAccess(tracker: TrackerId): Promise<boolean> {
  try {
    return await api().contains(origins(tracker));
  } catch {
    return false;
  }
}

/** The trackers whose hosts the extension may reach now. */
export async function trackersWithAccess(): Promise<Set<TrackerId>> {
  const granted = await Promise.all(TRACKER_IDS.map(async (id) => [id, await hasTrackerAccess(id)] as const));
  return new Set(granted.filter(([, ok]) => ok).map(([id]) => id));
}

/** Gives the tracker's hosts back (the user turned it off). A required host cannot be removed: false. */
export async function releaseTrackerAccess(tracker: TrackerId): Promise<boolean> {
  try {
    return await api().remove(origins(tracker));
  } catch {
    return false;
  }
}

/** Calls `listener` whenever the browser grants or takes back a host permission; returns the unsubscribe. */
export function onAccessChanged(listener: () => void): () => void {
  const permissions = api();
  const handler = () => listener();
  permissions.onAdded?.addListener(handler);
  permissions.onRemoved?.addListener(handler);
  return () => {
    permissions.onAdded?.removeListener(handler);
    permissions.onRemoved?.removeListener(handler);
  };
}

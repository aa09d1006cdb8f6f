/**
 * Reading an import file before the background sees it: telling a damaged (cut-off) export from a file
 * that is not JSON at all, the parcel titles the preview shows beside their numbers, and trackers the
 * file would turn on without the API key they need (kept off, and the preview says why), and trackers
 * it turns on whose hosts the browser has not granted (asked for on the Import click; kept off if refused).
 * The file is untrusted: only strings are read from it, and they are shown as text.
 */
import { type Settings, TRACKER_IDS, type TrackerId } from '../core/schemas/store.ts';

/** Trackers that cannot work without the user's own API key. */
export const NEEDS_KEY: Readonly<Record<TrackerId, boolean>> = { cainiao: false, '17track': true, parcelsapp: true };

export type ReadResult = { ok: true; data: unknown } | { ok: false; reason: 'damaged' | 'not-json' };

/** JSON.parse, with a failure on something that starts like JSON called damaged (a truncated export). */
export function readImportText(text: string): ReadResult {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false, reason: /^\uFEFF?\s*[[{]/.test(text) ? 'damaged' : 'not-json' };
  }
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The title the file gives each parcel (by tracking number), trimmed to what the popup stores. */
export function importTitles(data: unknown): Record<string, string> {
  const parcels = record(record(data)?.parcels) ?? {};
  const titles: Record<string, string> = {};
  for (const [number, parcel] of Object.entries(parcels)) {
    const title = record(parcel)?.title;
    if (typeof title === 'string' && title.trim()) titles[number] = title.trim().slice(0, 300);
  }
  return titles;
}

/**
 * A copy of the file in which every tracker it would turn on without a key (none in the file, none
 * stored) stays off, and the list of those trackers. An export made without keys and imported after
 * "Delete everything" would otherwise switch on a tracker that can only fail.
 */
export function holdKeylessTrackers(data: unknown, current: Settings): { data: unknown; held: TrackerId[] } {
  const trackers = record(record(record(data)?.settings)?.trackers);
  if (!trackers) return { data, held: [] };
  const held = TRACKER_IDS.filter((id) => {
    const given = record(trackers[id]);
    if (!NEEDS_KEY[id] || given?.enabled !== true) return false;
    const fileKey = typeof given.apiKey === 'string' ? given.apiKey.trim() : '';
    return !fileKey && !current.trackers[id].apiKey;
  });
  if (!held.length) return { data, held };
  const copy = structuredClone(data) as { settings: { trackers: Record<string, Record<string, unknown>> } };
  for (const id of held) copy.settings.trackers[id] = { ...copy.settings.trackers[id], enabled: false };
  return { data: copy, held };
}

/** Trackers the file turns on (after `holdKeylessTrackers`), in the fixed tracker order. */
export function trackersTurnedOn(data: unknown): TrackerId[] {
  const trackers = record(record(record(data)?.settings)?.trackers);
  return trackers ? TRACKER_IDS.filter((id) => record(trackers[id])?.enabled === true) : [];
}

/** A copy of the file in which these trackers stay off (the browser refused their hosts). */
export function holdTrackersOff(data: unknown, ids: readonly TrackerId[]): unknown {
  const held = ids.filter((id) => trackersTurnedOn(data).includes(id));
  if (!held.length) return data;
  const copy = structuredClone(data) as { settings: { trackers: Record<string, Record<string, unknown>> } };
  for (const id of held) copy.settings.trackers[id] = { ...copy.settings.trackers[id], enabled: false };
  return copy;
}

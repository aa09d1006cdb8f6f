/**
 * The one reader of event times, for every source: an event time is an instant. Sources give ISO 8601
 * with a zone (17TRACK `time_iso`/`time_utc`, ParcelsApp `date`, page dates the content script has
 * already given the viewer's offset), Cainiao epoch milliseconds or its `timeStr` plus `timeZone`
 * ("GMT+8"), a bare date, or epoch milliseconds as text.
 *
 * A zone-less time (an old stored event, a tracker that sends none) is read as UTC: its true zone is
 * usually the place of the event, which we do not know, so any choice is off by a few hours — but this
 * one, unlike Date.parse on such strings, is the same on every computer, so the panel, the watcher and
 * the notifications agree wherever the user lives (DESIGN.md "Time").
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const EPOCH_MS = /^\d{12,13}$/;
/** "GMT+8", "GMT+08:00", "UTC-3", "+0530", "Z", "GMT". */
const ZONE_LABEL = /^(?:(?:GMT|UTC)\s*)?(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

/** Milliseconds since the epoch, or undefined for a missing or unrecognised time. */
export function parseEventTime(time: string | undefined): number | undefined {
  if (!time) return undefined;
  const s = time.trim().replace(/\//g, '-');
  if (EPOCH_MS.test(s)) return Number(s);
  const m = ISO.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0');
    t -= sign * offset * 60_000;
  }
  return Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? t : undefined;
}

/** Minutes east of UTC for a zone label ("GMT+8" → 480, "UTC-03:30" → -210), or undefined. */
export function zoneOffsetMinutes(label: string | undefined): number | undefined {
  if (label === undefined) return undefined;
  const m = ZONE_LABEL.exec(label.trim());
  if (!m || label.trim() === '') return undefined;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  if (minutes > 14 * 60) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** "+08:00" for 480. */
export function offsetSuffix(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * A local wall-clock time ("2026-01-02 08:00:00") in a known zone ("GMT+1") as ISO 8601 with that
 * offset ("2026-01-02T08:00:00+01:00"); the local time unchanged when the zone is unknown.
 */
export function withZone(local: string, zone: string | undefined): string {
  const offset = zoneOffsetMinutes(zone);
  const m = ISO.exec(local.trim().replace(/\//g, '-'));
  if (offset === undefined || !m || m[8]) return local.trim();
  const [, y, mo, d, h = '00', mi = '00', sec = '00'] = m;
  return `${y}-${mo}-${d}T${h}:${mi}:${sec}${offsetSuffix(offset)}`;
}

/** ISO 8601 (UTC) for an instant, or undefined when it is not a representable date. */
export function instantIso(ms: number | undefined): string | undefined {
  return ms !== undefined && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}

/** Whole days between two instants (floored, never negative). */
export function wholeDaysBetween(fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor((toMs - fromMs) / 86_400_000));
}

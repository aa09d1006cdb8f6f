/**
 * Event times as milliseconds since the epoch, deterministically. Sources give ISO 8601 with a zone,
 * ISO without a zone ("2025-11-20 14:03"), a bare date, or epoch milliseconds as text.
 *
 * Zone-less times are read as UTC. Their true zone is usually the place of the event (origin or
 * destination), which we do not know; reading them all as UTC is off by at most a few hours, keeps the
 * order of events from one source, and — unlike Date.parse on such strings — does not depend on the
 * zone of the machine running the code. Day counts can therefore be off by one at most.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const EPOCH_MS = /^\d{12,13}$/;

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
  return Number.isFinite(t) ? t : undefined;
}

/** Whole days between two instants (floored, never negative). */
export function wholeDaysBetween(fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor((toMs - fromMs) / 86_400_000));
}

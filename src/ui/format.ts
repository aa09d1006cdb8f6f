/**
 * Locale-aware formatting of times and durations for the extension's pages, with the browser's Intl so
 * plurals and word order are right in every UI language without a string per form.
 */
import { parseEventTime } from '../core/event-time.ts';
import type { UiLang } from '../locales/index.ts';

/** Chrome's `_locales` name (pt_BR) to a BCP 47 tag (pt-BR). */
export function bcp47(lang: UiLang): string {
  return lang.replace('_', '-');
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "3 hours ago", "in 20 minutes", "now"; null when `iso` is not a time. Rounded to the nearest whole
 * unit ("in 1 h 59 min" is "in 2 hours"), moving up a unit when rounding reaches it (59.6 min: "in 1 hour").
 */
export function relativeTime(iso: string | undefined, now: Date, lang: UiLang): string | null {
  const then = parseEventTime(iso);
  if (then === undefined) return null;
  const seconds = (then - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(bcp47(lang), { numeric: 'auto' });
  const index = UNITS.findIndex(([, size]) => Math.abs(seconds) >= size);
  if (index === -1) return format.format(0, 'second');
  const [unit, size] = UNITS[index] as [Intl.RelativeTimeFormatUnit, number];
  const bigger = UNITS[index - 1];
  if (bigger && Math.abs(Math.round(seconds / size)) * size >= bigger[1]) {
    return withoutEchoedCount(format.format(Math.round(seconds / bigger[1]), bigger[0]));
  }
  return withoutEchoedCount(format.format(Math.round(seconds / size), unit));
}

/**
 * ICU's Hebrew forms for one and two already say the number ("לפני שעה", "בעוד שעתיים") but come out
 * as "לפני שעה (1)"; the echoed "(n)" reads as a glitch.
 */
function withoutEchoedCount(text: string): string {
  return text.replace(/\s*\(\d+\)$/, '');
}

/** Full date and time, for a tooltip next to a relative time. */
export function absoluteTime(iso: string | undefined, lang: UiLang): string | undefined {
  if (!iso) return undefined;
  const then = parseEventTime(iso);
  if (then === undefined) return undefined;
  return new Intl.DateTimeFormat(bcp47(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(then);
}

/** "1 day", "12 days", "3 godziny": a count with its unit, plural handled by Intl. */
export function formatUnit(value: number, unit: 'day' | 'hour' | 'minute', lang: UiLang): string {
  return new Intl.NumberFormat(bcp47(lang), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * Locale-aware formatting of times and durations for the extension's pages, with the browser's Intl so
 * plurals and word order are right in every UI language without a string per form.
 */
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

/** "3 hours ago", "in 20 minutes", "now"; null when `iso` is not a date. */
export function relativeTime(iso: string | undefined, now: Date, lang: UiLang): string | null {
  if (!iso) return null;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  const seconds = Math.round((then - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(bcp47(lang), { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return withoutEchoedCount(format.format(Math.trunc(seconds / size), unit));
  }
  return format.format(0, 'second');
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
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return undefined;
  return new Intl.DateTimeFormat(bcp47(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(then);
}

/** "1 day", "12 days", "3 godziny": a count with its unit, plural handled by Intl. */
export function formatUnit(value: number, unit: 'day' | 'hour' | 'minute', lang: UiLang): string {
  return new Intl.NumberFormat(bcp47(lang), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

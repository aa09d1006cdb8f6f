/**
 * Serves the panel's fixture pages at real AliExpress URLs with their event dates written relative to
 * today, so "days at customs" is the same whatever day the tests run. A placeholder `{{-6 00:05|es}}`
 * is the instant "six days ago (UTC) at 00:05 UTC", printed the way that storefront prints dates (iso,
 * es, fr, de, he, us, and `ae`: the real tracking page's "Jul 18, 17:05 (GMT-6)").
 *
 * AliExpress converts times to the viewer's zone, so every placeholder is printed as the wall time of
 * the browser's zone (the launched Chromium follows the TZ of this process; `viewerZone()`), and `ae`
 * adds that zone's offset as the site does. The instants stay the same in every zone, so the day counts
 * a test expects are the same under any TZ.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';

const PAGES = path.resolve('e2e/fixtures/pages');
const MONTHS: Record<string, string[]> = {
  es: ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
  us: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  he: [
    'בינואר',
    'בפברואר',
    'במרץ',
    'באפריל',
    'במאי',
    'ביוני',
    'ביולי',
    'באוגוסט',
    'בספטמבר',
    'באוקטובר',
    'בנובמבר',
    'בדצמבר',
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The browser's zone: Chromium, launched by Playwright from this process, follows the same TZ. */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Wall time of an instant in a zone, and the zone's offset then (minutes east of UTC). */
export function wallTime(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const [y, mo, day, h, mi] = [parts.year, parts.month, parts.day, parts.hour, parts.minute].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = Math.round((Date.UTC(y, mo - 1, day, h, mi) - Math.floor(instant / 60_000) * 60_000) / 60_000);
  return { y, mo: mo - 1, day, h, mi, offset };
}

/** "GMT-6", "GMT+5:30", "GMT+13", "GMT+0": how the tracking page prints the viewer's offset. */
export function gmt(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `GMT${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

export function dated(html: string, now = new Date(), timeZone = viewerZone()): string {
  return html.replace(
    /\{\{(-?\d+) (\d\d):(\d\d)(?:\|(\w+))?\}\}/g,
    (_m, days: string, hh: string, mm: string, fmt = 'iso') => {
      const instant = Date.UTC(
        now.getUTCFullYear(),
        now.getUTCMonth(),
        now.getUTCDate() + Number(days),
        Number(hh),
        Number(mm),
      );
      const { y, mo, day, h, mi, offset } = wallTime(instant, timeZone);
      const time = `${pad(h)}:${pad(mi)}`;
      switch (fmt) {
        case 'ae':
          return `${MONTHS.us?.[mo]} ${day}, ${time} (${gmt(offset)})`;
        case 'es':
          return `${day} ${MONTHS.es?.[mo]} ${y} ${time}`;
        case 'fr':
          return `${pad(day)}/${pad(mo + 1)}/${y} ${time}`;
        case 'de':
          return `${pad(day)}.${pad(mo + 1)}.${y} ${time}`;
        case 'he':
          return `${day} ${MONTHS.he?.[mo]} ${y} ${time}`;
        case 'us':
          return `${MONTHS.us?.[mo]} ${day}, ${y} ${time}`;
        default:
          return `${y}-${pad(mo + 1)}-${pad(day)} ${time}`;
      }
    },
  );
}

export function fixtureHtml(file: string): string {
  return dated(readFileSync(path.join(PAGES, file), 'utf8'));
}

/** Serves `file` (dates filled in) for every request to the URL's origin and path, any query string. */
export async function serveDated(context: BrowserContext, url: string, file: string): Promise<void> {
  const target = new URL(url);
  const body = fixtureHtml(file);
  await context.route(
    (u) => u.origin === target.origin && u.pathname === target.pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

/**
 * Serves the panel's fixture pages at real AliExpress URLs with their event dates written relative to
 * today, so "days at customs" is the same whatever day the tests run. A placeholder `{{-6 00:05|es}}`
 * is "six days ago at 00:05", printed the way that storefront prints dates (iso, es, fr, de, he, us).
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

export function dated(html: string, now = new Date()): string {
  return html.replace(
    /\{\{(-?\d+) (\d\d):(\d\d)(?:\|(\w+))?\}\}/g,
    (_m, offset: string, hh: string, mm: string, fmt = 'iso') => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + Number(offset)));
      const [y, mo, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
      const time = `${hh}:${mm}`;
      switch (fmt) {
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

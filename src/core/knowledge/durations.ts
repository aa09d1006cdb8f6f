/**
 * How long each customs stage usually lasts, and the seasons that stretch it: from 11.11 (Singles' Day)
 * to mid-January the whole chain is swamped, Black Friday adds its own wave, and Chinese New Year
 * closes much of the origin side for two weeks or more.
 */
import type { Stage } from '../stages.ts';
import type { Sourced } from './sourced.ts';

export type UsualDays = Sourced & { min: number; max: number };

export const USUAL_DAYS: Readonly<Record<Stage, UsualDays>> = {
  export_clearance: { min: 1, max: 3, ...guide() },
  import_received: { min: 1, max: 5, ...guide() },
  inspection: { min: 2, max: 10, ...guide() },
  delay: { min: 3, max: 14, ...guide() },
  // Mostly up to the buyer: counted from the payment request.
  action_required: { min: 1, max: 10, ...guide() },
  released: { min: 1, max: 4, ...guide() },
  returned: { min: 0, max: 0, ...guide() },
};

/**
 * No carrier or customs office publishes per-stage norms (knowledge-2026.md DUR1): these are our heuristic,
 * shown as "usually" and never as a deadline. Related hard numbers: Royal Mail keeps an item with a
 * customs charge 21 days, PostNL gives two weeks to supply data, some customs say a control "may take up
 * to 21 days".
 */
function guide(): Sourced {
  return {
    source:
      'Customs Lens heuristic from buyer guides on AliExpress customs statuses ("usually moves again within a week"); ' +
      'no published per-stage norm exists (knowledge-2026.md DUR1)',
    asOf: '2026-11-25',
    confidence: 'unverified',
  };
}

export type PeakId = 'singles_day' | 'black_friday' | 'chinese_new_year';

export type PeakWindow = { id: PeakId; start: Date; end: Date; extraDays: number };

/**
 * The dates are right (Black Friday rule, 11.11, the nine Chinese New Year dates cross-checked against public
 * lunar tables: knowledge-2026.md DUR2/DUR3); the extra days each season adds are our heuristic, so the
 * whole entry stays unverified.
 */
export const PEAK_SOURCE: Sourced = {
  source:
    'Cainiao/AliExpress seasonal shipping notices (11.11 and Chinese New Year); CNY dates: Hong Kong Observatory lunar ' +
    'calendar, cross-checked with public lunar tables; extra days per season: Customs Lens heuristic',
  asOf: '2026-11-25',
  confidence: 'unverified',
};

/** First day of Chinese New Year (Gregorian), from the lunar calendar tables. */
export const CHINESE_NEW_YEAR: Readonly<Record<number, string>> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
};

const DAY = 86_400_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Black Friday: the day after the fourth Thursday of November. */
export function blackFriday(year: number): Date {
  const nov1 = utc(year, 11, 1).getUTCDay();
  const firstThursday = 1 + ((4 - nov1 + 7) % 7);
  return utc(year, 11, firstThursday + 21 + 1);
}

/** Peak windows that touch the given year (a window starting the year before may still be running). */
export function peakWindows(year: number): PeakWindow[] {
  const windows: PeakWindow[] = [];
  for (const y of [year - 1, year]) {
    windows.push({ id: 'singles_day', start: utc(y, 11, 11), end: utc(y + 1, 1, 15), extraDays: 5 });
    const bf = blackFriday(y);
    windows.push({ id: 'black_friday', start: bf, end: new Date(bf.getTime() + 21 * DAY), extraDays: 3 });
    const cny = CHINESE_NEW_YEAR[y];
    if (cny) {
      const start = new Date(Date.parse(`${cny}T00:00:00Z`) - 7 * DAY);
      windows.push({ id: 'chinese_new_year', start, end: new Date(start.getTime() + 28 * DAY), extraDays: 7 });
    }
  }
  return windows;
}

/** The peak windows a date falls in, most extra days first. */
export function activePeaks(date: Date): PeakWindow[] {
  const t = date.getTime();
  return peakWindows(date.getUTCFullYear())
    .filter((w) => t >= w.start.getTime() && t <= w.end.getTime())
    .sort((a, b) => b.extraDays - a.extraDays);
}

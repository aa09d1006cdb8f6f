/**
 * Dates of tracking events as AliExpress storefronts print them: "Jul 18, 17:05 (GMT-6)" (the real
 * tracking page: no year, 24-hour clock, the viewer's UTC offset), "Dec 24, 11:59 EST",
 * "2026-11-20 09:12:33", "2026/11/20", "20.11.2026 09:12", "20/11/2026", "Nov 20, 2026 09:12",
 * "20 nov. 2026", "14 ene, 2025", "20 de noviembre de 2026", "20 listopada 2026", "20 בנובמבר 2026".
 *
 * The result is an ISO 8601 date-time. It carries an explicit offset ("2024-07-18T17:05:00-06:00")
 * when the page prints one ("(GMT-6)", "GMT+5:30", "UTC-3", an unambiguous abbreviation such as "EST")
 * or when the caller says which offset zone-less times are in (`viewerOffset`: AliExpress prints times
 * in the viewer's zone, which only the browser knows). Without either it has no zone. A missing year is
 * the latest one that puts the date no more than a day after `now`, the same in every time zone.
 * Pure: no DOM, and nothing here reads the computer's own time zone.
 */

/** Full month names in the storefronts' languages (lower-case; Polish and Russian in the genitive dates use). */
const MONTH_NAMES: string[][] = [
  [
    'january',
    'enero',
    'janvier',
    'januar',
    'jänner',
    'janeiro',
    'stycznia',
    'gennaio',
    'januari',
    'ינואר',
    'января',
    'ocak',
  ],
  [
    'february',
    'febrero',
    'février',
    'februar',
    'fevereiro',
    'lutego',
    'febbraio',
    'februari',
    'פברואר',
    'февраля',
    'şubat',
  ],
  ['march', 'marzo', 'mars', 'märz', 'março', 'marca', 'maart', 'מרץ', 'марта', 'mart'],
  ['april', 'abril', 'avril', 'kwietnia', 'aprile', 'אפריל', 'апреля', 'nisan'],
  ['may', 'mayo', 'mai', 'maio', 'maja', 'maggio', 'mei', 'מאי', 'мая', 'mayıs'],
  ['june', 'junio', 'juin', 'juni', 'junho', 'czerwca', 'giugno', 'יוני', 'июня', 'haziran'],
  ['july', 'julio', 'juillet', 'juli', 'julho', 'lipca', 'luglio', 'יולי', 'июля', 'temmuz'],
  ['august', 'agosto', 'août', 'sierpnia', 'augustus', 'אוגוסט', 'августа', 'ağustos'],
  [
    'september',
    'septiembre',
    'setiembre',
    'septembre',
    'setembro',
    'września',
    'settembre',
    'ספטמבר',
    'сентября',
    'eylül',
  ],
  ['october', 'octubre', 'octobre', 'oktober', 'outubro', 'października', 'ottobre', 'אוקטובר', 'октября', 'ekim'],
  ['november', 'noviembre', 'novembre', 'novembro', 'listopada', 'נובמבר', 'ноября', 'kasım'],
  ['december', 'diciembre', 'décembre', 'dezember', 'dezembro', 'grudnia', 'dicembre', 'דצמבר', 'декабря', 'aralık'],
];

/**
 * The month a word names: a full name or an abbreviation of at least three letters ("nov", "sept.",
 * "févr."). "Mayor" or "Market" are not months, so a street or a place is never read as a date.
 */
function monthOf(word: string): number | null {
  let lower = word.toLowerCase().replace(/\.$/, '');
  if (/^ב[\u05d0-\u05ea]{3}/.test(lower)) lower = lower.slice(1); // Hebrew "בנובמבר" = "in November"
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((names) => names.some((name) => name.startsWith(lower)));
  return index >= 0 ? index + 1 : null;
}

const TIME = String.raw`(?:,?\s*(?:à|um|o|at|às|a las|alle|в)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?`;
const WORD = String.raw`([\p{L}]{3,12}\.?)`;

/**
 * Offsets of the zone abbreviations that name one offset only. "CST" (US Central or China), "IST"
 * (India, Israel, Ireland) and "BST" name several and are not read: a wrong offset is worse than none.
 */
const ABBREVIATIONS: Record<string, number> = {
  EST: -300,
  EDT: -240,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  WET: 0,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  BRT: -180,
  ART: -180,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

/** The zone printed after a time: "(GMT-6)", "GMT+5:30", "UTC-03:00", "(GMT)", "EST". */
const ZONE = String.raw`(?:\s*\(?\s*(?:(GMT|UTC)(?:\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?)?|(${Object.keys(ABBREVIATIONS).join('|')}))(?![\p{L}])\s*\)?)?`;

const NUMERIC_YMD = new RegExp(String.raw`(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)${TIME}${ZONE}`, 'iu');
const NUMERIC_DMY = new RegExp(String.raw`(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)${TIME}${ZONE}`, 'iu');
/** "20 nov. 2026", "20. November 2026", "20 de noviembre de 2026", "14 ene, 2025", "20 בנובמבר 2026", year optional. */
const DAY_MONTH = new RegExp(
  String.raw`(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?${WORD}(?:,?\s+(?:de\s+)?(\d{4}))?(?!\d)${TIME}${ZONE}`,
  'iu',
);
/** "Nov 20, 2026 09:12", "Jul 18, 17:05 (GMT-6)", "November 20 09:12", year optional. */
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}])${WORD}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?!\d)${TIME}${ZONE}`,
  'iu',
);

/** Wall-clock date and time as printed (month 1–12). */
export type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

export type DateOptions = {
  /** Reading "03/04/2026" month first (United States storefront). Day first otherwise. */
  monthFirst?: boolean;
  /** Fills in a missing year: the latest year that does not put the date more than a day in the future. */
  now?: Date;
  /**
   * The offset from UTC, in minutes east, of times printed without a zone: AliExpress prints them in
   * the viewer's zone. A function gets the wall time (offsets change with summer time). Without it,
   * zone-less times stay zone-less.
   */
  viewerOffset?: number | ((wall: WallTime) => number);
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "+05:30", "-06:00", "+00:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The printed zone as minutes east of UTC, undefined when none was printed, null when unreadable. */
function zoneOffset(zone: Array<string | undefined>): number | undefined | null {
  const [universal, sign, hours, minutes, abbreviation] = zone;
  if (abbreviation) return ABBREVIATIONS[abbreviation.toUpperCase()] ?? null;
  if (!universal) return undefined;
  if (hours === undefined) return 0;
  const h = Number(hours);
  const m = minutes ? Number(minutes) : 0;
  if (h > 14 || m > 59) return null;
  return (sign === '-' || sign === '\u2212' ? -1 : 1) * (h * 60 + m);
}

function build(
  year: number | undefined,
  month: number,
  day: number,
  time: Array<string | undefined>,
  options: DateOptions,
  printedZone?: number,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let hour = time[0] ? Number(time[0]) : 0;
  const minute = time[1] ? Number(time[1]) : 0;
  const second = time[2] ? Number(time[2]) : 0;
  const meridiem = time[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offsetAt = (y: number): number | undefined => {
    if (printedZone !== undefined) return printedZone;
    const viewer = options.viewerOffset;
    return typeof viewer === 'function' ? viewer({ year: y, month, day, hour, minute }) : viewer;
  };
  let y = year;
  if (y === undefined) {
    // A tracking event is never in the future: "Dec 30" seen on January 2nd is last year's. The latest
    // year that keeps the instant within a day of now, whatever zone this code runs in.
    const now = (options.now ?? new Date()).getTime();
    const start = new Date(now).getUTCFullYear() + 1;
    for (y = start; y > start - 3; y--) {
      const instant = Date.UTC(y, month - 1, day, hour, minute, second) - (offsetAt(y) ?? 0) * 60_000;
      if (instant <= now + 86_400_000) break;
    }
  }
  if (y < 2000 || y > 2100) return null;
  const check = new Date(Date.UTC(y, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  const offset = offsetAt(y);
  const zone = offset === undefined || !Number.isFinite(offset) ? '' : formatOffset(offset);
  return `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
}

export type FoundDate = { time: string; index: number; length: number };

/** The time part (4 groups) and the zone part (5 groups) of a match from `start`. */
function timeAndZone(m: RegExpExecArray, start: number): { time: Array<string | undefined>; zone?: number } | null {
  const time = m.slice(start, start + 4);
  const zone = zoneOffset(m.slice(start + 4, start + 9));
  if (zone === null) return null;
  // A zone means something only after a time of day.
  return zone === undefined || time[0] === undefined ? { time } : { time, zone };
}

/** The first date (with its time, when given) in a text, and where it is. */
export function findDate(text: string, options: DateOptions = {}): FoundDate | null {
  const candidates: FoundDate[] = [];
  const add = (m: RegExpExecArray, time: string | null) => {
    if (time) candidates.push({ time, index: m.index, length: m[0].length });
  };
  const ymd = NUMERIC_YMD.exec(text);
  const ymdParts = ymd && timeAndZone(ymd, 4);
  if (ymd && ymdParts) {
    add(ymd, build(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ymdParts.time, options, ymdParts.zone));
  }
  const dmy = NUMERIC_DMY.exec(text);
  const dmyParts = dmy && timeAndZone(dmy, 4);
  if (dmy && dmyParts) {
    let a = Number(dmy[1]);
    let b = Number(dmy[2]);
    // Day first unless told otherwise or impossible ("11/20/2026" can only be month first).
    if ((options.monthFirst && a <= 12) || b > 12) [a, b] = [b, a];
    add(dmy, build(Number(dmy[3]), b, a, dmyParts.time, options, dmyParts.zone));
  }
  const dm = DAY_MONTH.exec(text);
  const dmMonth = dm?.[2] ? monthOf(dm[2]) : null;
  const dmParts = dm && timeAndZone(dm, 4);
  if (dm && dmMonth && dmParts) {
    add(dm, build(dm[3] ? Number(dm[3]) : undefined, dmMonth, Number(dm[1]), dmParts.time, options, dmParts.zone));
  }
  const md = MONTH_DAY.exec(text);
  const mdMonth = md?.[1] ? monthOf(md[1]) : null;
  const mdParts = md && timeAndZone(md, 4);
  if (md && mdMonth && mdParts) {
    add(md, build(md[3] ? Number(md[3]) : undefined, mdMonth, Number(md[2]), mdParts.time, options, mdParts.zone));
  }
  candidates.sort((x, y) => x.index - y.index || y.length - x.length);
  return candidates[0] ?? null;
}

/** The date-time of a text (ISO 8601, with its offset when known), or null. */
export function parseEventTime(text: string, options: DateOptions = {}): string | null {
  return findDate(text, options)?.time ?? null;
}

/**
 * Splits "2026-11-12 11:30 Departed from departure country/region" into its time and the rest, for
 * pages that print an event on one line. The rest is the text without the date.
 */
export function splitDate(text: string, options: DateOptions = {}): { time: string | null; rest: string } {
  const found = findDate(text, options);
  if (!found) return { time: null, rest: text.trim() };
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found.length)}`
    .replace(/^[\s,;:|·•–-]+|[\s,;:|·•–-]+$/g, '')
    .replace(/\s{2,}/g, ' ');
  return { time: found.time, rest };
}

/** True when a text is essentially a date (a timeline's time column), not an event with a date in it. */
export function isDateOnly(text: string, options: DateOptions = {}): boolean {
  const { time, rest } = splitDate(text, options);
  return time !== null && rest.replace(/[\p{P}\s]/gu, '').length <= 3;
}

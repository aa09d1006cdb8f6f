/**
 * Dates of tracking events as AliExpress storefronts print them: "2026-11-20 09:12:33", "2026/11/20",
 * "20.11.2026 09:12", "20/11/2026", "Nov 20, 2026 09:12", "20 nov. 2026", "20 de noviembre de 2026",
 * "20 listopada 2026", "20 בנובמבר 2026", with or without a year. The result is a local ISO date-time
 * without a zone (TrackingEvent.time: read as the destination's local time).
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

const NUMERIC_YMD = new RegExp(String.raw`(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)${TIME}`, 'iu');
const NUMERIC_DMY = new RegExp(String.raw`(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)${TIME}`, 'iu');
/** "20 nov. 2026", "20. November 2026", "20 de noviembre de 2026", "20 בנובמבר 2026", year optional. */
const DAY_MONTH = new RegExp(
  String.raw`(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?${WORD}(?:\s+(?:de\s+)?(\d{4}))?(?!\d)${TIME}`,
  'iu',
);
/** "Nov 20, 2026 09:12", "November 20 09:12", year optional. */
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}])${WORD}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?!\d)${TIME}`,
  'iu',
);

export type DateOptions = {
  /** Reading "03/04/2026" month first (United States storefront). Day first otherwise. */
  monthFirst?: boolean;
  /** Fills in a missing year: the latest year that does not put the date more than a day in the future. */
  now?: Date;
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function build(
  year: number | undefined,
  month: number,
  day: number,
  time: Array<string | undefined>,
  options: DateOptions,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let hour = time[0] ? Number(time[0]) : 0;
  const minute = time[1] ? Number(time[1]) : 0;
  const second = time[2] ? Number(time[2]) : 0;
  const meridiem = time[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let y = year;
  if (y === undefined) {
    const now = options.now ?? new Date();
    y = now.getFullYear();
    // A tracking event is never in the future: "Dec 30" seen on January 2nd is last year's.
    if (Date.UTC(y, month - 1, day) > now.getTime() + 86_400_000) y -= 1;
  }
  if (y < 2000 || y > 2100) return null;
  const check = new Date(Date.UTC(y, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

export type FoundDate = { time: string; index: number; length: number };

/** The first date (with its time, when given) in a text, and where it is. */
export function findDate(text: string, options: DateOptions = {}): FoundDate | null {
  const candidates: FoundDate[] = [];
  const ymd = NUMERIC_YMD.exec(text);
  if (ymd) {
    const time = build(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ymd.slice(4), options);
    if (time) candidates.push({ time, index: ymd.index, length: ymd[0].length });
  }
  const dmy = NUMERIC_DMY.exec(text);
  if (dmy) {
    let a = Number(dmy[1]);
    let b = Number(dmy[2]);
    // Day first unless told otherwise or impossible ("11/20/2026" can only be month first).
    if ((options.monthFirst && a <= 12) || b > 12) [a, b] = [b, a];
    const time = build(Number(dmy[3]), b, a, dmy.slice(4), options);
    if (time) candidates.push({ time, index: dmy.index, length: dmy[0].length });
  }
  const dm = DAY_MONTH.exec(text);
  const dmMonth = dm?.[2] ? monthOf(dm[2]) : null;
  if (dm && dmMonth) {
    const time = build(dm[3] ? Number(dm[3]) : undefined, dmMonth, Number(dm[1]), dm.slice(4), options);
    if (time) candidates.push({ time, index: dm.index, length: dm[0].length });
  }
  const md = MONTH_DAY.exec(text);
  const mdMonth = md?.[1] ? monthOf(md[1]) : null;
  if (md && mdMonth) {
    const time = build(md[3] ? Number(md[3]) : undefined, mdMonth, Number(md[2]), md.slice(4), options);
    if (time) candidates.push({ time, index: md.index, length: md[0].length });
  }
  candidates.sort((x, y) => x.index - y.index || y.length - x.length);
  return candidates[0] ?? null;
}

/** The date-time of a text, or null. */
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

/**
 * Recognise parcel tracking numbers: which network issued one (Cainiao, a UPU postal number, 4PX,
 * YunExpress, Yanwen, a local carrier), whether it is well formed, and find them in free text.
 */
import { CARRIER_FORMATS, CHINA_POST_S10, type TrackingKind } from './knowledge/carriers.ts';

export type ParsedTrackingNumber = {
  number: string;
  kind: TrackingKind;
  valid: boolean;
  carrierName?: string;
  originCountry?: string;
};

const S10 = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** UPU S10 check digit of the 8 serial digits: 11 − (weighted sum mod 11), with 10 → 0 and 11 → 5. */
export function s10CheckDigit(serial: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * (S10_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** Upper case without spaces, dashes or dots: how people paste numbers is not part of them. */
export function normalizeTrackingNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-.\u00a0]/g, '');
}

// A last-mile number: long enough and mixing no odd characters (local posts, couriers).
const LOCAL = /^[A-Z0-9]{10,34}$/;

/**
 * Shapes shown on real AliExpress tracking pages that the carrier table does not name (see
 * ../shared/reference/aliexpress-pages.md "Tracking-number formats"): Cainiao's "CNUSUP" + 11 digits
 * (United States lines), "SWX" + 18 digits ("AliExpress Selection Standard Fast for Special Goods",
 * a Cainiao line), and the 30- or 34-digit USPS Intelligent Mail package barcode ("420" + ZIP or ZIP+4 +
 * a 22-digit barcode) that replaces Cainiao's number once USPS has the parcel.
 */
const PAGE_FORMATS: ReadonlyArray<{
  pattern: RegExp;
  kind: TrackingKind;
  carrierName: string;
  originCountry?: string;
}> = [
  { pattern: /^CNUSUP\d{11}$/, kind: 'cainiao', carrierName: 'Cainiao', originCountry: 'CN' },
  { pattern: /^SWX\d{18}$/, kind: 'cainiao', carrierName: 'Cainiao', originCountry: 'CN' },
  { pattern: /^420(?:\d{5}|\d{9})9[1-5]\d{20}$/, kind: 'last_mile', carrierName: 'USPS' },
];

export function parseTrackingNumber(raw: string): ParsedTrackingNumber {
  const number = normalizeTrackingNumber(raw);
  for (const format of [...CARRIER_FORMATS, ...PAGE_FORMATS]) {
    if (format.pattern.test(number)) {
      const parsed: ParsedTrackingNumber = { number, kind: format.kind, valid: true, carrierName: format.carrierName };
      if (format.originCountry) parsed.originCountry = format.originCountry;
      return parsed;
    }
  }
  const s10 = S10.exec(number);
  if (s10) {
    const [, , serial = '', check = '', country = ''] = s10;
    const valid = s10CheckDigit(serial) === Number(check);
    if (CHINA_POST_S10.test(number)) {
      return { number, kind: 'china_post', valid, carrierName: 'China Post', originCountry: 'CN' };
    }
    return { number, kind: 'upu_s10', valid, originCountry: country };
  }
  if (LOCAL.test(number) && /\d{6}/.test(number)) return { number, kind: 'last_mile', valid: true };
  return { number, kind: 'unknown', valid: false };
}

// Candidates in free text: runs of 9–40 letters and digits, kept only when they parse as a known format.
const CANDIDATE = /(?<![A-Z0-9])[A-Z0-9]{9,40}(?![A-Z0-9])/gi;

/**
 * Tracking numbers found in a text, without duplicates. Only recognised formats count: a bare run of
 * digits could as well be an AliExpress order id (16 digits), so last-mile shapes are not reported here.
 */
export function findTrackingNumbers(text: string): string[] {
  const found = new Set<string>();
  for (const [candidate] of text.normalize('NFKC').matchAll(CANDIDATE)) {
    const parsed = parseTrackingNumber(candidate);
    // A named last-mile shape (USPS's barcode) is as specific as a Cainiao one.
    const known = parsed.kind !== 'last_mile' || parsed.carrierName !== undefined;
    if (parsed.valid && known && parsed.kind !== 'unknown') found.add(parsed.number);
  }
  return [...found];
}

/**
 * "Tracking number" in the storefronts' languages, as the tracking page labels its number ("Tracking
 * number:LP…", Korean "운송장 번호"). Only English and Korean are seen on real pages; the others are the
 * storefronts' usual words.
 */
const TRACKING_LABEL =
  /(?:tracking\s*(?:number|no\.?|code)|운송장\s*번호|número\s*de\s*(?:seguimiento|rastreo|rastreio|rastreamento)|código\s*de\s*rastreio|numéro\s*de\s*suivi|sendungsnummer|trackingnummer|numer\s*(?:przesyłki|śledzenia)|מספר\s*מעקב|трек-?\s*номер|numero\s*di\s*(?:tracciamento|spedizione)|追跡番号|takip\s*numarası)\s*[:：]?\s*([A-Z0-9]{8,34})(?![A-Z0-9])/giu;

/**
 * Numbers the page itself labels as tracking numbers, in page order, whatever their shape: a page's own
 * label is proof enough, so last-mile numbers (a 12-digit Korean CJ number, a USPS barcode) count too.
 */
export function labelledTrackingNumbers(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.normalize('NFKC').matchAll(TRACKING_LABEL)) {
    const parsed = parseTrackingNumber(m[1] ?? '');
    if (parsed.kind !== 'unknown' && (parsed.valid || parsed.kind === 'upu_s10')) found.add(parsed.number);
  }
  return [...found];
}

/**
 * Where in its journey an event puts the parcel — still in the origin country, departed from it, or
 * arrived at the destination — and whether a customs event names its side. AliExpress prints the same
 * "Customs clearance started / complete" (title "Customs update") for export clearance in China and for
 * import clearance at home (aliexpress-pages.md, AliHelper data: export before "Leaving from departure
 * country/region", import after it), so the timeline decides a generic customs event by its position.
 */
import { isLastMileEvent } from './classify-last-mile.ts';
import { normalizeStatusText } from './normalize-text.ts';

export type JourneyPhase = 'origin' | 'departed' | 'destination';

/** Cainiao action codes with a known place in the journey (reference trackers README, fixtures). */
const CODE_PHASE: Array<[RegExp, JourneyPhase]> = [
  [/^(?:SC_TRANS_|LH_HO_AIRLINE|LH_DEPART|LH_TRANSIT)/, 'departed'],
  [/^(?:GWMS_|SC_|PU_|LH_HO_IN|CW_)/, 'origin'],
  [/^(?:LH_ARRIVE|CC_IM_|CC_HO_|GTMS_|GSTA_)/, 'destination'],
];

// English as AliExpress and Cainiao print it (aliexpress-pages.md lists of real node descriptions),
// written as normalizeStatusText leaves it: lower case, "/" and "-" turned into spaces.
const ORIGIN = [
  'warehouse',
  'consolidation',
  'consolodation',
  'departure country (?:region )?sorting center',
  'departure transport hub',
  'sorting center of origin',
  'origin sorting',
  'handed over to line ?haul',
  'received by logistics company',
  'received by carrier',
  'picked up by carrier',
  'awaiting flight',
  'being prepared',
];
const DEPARTED = [
  'leaving from departure country',
  'left (?:from )?(?:the )?departure country(?: region)?(?! (?:region )?sorting)',
  'departed from departure country(?: region)?(?! (?:region )?sorting)',
  'departed from (?:the )?country of origin',
  'leaving origin country',
  'left origin country',
  'flight departure',
  'hand(?:ed)? over to airline',
  'arrived in transit country',
];
const DESTINATION = [
  'arrived (?:at|in) (?:the )?destination country',
  'destination country (?:region )?sorting center',
  'sorting center in destination country',
  'arrived at local airport',
  'arrived at destination airport',
  'arrived at destination',
];

const DEPARTED_RE = new RegExp(DEPARTED.join('|'));
const DESTINATION_RE = new RegExp(DESTINATION.join('|'));
const ORIGIN_RE = new RegExp(ORIGIN.join('|'));

/** The journey phase an event proves, or null when it proves none. */
export function journeyPhase(text: string, code?: string): JourneyPhase | null {
  const c = code?.trim();
  if (c) for (const [pattern, phase] of CODE_PHASE) if (pattern.test(c)) return phase;
  const t = normalizeStatusText(text);
  if (DESTINATION_RE.test(t) || isLastMileEvent(text, code)) return 'destination';
  if (DEPARTED_RE.test(t)) return 'departed';
  if (ORIGIN_RE.test(t)) return 'origin';
  return null;
}

/**
 * Words that make a customs event explicitly about import, in the storefront and tracker languages
 * (Cainiao's CC_IM_ codes too). Without one, "customs clearance complete" may be either side.
 */
const IMPORT_WORD =
  /\bimport|\bimporta(?:ção|cao|ción|cion|zione|tion)|einfuhr|\binvoer|\bithalat|nhập khẩu|נמל יבוא|יבוא|импорт|ввоз|수입|輸入|进口|進口|นำเข้า|استيراد|destination customs|customs of destination|arrived at customs/;

export function namesImport(text: string, code?: string): boolean {
  if (code && /^CC_IM_/.test(code.trim())) return true;
  return IMPORT_WORD.test(normalizeStatusText(text));
}

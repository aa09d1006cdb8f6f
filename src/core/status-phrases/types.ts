/**
 * The shape of a language's status vocabulary. Real statuses are phrased in endless ways ("Import customs
 * clearance started", "Arrived at customs", "Customs: clearance in progress"), so a language mostly gives
 * *concept words* — customs, export, completed, delayed… — and classify-status combines them. Whole
 * idioms that carry no concept word (AliExpress' "We're inspecting your order") go in `idioms`.
 *
 * Patterns are regular-expression sources matched against normalizeStatusText output: lowercase, accents
 * removed from Latin/Greek/Cyrillic letters (so write "importacion", "zollabfertigung", "gumruk",
 * "тамож"), words separated by single spaces, no punctuation except apostrophes. Use \b only around
 * ASCII words; for other scripts match stems, which also catches attached prefixes (Hebrew "מהמכס").
 * Patterns are compiled without the `u` flag (it makes matching slower), so no \p{…} classes.
 */
import type { Stage } from '../stages.ts';

export const CONCEPTS = [
  /** Names customs or customs clearance. Nearly every rule needs one. */
  'customs',
  /** Import duties or taxes: enough, with `pay`, to ask the buyer for money even without "customs". */
  'duties',
  'import',
  'export',
  'started',
  /** Ongoing work: "in progress", "processing". */
  'processing',
  'arrived',
  'completed',
  /** The parcel left customs ("departed from customs", "out of customs"). */
  'left',
  'delayed',
  /** Exceptions and failures: still a delay from the buyer's side until something else happens. */
  'problem',
  'inspecting',
  'held',
  'pay',
  'documents',
  'returned',
  'seized',
  /** Paperwork that is not a clearance event ("customs declaration received"). */
  'declaration',
  /** "…will be returned", "otherwise": a threat of return is still a request to act. */
  'warning',
] as const;

export type Concept = (typeof CONCEPTS)[number];

/** Writing systems; a text is only tested against the tables of the scripts it contains. */
export type Script = 'latin' | 'cyrillic' | 'hebrew' | 'arabic' | 'thai' | 'cjk' | 'hangul';

export type PhraseTable = {
  /** Language code (ISO 639-1) of the tracking texts. */
  lang: string;
  script: Script;
  /** Regex sources per concept; a language leaves out concepts it has no good words for. */
  concepts: Partial<Record<Concept, readonly string[]>>;
  /**
   * Whole phrases that mean a stage by themselves, or `null` for a phrase that is not a status at all (a
   * bare category title such as AliExpress' "Customs update"). Checked before concepts.
   */
  idioms?: ReadonlyArray<readonly [pattern: string, stage: Stage | null]>;
  /**
   * "Nothing to pay" wording: taxes prepaid at origin or checkout, exempt, already paid, no duties due.
   * Checked before the idioms and the concepts: a text that says it is never read as a request to pay
   * (its `pay` words are ignored, and no `action_required` idiom applies to it).
   */
  nothingToPay?: readonly string[];
};

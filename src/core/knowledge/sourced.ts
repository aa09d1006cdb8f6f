/**
 * What every knowledge-table entry carries: where the fact comes from, as of when, and whether it was
 * checked against a primary or official source. Advice built on an unverified fact says so ("cautious").
 */
export type Confidence = 'confirmed' | 'unverified';

export type Sourced = {
  /** URL, or a citation precise enough to find the document. */
  source: string;
  /** ISO date (YYYY-MM-DD) the fact was true or checked. */
  asOf: string;
  confidence: Confidence;
};

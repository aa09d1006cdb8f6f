/**
 * The first pass over what the page shows: the short visible texts that may be customs statuses, by the
 * cheap trigger (core/customs-trigger.ts) alone. Works from text alone so an AliExpress redesign cannot
 * break it. The classifier's tables are not here: the panel module classifies these candidates (and
 * usually keeps all of them), so a page that never shows a customs word never loads them. A scan can run
 * in slices (`step`), so the first look at a heavy page never holds the page up for long.
 */
import { mayBeCustoms } from '../../core/customs-trigger.ts';
import { textWalk } from './page-text.ts';

export const MAX_STATUS_LENGTH = 300;

/** A text that may be a customs status, and the node that shows it. */
export type Candidate = { text: string; node: Text };

export type CandidateScan = {
  /** Scans on until `until` (a performance.now() time): the candidates when done, else null. */
  step(until: number): Candidate[] | null;
};

/**
 * What each text node said and whether it may be a status, at the last scan. A single-page app re-renders
 * a few nodes at a time, so a rescan looks again only at the texts that changed.
 */
let verdicts = new WeakMap<Text, { raw: string; hit: boolean }>();
let verdictsLang: string | undefined;

export function startCandidateScan(root: Node, lang?: string): CandidateScan {
  const found: Candidate[] = [];
  if (lang !== verdictsLang) {
    verdicts = new WeakMap();
    verdictsLang = lang;
  }
  const walk = textWalk(root, MAX_STATUS_LENGTH);
  const visit = (raw: string, node: Text) => {
    const known = verdicts.get(node);
    let hit: boolean;
    if (known?.raw === raw) hit = known.hit;
    else {
      const text = raw.trim();
      hit = text.length >= 3 && text.length <= MAX_STATUS_LENGTH && mayBeCustoms(text, lang);
      verdicts.set(node, { raw, hit });
    }
    if (hit) found.push({ text: raw.trim(), node });
  };
  return { step: (until) => (walk.run(visit, until) ? found : null) };
}

export function findCandidates(root: Node, lang?: string): Candidate[] {
  return startCandidateScan(root, lang).step(Number.POSITIVE_INFINITY) ?? [];
}

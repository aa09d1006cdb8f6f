/**
 * The first pass over what the page shows: the short visible texts that may be customs statuses, by the
 * cheap trigger (core/customs-trigger.ts) alone. Works from text alone so an AliExpress redesign cannot
 * break it. The classifier's tables are not here: the panel module classifies these candidates (and
 * usually keeps all of them), so a page that never shows a customs word never loads them. A scan can run
 * in slices (`step`), so the first look at a heavy page never holds the page up for long.
 */
import { mayBeCustoms } from '../../core/customs-trigger.ts';
import { SKIP, type TextWalk, textWalk } from './page-text.ts';

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

/**
 * Scans `roots` (the page body, or only what changed since the last scan: elements or text nodes) for
 * candidates, in slices.
 */
export function startCandidateScan(roots: readonly Node[], lang?: string): CandidateScan {
  const found: Candidate[] = [];
  if (lang !== verdictsLang) {
    verdicts = new WeakMap();
    verdictsLang = lang;
  }
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
  let next = 0;
  let walk: TextWalk | undefined;
  return {
    step(until) {
      for (;;) {
        if (!walk) {
          const root = roots[next++];
          if (!root) return found;
          if (root instanceof Text) {
            const parent = root.parentElement;
            if (parent && !SKIP.has(parent.tagName) && root.data.length <= MAX_STATUS_LENGTH * 2)
              visit(root.data, root);
            continue;
          }
          walk = textWalk(root, MAX_STATUS_LENGTH);
        }
        if (!walk.run(visit, until)) return null;
        walk = undefined;
      }
    },
  };
}

export function findCandidates(root: Node, lang?: string): Candidate[] {
  return startCandidateScan([root], lang).step(Number.POSITIVE_INFINITY) ?? [];
}

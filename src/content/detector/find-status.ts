/**
 * Finds customs statuses in what the page shows: classifies the short visible texts of the page. Works
 * from text alone so an AliExpress redesign cannot break it. A scan can run in slices (`step`), so the
 * first look at a heavy page never holds the page up for long.
 */
import { classifyStatus } from '../../core/classify-status.ts';
import type { Stage } from '../../core/stages.ts';
import { textWalk } from './page-text.ts';

const MAX_STATUS_LENGTH = 300;

export type FoundStatus = { stage: Stage; text: string; node: Text };

export type StatusScan = {
  /** Scans on until `until` (a performance.now() time): the statuses when done, else null. */
  step(until: number): FoundStatus[] | null;
};

/**
 * What each text node said and meant at the last scan. A single-page app re-renders a few nodes at a
 * time, so a rescan classifies only the texts that changed (classifying is most of a scan's cost).
 */
let verdicts = new WeakMap<Text, { raw: string; stage: Stage | null }>();
let verdictsLang: string | undefined;

export function startStatusScan(root: Node, lang?: string): StatusScan {
  const found: FoundStatus[] = [];
  const options = lang ? { lang } : undefined;
  if (lang !== verdictsLang) {
    verdicts = new WeakMap();
    verdictsLang = lang;
  }
  const walk = textWalk(root, MAX_STATUS_LENGTH);
  const visit = (raw: string, node: Text) => {
    const known = verdicts.get(node);
    let stage: Stage | null;
    if (known?.raw === raw) stage = known.stage;
    else {
      const text = raw.trim();
      stage = text.length >= 3 && text.length <= MAX_STATUS_LENGTH ? classifyStatus(text, options) : null;
      verdicts.set(node, { raw, stage });
    }
    if (stage) found.push({ stage, text: raw.trim(), node });
  };
  return { step: (until) => (walk.run(visit, until) ? found : null) };
}

export function findStatuses(root: Node, lang?: string): FoundStatus[] {
  return startStatusScan(root, lang).step(Number.POSITIVE_INFINITY) ?? [];
}

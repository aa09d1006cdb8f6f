/**
 * Finds customs statuses in what the page shows: classifies the short visible texts of the page. Works
 * from text alone so an AliExpress redesign cannot break it. A scan can run in slices (`step`), so the
 * first look at a heavy page never holds the page up for long.
 */
import { classifyStatus } from '../core/classify-status.ts';
import type { Stage } from '../core/stages.ts';
import { textWalk } from './page-text.ts';

const MAX_STATUS_LENGTH = 300;

export type FoundStatus = { stage: Stage; text: string; node: Text };

export type StatusScan = {
  /** Scans on until `until` (a performance.now() time): the statuses when done, else null. */
  step(until: number): FoundStatus[] | null;
};

export function startStatusScan(root: Node, lang?: string): StatusScan {
  const found: FoundStatus[] = [];
  const options = lang ? { lang } : undefined;
  const walk = textWalk(root, MAX_STATUS_LENGTH);
  const visit = (raw: string, node: Text) => {
    const text = raw.trim();
    if (text.length < 3 || text.length > MAX_STATUS_LENGTH) return;
    const stage = classifyStatus(text, options);
    if (stage) found.push({ stage, text, node });
  };
  return { step: (until) => (walk.run(visit, until) ? found : null) };
}

export function findStatuses(root: Node, lang?: string): FoundStatus[] {
  return startStatusScan(root, lang).step(Number.POSITIVE_INFINITY) ?? [];
}

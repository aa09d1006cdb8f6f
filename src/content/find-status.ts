/**
 * Finds customs statuses in what the page shows: classifies the short visible texts of the page. Works
 * from text alone so an AliExpress redesign cannot break it.
 */
import { classifyStatus } from '../core/classify-status.ts';
import type { Stage } from '../core/stages.ts';
import { forEachText } from './page-text.ts';

const MAX_STATUS_LENGTH = 300;

export type FoundStatus = { stage: Stage; text: string; node: Text };

export function findStatuses(root: Node, lang?: string): FoundStatus[] {
  const found: FoundStatus[] = [];
  const options = lang ? { lang } : undefined;
  forEachText(root, MAX_STATUS_LENGTH, (raw, node) => {
    const text = raw.trim();
    if (text.length < 3 || text.length > MAX_STATUS_LENGTH) return;
    const stage = classifyStatus(text, options);
    if (stage) found.push({ stage, text, node });
  });
  return found;
}

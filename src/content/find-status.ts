/**
 * Finds customs statuses in what the page shows: walks visible text nodes (not scripts, styles or our
 * own panel) and classifies short texts. Works from text alone so an AliExpress redesign cannot break it.
 */
import { classifyStatus } from '../core/classify-status.ts';
import type { Stage } from '../core/stages.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SVG']);
const MAX_STATUS_LENGTH = 300;

export type FoundStatus = { stage: Stage; text: string; node: Text };

export function findStatuses(root: Node, lang?: string): FoundStatus[] {
  const found: FoundStatus[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName.toUpperCase()) || parent.closest('[data-customs-lens]')) {
        return NodeFilter.FILTER_REJECT;
      }
      const length = node.nodeValue?.length ?? 0;
      return length > 2 && length <= MAX_STATUS_LENGTH ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    const stage = classifyStatus(text, lang ? { lang } : undefined);
    if (stage) found.push({ stage, text, node: node as Text });
  }
  return found;
}

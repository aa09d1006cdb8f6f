/**
 * Bench-only entry: the detector the content script runs (find-status.ts and the classifier), bundled
 * into an IIFE that the bench injects into the heavy page to time its parts apart from the extension:
 * the tree walk alone, the classifier alone over the same texts, and the full scan.
 */

import { findStatuses } from '../../src/content/find-status.ts';
import { classifyStatus } from '../../src/core/classify-status.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SVG']);

/** The same walk and filter as findStatuses, without classifying: what the walk itself costs. */
function walkTexts(root: Node, withClosest: boolean): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName.toUpperCase()) || (withClosest && parent.closest('[data-customs-lens]'))) {
        return NodeFilter.FILTER_REJECT;
      }
      const length = node.nodeValue?.length ?? 0;
      return length > 2 && length <= 300 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push((node.nodeValue ?? '').trim());
  return texts;
}

/**
 * A candidate faster walk (not what ships): no per-node filter callback, the same checks inline, and
 * the ancestor lookup for our own elements only when the page has any.
 */
function walkTextsInline(root: Node): string[] {
  const texts: string[] = [];
  const ours = document.querySelector('[data-customs-lens]') !== null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length <= 2 || value.length > 300) continue;
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName) || (ours && parent.closest('[data-customs-lens]'))) continue;
    texts.push(value.trim());
  }
  return texts;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

(globalThis as Record<string, unknown>).__customsLensBench = {
  /** One round of each part; the bench repeats rounds and takes medians. */
  round(lang: string) {
    const texts = walkTexts(document.body, true);
    return {
      texts: texts.length,
      fullScanMs: time(() => findStatuses(document.body, lang)),
      walkMs: time(() => walkTexts(document.body, true)),
      walkWithoutClosestMs: time(() => walkTexts(document.body, false)),
      walkInlineMs: time(() => walkTextsInline(document.body)),
      classifyMs: time(() => {
        for (const text of texts) classifyStatus(text, { lang });
      }),
      found: findStatuses(document.body, lang).length,
    };
  },
};

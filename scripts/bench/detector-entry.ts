/**
 * Bench-only entry: the detector the content script runs (find-status.ts: its text walk and the first-pass
 * trigger) and the classifier the panel module runs on its candidates, bundled into an IIFE that the bench
 * injects into the heavy page to time the parts apart from the extension: the shipped tree walk alone, the
 * trigger alone over the same texts, the full classifier over them all (what a scan cost before the
 * trigger), the detector's whole scan.
 */

import { findCandidates, MAX_STATUS_LENGTH } from '../../src/content/detector/find-status.ts';
import { textWalk } from '../../src/content/detector/page-text.ts';
import { classifyStatus } from '../../src/core/classify-status.ts';
import { mayBeCustoms } from '../../src/core/customs-trigger.ts';

function walkTexts(root: Node): string[] {
  const texts: string[] = [];
  textWalk(root, MAX_STATUS_LENGTH).run((raw) => {
    texts.push(raw.trim());
  });
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
    const texts = walkTexts(document.body);
    return {
      texts: texts.length,
      fullScanMs: time(() => findCandidates(document.body, lang)),
      walkMs: time(() => walkTexts(document.body)),
      triggerMs: time(() => {
        for (const text of texts) mayBeCustoms(text, lang);
      }),
      classifyMs: time(() => {
        for (const text of texts) classifyStatus(text, { lang });
      }),
      found: findCandidates(document.body, lang).length,
    };
  },
};

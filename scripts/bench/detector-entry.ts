/**
 * Bench-only entry: the detector the content script runs (find-status.ts, its text walk and the
 * classifier), bundled into an IIFE that the bench injects into the heavy page to time its parts apart
 * from the extension: the shipped tree walk alone, the classifier alone over the same texts, the full scan.
 */
import { findStatuses } from '../../src/content/detector/find-status.ts';
import { forEachText } from '../../src/content/detector/page-text.ts';
import { classifyStatus } from '../../src/core/classify-status.ts';

const MAX_STATUS_LENGTH = 300;

function walkTexts(root: Node): string[] {
  const texts: string[] = [];
  forEachText(root, MAX_STATUS_LENGTH, (raw) => {
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
      fullScanMs: time(() => findStatuses(document.body, lang)),
      walkMs: time(() => walkTexts(document.body)),
      classifyMs: time(() => {
        for (const text of texts) classifyStatus(text, { lang });
      }),
      found: findStatuses(document.body, lang).length,
    };
  },
};

/**
 * The visible text of a page region, one text node at a time, in document order — not scripts, styles
 * or form fields. The detector's walk; the panel's fact reading skips the same elements
 * (panel/readable-text.ts), so both see the same text. Our own hosts keep their text in shadow roots, which a TreeWalker never enters, so they need no
 * check here. The walk has no filter callback on purpose: a callback per node (across the content
 * script's isolated world) cost ten times the walk itself on a 7,500-element page (npm run bench).
 * Nothing here ever turns page text into HTML.
 */
export const SKIP: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'text',
  'tspan',
]);

export type TextWalk = {
  /**
   * Calls `visit` with each further text node whose raw length is within bounds and whose parent shows
   * text, until the walk ends (true) or `performance.now()` passes `until` (false: call again to go on).
   */
  run(visit: (raw: string, node: Text) => void, until?: number): boolean;
};

/** A resumable walk, so a long page can be read in slices that leave the page responsive in between. */
export function textWalk(root: Node, maxLength: number): TextWalk {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  return {
    run(visit, until = Number.POSITIVE_INFINITY) {
      let count = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const raw = node.data;
        // Length first: it is the cheapest test and rules out most nodes (whitespace, long paragraphs).
        if (raw.length >= 3 && raw.length <= maxLength * 2) {
          const parent = node.parentElement;
          if (parent && !SKIP.has(parent.tagName)) visit(raw, node);
        }
        if ((++count & 63) === 0 && performance.now() > until) return false;
      }
      return true;
    },
  };
}

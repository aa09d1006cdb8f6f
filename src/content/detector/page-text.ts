/**
 * The visible text of a page region, one text node at a time, in document order — not scripts, styles
 * or form fields. Shared by the every-page detector and the panel's fact reading, so both see the same
 * text. Our own hosts keep their text in shadow roots, which a TreeWalker never enters, so they need no
 * check here. The walk has no filter callback on purpose: a callback per node (across the content
 * script's isolated world) cost ten times the walk itself on a 7,500-element page (npm run bench).
 * Nothing here ever turns page text into HTML.
 */
const SKIP = new Set([
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

export type TextPiece = { text: string; node: Text };

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

export function forEachText(root: Node, maxLength: number, visit: (raw: string, node: Text) => void): void {
  textWalk(root, maxLength).run(visit);
}

export function textPieces(root: Node, maxLength = 400): TextPiece[] {
  const pieces: TextPiece[] = [];
  forEachText(root, maxLength, (raw, node) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text && text.length <= maxLength) pieces.push({ text, node });
  });
  return pieces;
}

/**
 * Like `textPieces`, for reading an order's facts: also joins prices drawn one character per element
 * ("U", "S", " ", "$", "8", ".", "7", "5" in sibling spans → "US $8.75", as AliExpress draws them), and
 * leaves out the `skip` subtrees (verification overlays).
 */
export function readablePieces(root: Node, skip: Element[] = [], maxLength = 400): TextPiece[] {
  const pieces: TextPiece[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let run: { container: Element; text: string; node: Text; count: number } | null = null;
  const flush = () => {
    const text = run?.text.replace(/\s+/g, ' ').trim();
    if (run && text && run.count >= 3 && text.length >= 3) pieces.push({ text, node: run.node });
    run = null;
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName) || skip.some((s) => s.contains(parent))) continue;
    const raw = node.data;
    // One character alone in its own element, next to others like it: part of a split word.
    const container = parent.childNodes.length === 1 ? parent.parentElement : null;
    if (raw.length <= 2 && container) {
      if (run && run.container === container) {
        run.text += raw;
        run.count++;
      } else {
        flush();
        run = { container, text: raw, node, count: 1 };
      }
      continue;
    }
    flush();
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length >= 3 && text.length <= maxLength) pieces.push({ text, node });
  }
  flush();
  return pieces;
}

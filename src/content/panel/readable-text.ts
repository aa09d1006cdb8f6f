/** The visible text of the page as pieces for the panel's fact reading (the detector's walk skips the same). */
import { SKIP } from '../detector/page-text.ts';

export type TextPiece = { text: string; node: Text };

/**
 * The page's text pieces for reading an order's facts (trimmed, single-spaced, 3 to `maxLength` long):
 * like the detector's walk, but also joins prices drawn one character per element
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
    if (!parent || SKIP.has(parent.tagName) || (skip.length && skip.some((s) => s.contains(parent)))) continue;
    const raw = node.data;
    // One character alone in its own element, next to others like it: part of a split word. (Siblings are
    // looked at only for such short texts: a NodeList per text node cost more than the rest of the walk.)
    const container = raw.length <= 2 && !node.previousSibling && !node.nextSibling ? parent.parentElement : null;
    if (container) {
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

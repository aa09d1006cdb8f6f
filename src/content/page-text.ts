/**
 * The visible text of a page region as a list of trimmed text nodes, in document order — not scripts,
 * styles, form fields or our own hosts. One walk feeds every text pattern of the panel module; nothing
 * here ever turns page text into HTML.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

export type TextPiece = { text: string; node: Text };

export function textPieces(root: Node, maxLength = 400): TextPiece[] {
  const pieces: TextPiece[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName.toUpperCase()) || parent.closest('[data-customs-lens], svg')) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= maxLength) pieces.push({ text, node: node as Text });
  }
  return pieces;
}

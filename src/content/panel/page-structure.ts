/**
 * What the real AliExpress tracking page's markup tells that its text alone cannot (see
 * ../shared/reference/aliexpress-pages.md): one event is one flat element holding sibling elements for
 * its title, description and time; only the newest event has a title, and that title is a category
 * ("Customs update"), while the description is the status; each package has its own number block.
 *
 * Matched through the stable part of the CSS-module class names (`logistic-info-v2--nodeDesc--2U3A3Yt`
 * without its hash), for the older `logistic-info--` layout, v2 and any later `-vN` alike — never through
 * a hash. A page without these classes is read from its text (read-events.ts), so a redesign degrades to
 * the text reading instead of breaking.
 */
import { type DateOptions, parseEventTime } from '../../core/page-facts/dates.ts';
import type { PageRow } from '../../core/panel-view/page-reading.ts';
import { labelledTrackingNumbers, parseTrackingNumber } from '../../core/tracking-number.ts';

/** An event's description (its status), in every version of the tracking layout. */
export const EVENT_DESC = '[class*="logistic-info"][class*="--nodeDesc"]';
/** The tracking-number block of a package: v2 `--mailNo--` holding `--mailNoValue--`, v1 `--mailNo-pc--`. */
const MAIL_NO = '[class*="logistic-info"][class*="--mailNo"]';
const TRACK = '[class*="logistic-info"][class*="--track"]';
/** Captcha and verification overlays (Alibaba's "baxia" / "nc" slider). Nothing in them is an order. */
const CAPTCHA = '#baxia-dialog-content, .baxia-dialog, [id^="baxia-"], #nc_1_wrapper, .nc-container';
const CAPTCHA_TEXT = /please slide to verify|slide to verify|unusual traffic/i;

export type PagePackage = {
  trackingNumber?: string;
  /** The package's timeline block. */
  timeline: Element;
  /** Newest first, as the page lists them: each row's one text is the event's description. */
  rows: PageRow[];
  /** False when the page hides this package (another package tab is open). */
  shown: boolean;
};

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function classPart(element: Element, part: string): boolean {
  for (const name of element.classList) if (name.includes(part)) return true;
  return false;
}

function isShown(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/** The overlays that ask the buyer to prove they are human (one text walk when none of the known ids is there). */
export function verificationOverlays(root: Element): Element[] {
  const found = [...root.querySelectorAll(CAPTCHA)];
  if (found.length) return found;
  // Most pages say none of the words anywhere: one test of the whole text instead of one per text.
  if (!CAPTCHA_TEXT.test(root.textContent ?? '')) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length > 300 || !CAPTCHA_TEXT.test(text)) continue;
    // The overlay: the largest small block around the words (a dialog, not the whole page).
    let box = node.parentElement;
    while (box?.parentElement && box.parentElement !== root && (box.parentElement.textContent?.length ?? 0) < 1500) {
      box = box.parentElement;
    }
    return box && !box.querySelector(EVENT_DESC) ? [box] : [];
  }
  return [];
}

/** An element's text with its text nodes kept apart ("Tracking number:" "LP…" "Copy" are sibling spans). */
function spacedText(element: Element): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return clean(parts.join(' '));
}

function asNumber(token: string): string | undefined {
  const parsed = parseTrackingNumber(token);
  return parsed.kind !== 'unknown' && (parsed.valid || parsed.kind === 'upu_s10') ? parsed.number : undefined;
}

/**
 * The number a package's number block shows: its value element's text (v2 `--mailNoValue--`), else the
 * number after its label ("Tracking number LP…" in v1), else the one token of it that reads as a number.
 */
function numberOf(block: Element): string | undefined {
  const value = block.matches('[class*="--mailNoValue"]') ? block : block.querySelector('[class*="--mailNoValue"]');
  const valueText = value ? clean(value.textContent) : '';
  if (valueText && !/\s/.test(valueText)) {
    const number = asNumber(valueText);
    if (number) return number;
  }
  const text = spacedText(block);
  const labelled = labelledTrackingNumbers(text)[0];
  if (labelled) return labelled;
  // A label in a language we do not know: the longest token with digits that reads as a number.
  const tokens = text.split(/[\s:：]+/).filter((t) => /\d{6}/.test(t));
  for (const token of tokens.sort((a, b) => b.length - a.length)) {
    const number = asNumber(token);
    if (number) return number;
  }
  return undefined;
}

/** Number blocks, outermost only (a v2 `--mailNo--` block holds its `--mailNoValue--`). */
function numberBlocks(root: ParentNode): Array<{ element: Element; number: string }> {
  const all = [...root.querySelectorAll(MAIL_NO)];
  const outer = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
  const blocks: Array<{ element: Element; number: string }> = [];
  for (const element of outer) {
    const number = numberOf(element);
    if (number) blocks.push({ element, number });
  }
  return blocks;
}

/**
 * The packages of a tracking page read from its structure, each with its number and event rows (newest
 * first, description as the text, the title left out), or [] when the page has no such structure.
 */
export function readPackages(root: Element, options: DateOptions = {}): PagePackage[] {
  const groups = new Map<Element, PageRow[]>();
  for (const desc of root.querySelectorAll(EVENT_DESC)) {
    const node = desc.parentElement;
    const text = clean(desc.textContent);
    if (!node || !text || text.length > 300) continue;
    let time: string | null = null;
    for (const sibling of node.children) {
      if (sibling !== desc && classPart(sibling, '--nodeTime'))
        time = parseEventTime(clean(sibling.textContent), options);
    }
    const event: PageRow = time ? { time, texts: [text] } : { texts: [text] };
    const container = desc.closest(TRACK) ?? node.parentElement ?? root;
    const rows = groups.get(container) ?? [];
    rows.push(event);
    groups.set(container, rows);
  }
  if (!groups.size) return [];
  const blocks = numberBlocks(root);
  const packages: PagePackage[] = [];
  for (const [container, rows] of groups) {
    // The package's number block is the last one before its timeline (or inside it).
    let number: string | undefined;
    for (const block of blocks) {
      const before = block.element.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_FOLLOWING;
      if (before || block.element.contains(container) || container.contains(block.element)) number = block.number;
    }
    number ??= blocks.length === 1 ? blocks[0]?.number : undefined;
    packages.push({
      ...(number ? { trackingNumber: number } : {}),
      timeline: container,
      rows,
      shown: isShown(container),
    });
  }
  return packages;
}

/** Every package number the page shows, in page order (tabs that are not open included when in the page). */
export function packageNumbers(root: Element): string[] {
  return [...new Set(numberBlocks(root).map((b) => b.number))];
}

/** A class name without its CSS-module hash: `logistic-info-v2--nodeDesc--2U3A3Yt` → `logistic-info-v2--nodeDesc`. */
export function classPrefix(name: string): string | null {
  const stripped = name.replace(/^(.+--[A-Za-z][\w-]*?)--[A-Za-z0-9_]{4,12}$/, '$1');
  // Only names that look like names: no long digit runs (ids), nothing that could carry text.
  if (!/^[A-Za-z_][\w-]{0,63}$/.test(stripped) || /\d{5}/.test(stripped)) return null;
  return stripped;
}

/** A page path for a report: long digit runs (order ids in aliexpress.ru's `/order-list/<id>/tracking`) left out. */
export function redactPath(path: string): string {
  return path.replace(/\d{6,}/g, '<id>').slice(0, 120);
}

export type StructureCounts = {
  elements: number;
  classPrefixes: Array<[string, number]>;
  eventDescriptions: number;
  eventTimes: number;
  numberBlocks: number;
  verification: boolean;
};

/** Counts of the page's structure: class-name prefixes and how many of each, never any text. */
export function countStructure(root: Element): StructureCounts {
  const counts = new Map<string, number>();
  let elements = 0;
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('[data-customs-lens]')) continue;
    elements++;
    for (const name of el.classList) {
      const prefix = classPrefix(name);
      if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  const classPrefixes = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 80);
  return {
    elements,
    classPrefixes,
    eventDescriptions: root.querySelectorAll(EVENT_DESC).length,
    eventTimes: root.querySelectorAll('[class*="logistic-info"][class*="--nodeTime"]').length,
    numberBlocks: root.querySelectorAll(MAIL_NO).length,
    verification: verificationOverlays(root).length > 0,
  };
}

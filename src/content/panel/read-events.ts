/**
 * Tracking events (time, text, place) from a page's timeline, by text patterns alone: a timeline is a
 * run of sibling rows that each hold one date. A row is the largest element around a date that holds no
 * other date; its other texts are the event and its place. Pages that print "date text" on one line
 * are read too. Class names are never needed, so a redesign keeps working (page-structure.ts reads the
 * real page's structure first; this is the fallback).
 *
 * Times are ISO strings with their offset (dates.ts: the page's printed one, else the viewer's when the
 * caller gives it); they are compared as instants through core's parser, never with Date.parse.
 */
import { parseEventTime } from '../../core/event-time.ts';
import { type DateOptions, findDate, isDateOnly, splitDate } from '../../core/page-facts/dates.ts';
import { isEventText, type PageRow } from '../../core/panel-view/page-reading.ts';
import type { TextPiece } from './readable-text.ts';

type Row = { element: Element; time: string; texts: string[] };

function rowOf(date: Node, dates: Node[], stop: Element): Element | null {
  let element = date.parentElement;
  if (!element) return null;
  for (let parent = element.parentElement; parent && parent !== stop; parent = element.parentElement) {
    if (dates.some((other) => other !== date && parent.contains(other))) break;
    element = parent;
  }
  return element;
}

function hasLetters(text: string): boolean {
  return /\p{L}{2}/u.test(text);
}

/**
 * Reads the event rows in `root`, newest first as the page lists them: each row's time and its texts.
 * Which text is the status is the classifier's call, made in the background (core/panel-view/page-reading.ts).
 */
export function readRows(
  root: Element,
  pieces: TextPiece[],
  options: DateOptions & { onTimeline?: (element: Element) => void } = {},
): PageRow[] {
  const now = options.now ?? new Date();
  const latest = now.getTime() + 86_400_000;
  const inFuture = (time: string) => (parseEventTime(time) ?? Number.NEGATIVE_INFINITY) > latest;

  const dateOnly = pieces.map((p) => isDateOnly(p.text, options));
  const dateIndexes = pieces.flatMap((_, i) => (dateOnly[i] ? [i] : []));
  const dates = dateIndexes.map((i) => (pieces[i] as TextPiece).node);
  const rows: Row[] = [];
  for (const at of dateIndexes) {
    const piece = pieces[at] as TextPiece;
    const { time } = splitDate(piece.text, options);
    const element = rowOf(piece.node, dates, root);
    // Estimated delivery dates are in the future: they are promises, not events.
    if (!time || !element || inFuture(time)) continue;
    // Pieces are in document order, so those inside the row lie next to its date: look only there
    // (testing every piece of the page against every row was most of the reading time on a long page).
    let first = at;
    while (first > 0 && element.contains((pieces[first - 1] as TextPiece).node)) first--;
    let last = at;
    while (last < pieces.length - 1 && element.contains((pieces[last + 1] as TextPiece).node)) last++;
    const texts: string[] = [];
    for (let i = first; i <= last; i++) {
      const p = pieces[i] as TextPiece;
      if (i !== at && hasLetters(p.text) && !dateOnly[i]) texts.push(p.text);
    }
    if (texts.length) rows.push({ element, time, texts });
  }

  // The timeline is the largest group of sibling rows; stray dates ("Order date: …") stand alone.
  const groups = new Map<Element | null, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.element.parentElement) ?? [];
    group.push(row);
    groups.set(row.element.parentElement, group);
  }
  const timeline = [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const chosen = timeline.length >= 2 ? timeline : rows;
  if (chosen.some((row) => row.texts.some(isEventText))) {
    const container = timeline.length >= 2 ? timeline[0]?.element.parentElement : null;
    if (container && container !== root) options.onTimeline?.(container);
    return chosen.map(({ time, texts }) => ({ time, texts }));
  }

  // One-line events: "2026-11-12 11:30 Departed from departure country/region". A labelled field
  // ("Date: Nov 12, 2026", "Order placed on: …") is not an event.
  const lines: PageRow[] = [];
  for (const piece of pieces) {
    const found = findDate(piece.text, options);
    if (!found || /[:：]\s*$/.test(piece.text.slice(0, found.index))) continue;
    const { time, rest } = splitDate(piece.text, options);
    if (time && !inFuture(time) && hasLetters(rest) && isEventText(rest)) lines.push({ time, texts: [rest] });
  }
  return lines;
}

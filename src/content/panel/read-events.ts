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
import type { TrackingEvent } from '../../core/events.ts';
import { type DateOptions, findDate, isDateOnly, splitDate } from '../../core/page-facts/dates.ts';
import type { TextPiece } from './readable-text.ts';

/** Event texts are short; longer texts are descriptions, not statuses. */
const MAX_EVENT_TEXT = 300;
const MAX_PLACE = 80;

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

/** Reads the events in `root`, newest first as the page lists them. `classify` says which text is a status. */
export function readEvents(
  root: Element,
  pieces: TextPiece[],
  options: DateOptions & { isStatus?: (text: string) => boolean; onTimeline?: (element: Element) => void } = {},
): TrackingEvent[] {
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
  const events: TrackingEvent[] = [];
  for (const row of timeline.length >= 2 ? timeline : rows) {
    // A row's category title ("Customs update") comes before its description, the status itself: the
    // last status-like text of a row is the one to quote.
    const status = row.texts.findLast((t) => options.isStatus?.(t));
    const text = status ?? [...row.texts].sort((a, b) => b.length - a.length)[0] ?? '';
    if (!text || text.length > MAX_EVENT_TEXT || /[:：]$/.test(text)) continue;
    const place = row.texts.find((t) => t !== text && t.length <= MAX_PLACE);
    events.push({ time: row.time, text, ...(place ? { location: place } : {}), source: 'page' });
  }
  if (events.length) {
    const container = timeline.length >= 2 ? timeline[0]?.element.parentElement : null;
    if (container && container !== root) options.onTimeline?.(container);
    return events;
  }

  // One-line events: "2026-11-12 11:30 Departed from departure country/region". A labelled field
  // ("Date: Nov 12, 2026", "Order placed on: …") is not an event.
  for (const piece of pieces) {
    const found = findDate(piece.text, options);
    if (!found || /[:：]\s*$/.test(piece.text.slice(0, found.index))) continue;
    const { time, rest } = splitDate(piece.text, options);
    if (time && !inFuture(time) && hasLetters(rest) && rest.length <= MAX_EVENT_TEXT && !/[:：]$/.test(rest)) {
      events.push({ time, text: rest, source: 'page' });
    }
  }
  return events;
}

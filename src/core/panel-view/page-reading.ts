/**
 * What the on-page panel reads from an AliExpress page, as plain data (`PageReading`), and the order's
 * facts core draws from it. The panel module only walks the DOM: it sends the page's text, its event rows
 * (each row's texts, not yet knowing which is the status) and what the page's structure shows; the
 * background turns that into facts here, with the full classifier, so the page never loads the
 * classifier's tables, the knowledge tables or the advice (the panel module's size budget, npm run bench).
 * Every fact is optional: a missing one makes the advice more general, never breaks the panel.
 */

import { analyzeEpisode } from '../customs-episode.ts';
import type { TrackingEvent } from '../events.ts';
import { carrierFromText } from '../page-facts/carrier.ts';
import { destinationFromPage } from '../page-facts/country.ts';
import { itemCount } from '../page-facts/items.ts';
import { findOrderTotal, type Money } from '../page-facts/money.ts';
import { orderIdFromText } from '../page-facts/order-id.ts';
import { buyerProtectionDays } from '../page-facts/protection.ts';
import { orderIdFromUrl, type PageKind } from '../page-kind.ts';
import { STAGE_URGENCY } from '../stages.ts';
import { findTrackingNumbers, labelledTrackingNumbers } from '../tracking-number.ts';

/** One event as the page lays it out: its time (ISO with offset) when it has one, and its texts in order. */
export type PageRow = { time?: string; texts: string[] };

/** One package of a multi-package tracking page, read from its structure. */
export type PackageReading = {
  trackingNumber?: string;
  /** False when the page hides this package (another package tab is open). */
  shown: boolean;
  /** Newest first, as the page lists them; each row's one text is the event's description. */
  rows: PageRow[];
};

export type PageReading = {
  kind: PageKind;
  url: string;
  /** The page's language tag: the classifier weighs its phrases first. */
  lang: string;
  /** The page's readable text, verification overlays left out. */
  text: string;
  /** Events read from the page's text layout (newest first); used when no package structure is found. */
  rows: PageRow[];
  /** Packages read from the real tracking page's structure (page-structure.ts), in page order. */
  packages: PackageReading[];
  /** Tracking numbers the page's package blocks show, in page order. */
  numbers: string[];
  /** Titles of the order's items (item links). */
  titles: string[];
  thumbnail?: string;
  /** The page's own link to its tracking page, when it has one. */
  trackingLink?: string;
  /** The customs statuses the detector found, in page order: the events when no dated event is one. */
  statuses: string[];
};

/** The longest page text the panel sends (the heavy bench page, recommendations and all, is ~60,000). */
export const MAX_PAGE_TEXT = 400_000;

/** How much of each part a reading carries at most (the message schema refuses more). */
export const READING_LIMITS = {
  rows: 500,
  texts: 40,
  text: 1200,
  packages: 20,
  numbers: 50,
  titles: 200,
  statuses: 200,
  url: 2000,
};

const boundRows = (rows: readonly PageRow[]): PageRow[] =>
  rows.slice(0, READING_LIMITS.rows).map((row) => ({
    ...(row.time ? { time: row.time } : {}),
    texts: row.texts.slice(0, READING_LIMITS.texts).map((t) => t.slice(0, READING_LIMITS.text)),
  }));

/**
 * A reading cut to the bounds the background accepts: a page with more (a recommendations grid of
 * hundreds of items) still gets its panel, from the first of each. Order pages list the order first.
 */
export function boundReading(reading: PageReading): PageReading {
  const { thumbnail, trackingLink, ...rest } = reading;
  return {
    ...rest,
    url: reading.url.slice(0, READING_LIMITS.url),
    lang: reading.lang.slice(0, 35),
    ...(thumbnail && thumbnail.length <= READING_LIMITS.url ? { thumbnail } : {}),
    ...(trackingLink && trackingLink.length <= READING_LIMITS.url ? { trackingLink } : {}),
    text: reading.text.slice(0, MAX_PAGE_TEXT),
    rows: boundRows(reading.rows),
    packages: reading.packages.slice(0, READING_LIMITS.packages).map((p) => ({ ...p, rows: boundRows(p.rows) })),
    numbers: reading.numbers.slice(0, READING_LIMITS.numbers),
    titles: reading.titles.slice(0, READING_LIMITS.titles),
    statuses: reading.statuses.slice(0, READING_LIMITS.statuses).map((t) => t.slice(0, READING_LIMITS.text)),
  };
}

/** Event texts are short; longer texts are descriptions, not statuses. */
export const MAX_EVENT_TEXT = 300;
const MAX_PLACE = 80;

/** A text that cannot be an event's: too long, or a label ("Delivery address:"). */
export function isEventText(text: string): boolean {
  return text.length > 0 && text.length <= MAX_EVENT_TEXT && !/[:：]$/.test(text);
}

/**
 * Rows to events. A row's category title ("Customs update") comes before its description, the status
 * itself: the last status-like text of a row is the one to quote, else its longest; a short other text
 * is the place.
 */
export function eventsFromRows(rows: readonly PageRow[], isStatus: (text: string) => boolean): TrackingEvent[] {
  const events: TrackingEvent[] = [];
  for (const row of rows) {
    const status = row.texts.findLast((t) => isStatus(t));
    const text = status ?? [...row.texts].sort((a, b) => b.length - a.length)[0] ?? '';
    if (!isEventText(text)) continue;
    const place = row.texts.find((t) => t !== text && t.length <= MAX_PLACE);
    events.push({
      ...(row.time ? { time: row.time } : {}),
      text,
      ...(place ? { location: place } : {}),
      source: 'page',
    });
  }
  return events;
}

export type PagePackage = { index: number; trackingNumber?: string; shown: boolean; events: TrackingEvent[] };

export type PageFacts = {
  orderId?: string;
  trackingNumbers: string[];
  carrier?: string;
  events: TrackingEvent[];
  total?: Money;
  itemCount?: number;
  titles: string[];
  thumbnail?: string;
  destCountry?: string;
  protectionDays?: number;
  /** The packages of a multi-package tracking page with events (the shown one first). */
  packages?: PagePackage[];
  /** Which of the reading's packages the events are (its index), when they come from one. */
  packageIndex?: number;
  /** The page itself prints an order id (under any known label), not only its URL. */
  orderIdShown?: boolean;
};

export function factsFromReading(reading: PageReading, isStatus: (text: string) => boolean): PageFacts {
  const { text } = reading;
  const packages = reading.packages
    .map(
      (p, index): PagePackage => ({
        index,
        ...(p.trackingNumber ? { trackingNumber: p.trackingNumber } : {}),
        shown: p.shown,
        events: eventsFromRows(p.rows, isStatus),
      }),
    )
    .filter((p) => p.events.length > 0);
  // The package the buyer is looking at: the open tab's, else the first.
  const shown = packages.find((p) => p.shown) ?? packages[0];
  const numbers = [
    ...(shown?.trackingNumber ? [shown.trackingNumber] : []),
    ...reading.numbers,
    ...labelledTrackingNumbers(text),
    ...findTrackingNumbers(text),
  ];
  const facts: PageFacts = {
    trackingNumbers: [...new Set(numbers)],
    events: shown ? shown.events : eventsFromRows(reading.rows, isStatus),
    titles: reading.titles,
  };
  if (shown) facts.packageIndex = shown.index;
  if (packages.length > 1) facts.packages = [...packages].sort((a, b) => Number(b.shown) - Number(a.shown));
  const shownId = orderIdFromText(text);
  if (shownId) facts.orderIdShown = true;
  const orderId = orderIdFromUrl(reading.url) ?? shownId;
  if (orderId) facts.orderId = orderId;
  const carrier = carrierFromText(text);
  if (carrier) facts.carrier = carrier;
  const total = findOrderTotal(text);
  if (total) facts.total = total;
  const count = itemCount(text) ?? (reading.titles.length || null);
  if (count) facts.itemCount = count;
  if (reading.thumbnail) facts.thumbnail = reading.thumbnail;
  const dest = destinationFromPage(text);
  if (dest) facts.destCountry = dest;
  const days = buyerProtectionDays(text);
  if (days !== null) facts.protectionDays = days;
  return facts;
}

/**
 * On a page that shows several packages at once, the one whose customs stage matters most (held before
 * released, released before export); the facts then speak of that package: its number first, its events.
 * With one package shown (the open tab), the facts stay as read.
 */
export function pickPackage(facts: PageFacts, now: Date): PageFacts {
  const shown = facts.packages?.filter((p) => p.shown) ?? [];
  if (shown.length < 2) return facts;
  let best = shown[0];
  let bestUrgency = Number.NEGATIVE_INFINITY;
  for (const pkg of shown) {
    const stage = analyzeEpisode(pkg.events, now).stage;
    const urgency = stage ? STAGE_URGENCY[stage] : Number.NEGATIVE_INFINITY;
    if (urgency > bestUrgency) {
      best = pkg;
      bestUrgency = urgency;
    }
  }
  if (!best) return facts;
  const number = best.trackingNumber;
  return {
    ...facts,
    events: best.events,
    packageIndex: best.index,
    trackingNumbers: number ? [number, ...facts.trackingNumbers.filter((n) => n !== number)] : facts.trackingNumbers,
  };
}

/** Where the tracking page of this order is: this page, the page's own link, else AliExpress's usual address. */
export function trackingUrlOf(reading: PageReading, orderId: string | undefined): string | undefined {
  if (reading.kind === 'tracking') return reading.url;
  if (reading.trackingLink?.startsWith('https:')) return reading.trackingLink;
  if (!orderId) return undefined;
  try {
    return `${new URL(reading.url).origin}/p/tracking/index.html?tradeOrderId=${orderId}`;
  } catch {
    return undefined;
  }
}

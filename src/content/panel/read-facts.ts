/**
 * Everything the panel needs to know about the order, read from what the page shows: tracking numbers
 * and carrier, events, order id, total and currency, items, destination, buyer-protection days left,
 * and the seller-chat link. Text patterns first; AliExpress markup (the tracking page's event and
 * package structure, item and chat links) as an extra that is used where present (page-structure.ts).
 * Every fact is optional: a missing one makes the advice more general, never breaks the panel.
 * Verification overlays are never read: nothing in them is an order.
 */
import { safeAliExpressUrl } from '../../core/aliexpress-url.ts';
import type { TrackingEvent } from '../../core/events.ts';
import { carrierFromText } from '../../core/page-facts/carrier.ts';
import { destinationFromPage } from '../../core/page-facts/country.ts';
import type { WallTime } from '../../core/page-facts/dates.ts';
import { itemCount } from '../../core/page-facts/items.ts';
import { findOrderTotal, type Money } from '../../core/page-facts/money.ts';
import { orderIdFromText } from '../../core/page-facts/order-id.ts';
import { buyerProtectionDays } from '../../core/page-facts/protection.ts';
import { orderIdFromUrl } from '../../core/page-kind.ts';
import { findTrackingNumbers, labelledTrackingNumbers } from '../../core/tracking-number.ts';
import { type PagePackage, packageNumbers, readPackages, verificationOverlays } from './page-structure.ts';
import { readEvents } from './read-events.ts';
import { readablePieces } from './readable-text.ts';

export type SellerChat = { href?: string; element?: HTMLElement };

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
  sellerChat?: SellerChat;
  /** The packages of a multi-package tracking page, read from its structure (the shown one first). */
  packages?: PagePackage[];
  /** The page itself prints an order id (under any known label), not only its URL. */
  orderIdShown?: boolean;
  /** The block that holds the timeline (the panel goes above it), when one was found. */
  timeline?: Element;
  /** A captcha or verification overlay is on the page. */
  verification?: boolean;
};

/**
 * The browser's own offset at a wall time: AliExpress prints zone-less times in the viewer's zone, and
 * the viewer is this browser. The only place that reads the computer's zone, on purpose.
 */
export function viewerOffset(wall: WallTime): number {
  return -new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute).getTimezoneOffset();
}

const ITEM_LINK = /\/item\/\d+\.html/;
const CHAT_HREF = /(?:^|\/\/)(?:message|msg|im)\.aliexpress\.|\/p\/message\/|\/chat\b|msgcenter/i;
const CHAT_TEXT =
  /contact seller|message seller|chat with seller|contactar (?:al|con el) vendedor|contacter le vendeur|verkäufer kontaktieren|contatar (?:o )?vendedor|fale com o vendedor|skontaktuj się ze sprzedawcą|napisz do sprzedawcy|צור קשר עם המוכר|צ'אט עם המוכר|contatta il venditore|связаться с продавцом/i;

function isAliExpressHttps(href: string): boolean {
  try {
    return safeAliExpressUrl(new URL(href, location.href)) !== undefined;
  } catch {
    return false;
  }
}

/** Longest text of a chat button or link ("Contact seller" in every language, with an icon's label). */
const CHAT_TEXT_MAX = 120;

function findSellerChat(root: Element): SellerChat | undefined {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (CHAT_HREF.test(link.href) && isAliExpressHttps(link.href)) return { href: link.href };
  }
  for (const el of root.querySelectorAll<HTMLElement>('a, button, [role="button"]')) {
    const text = el.textContent ?? '';
    // A chat button says little; a product card's link says a lot and is no chat button.
    if (text.length <= CHAT_TEXT_MAX && CHAT_TEXT.test(text)) {
      const href = el instanceof HTMLAnchorElement && isAliExpressHttps(el.href) ? el.href : undefined;
      return href ? { href } : { element: el };
    }
  }
  return undefined;
}

function backgroundImage(element: Element): string | undefined {
  for (const el of [element, ...element.querySelectorAll<HTMLElement>('[style*="background"]')]) {
    const url = /url\(["']?(https:[^"')]+)["']?\)/.exec((el as HTMLElement).style?.backgroundImage ?? '')?.[1];
    if (url) return url;
  }
  return undefined;
}

/**
 * Item links looked at for a thumbnail: the order's own items come first on its pages. Looking through
 * every link of a long page (recommendation grids) for a background image cost more than all the rest.
 */
const THUMBNAIL_LINKS = 10;

/**
 * Where an order page lists the order's own items (aliexpress-pages.md: the detail page's
 * `div.order-detail-item-content-wrap`, the list's order cards). The "More to love" recommendations under
 * the order are item links too, but none of them was bought: when the page shows this structure, only
 * its links are the order's items.
 */
const ORDER_ITEMS = '[class*="order-detail-item"], [class*="order-item-content"]';

/** Only links whose written address can name an item: resolving every link's `href` is a URL parse each. */
const ITEM_HREF = 'a[href*="item"]';

function readItems(root: Element): { titles: string[]; thumbnail?: string } {
  const titles = new Set<string>();
  let thumbnail: string | undefined;
  let looked = 0;
  const ownItems = root.querySelector(ORDER_ITEMS) ? `:is(${ORDER_ITEMS}) ${ITEM_HREF}` : ITEM_HREF;
  for (const link of root.querySelectorAll<HTMLAnchorElement>(ownItems)) {
    if (!ITEM_LINK.test(link.href)) continue;
    const img = link.querySelector('img');
    const title = (link.textContent ?? '').replace(/\s+/g, ' ').trim() || img?.alt.trim() || '';
    if (title && title.length <= 300) titles.add(title);
    if (thumbnail || looked >= THUMBNAIL_LINKS) continue;
    looked++;
    if (img?.src.startsWith('https:')) thumbnail = img.src;
    // AliExpress draws item images as a background image of a div, not an <img>.
    else thumbnail = backgroundImage(link);
  }
  return thumbnail ? { titles: [...titles], thumbnail } : { titles: [...titles] };
}

/** Gives the page its turn between two steps of reading (an idle moment, or a short wait at most). */
export type Pause = () => Promise<void>;

const noPause: Pause = () => Promise.resolve();

/**
 * Reads the facts in steps, pausing between them (`pause`): on a long page the whole reading is tens of
 * milliseconds, which in one piece would hold up the page's own work (a long task); each step is a few.
 */
export async function readFacts(
  root: Element,
  options: { url: string; now?: Date; monthFirst?: boolean; isStatus?: (text: string) => boolean },
  pause: Pause = noPause,
): Promise<PageFacts> {
  const overlays = verificationOverlays(root);
  await pause();
  const pieces = readablePieces(root, overlays);
  const text = pieces.map((p) => p.text).join('\n');
  await pause();
  let timeline: Element | undefined;
  const dateOptions = {
    ...options,
    viewerOffset,
    onTimeline: (element: Element) => {
      timeline = element;
    },
  };
  const packages = readPackages(root, dateOptions).filter((p) => p.events.length > 0);
  // The package the buyer is looking at: the open tab's, else the first.
  const shown = packages.find((p) => p.shown) ?? packages[0];
  const events = shown ? shown.events : readEvents(root, pieces, dateOptions);
  await pause();
  const { titles, thumbnail } = readItems(root);
  const numbers = [
    ...(shown?.trackingNumber ? [shown.trackingNumber] : []),
    ...packageNumbers(root),
    ...labelledTrackingNumbers(text),
    ...findTrackingNumbers(text),
  ];
  const facts: PageFacts = {
    trackingNumbers: [...new Set(numbers)],
    events,
    titles,
  };
  await pause();
  if (packages.length > 1) facts.packages = [...packages].sort((a, b) => Number(b.shown) - Number(a.shown));
  if (overlays.length) facts.verification = true;
  timeline = shown?.timeline ?? timeline;
  if (timeline) facts.timeline = timeline;
  const shownId = orderIdFromText(text);
  if (shownId) facts.orderIdShown = true;
  const orderId = orderIdFromUrl(options.url) ?? shownId;
  if (orderId) facts.orderId = orderId;
  const carrier = carrierFromText(text);
  if (carrier) facts.carrier = carrier;
  const total = findOrderTotal(text);
  if (total) facts.total = total;
  await pause();
  const count = itemCount(text) ?? (titles.length || null);
  if (count) facts.itemCount = count;
  if (thumbnail) facts.thumbnail = thumbnail;
  const dest = destinationFromPage(text);
  if (dest) facts.destCountry = dest;
  const days = buyerProtectionDays(text);
  if (days !== null) facts.protectionDays = days;
  await pause();
  const chat = findSellerChat(root);
  if (chat) facts.sellerChat = chat;
  return facts;
}

/**
 * What the panel reads from the page, in steps: its text, its event rows (the real tracking page's
 * package structure first, page-structure.ts, else the text layout, read-events.ts), item titles and
 * thumbnail, the page's tracking link — sent to the background as plain data (a PageReading) to be
 * explained — and what stays on the page: where the timeline is, the seller-chat button, whether a
 * verification overlay is up. Verification overlays are never read: nothing in them is an order.
 */
import { safeAliExpressUrl } from '../../core/aliexpress-url.ts';
import type { WallTime } from '../../core/page-facts/dates.ts';
import { orderIdFromText } from '../../core/page-facts/order-id.ts';
import { boundReading, type PageReading } from '../../core/panel-view/page-reading.ts';
import { packageNumbers, readPackages, verificationOverlays } from './page-structure.ts';
import { readRows } from './read-events.ts';
import { readablePieces } from './readable-text.ts';

export type SellerChat = { href?: string; element?: HTMLElement };

/** A page as read: the reading for the background, and the page's own elements the panel needs. */
export type PageRead = {
  reading: PageReading;
  /** Each package's timeline block, by the reading's package index. */
  packageTimelines: Element[];
  /** The block that holds the text-read timeline (the panel goes above it), when one was found. */
  timeline?: Element;
  sellerChat?: SellerChat;
  /** Some event was read (structure or text). */
  hasEvents: boolean;
  /** The page itself prints an order id (under any known label), not only its URL. */
  orderIdShown: boolean;
  /** A captcha or verification overlay is on the page. */
  verification: boolean;
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

/**
 * The tracking page's own item titles, per package (aliexpress-pages.md: `package-items-v2--productTitle`,
 * AliHelper.py): plain text, not links. Only the shown packages' count: a closed tab's items are another
 * parcel's.
 */
const PACKAGE_ITEM_TITLE = '[class*="package-items"][class*="--productTitle"]';

function packageItemTitles(root: Element): string[] {
  const titles = new Set<string>();
  for (const el of root.querySelectorAll(PACKAGE_ITEM_TITLE)) {
    const title = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const shown = typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
    if (shown && title && title.length <= 300) titles.add(title);
  }
  return [...titles];
}

function readItems(root: Element): { titles: string[]; thumbnail?: string } {
  const own = packageItemTitles(root);
  const titles = new Set<string>(own);
  let thumbnail: string | undefined;
  let looked = 0;
  const ownItems = root.querySelector(ORDER_ITEMS) ? `:is(${ORDER_ITEMS}) ${ITEM_HREF}` : ITEM_HREF;
  for (const link of root.querySelectorAll<HTMLAnchorElement>(ownItems)) {
    if (!ITEM_LINK.test(link.href)) continue;
    const img = link.querySelector('img');
    const title = (link.textContent ?? '').replace(/\s+/g, ' ').trim() || img?.alt.trim() || '';
    // Where the page names its package's items, the links are recommendations or the same items again.
    if (!own.length && title && title.length <= 300) titles.add(title);
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

/** The page's own link to its tracking page (an order page's "Track order"). */
function trackingLink(root: Element): string | undefined {
  const own = root.querySelector<HTMLAnchorElement>('a[href*="/p/tracking/"]');
  return own?.href.startsWith('https:') ? own.href : undefined;
}

/**
 * Reads the page in steps, pausing between them (`pause`): on a long page the whole reading is tens of
 * milliseconds, which in one piece would hold up the page's own work (a long task); each step is a few.
 */
export async function readPage(
  root: Element,
  options: Pick<PageReading, 'kind' | 'url' | 'lang' | 'statuses'> & { now?: Date; monthFirst?: boolean },
  pause: Pause = noPause,
): Promise<PageRead> {
  const { kind, url, lang, statuses } = options;
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
  const packages = readPackages(root, dateOptions).filter((p) => p.rows.length > 0);
  const rows = packages.length ? [] : readRows(root, pieces, dateOptions);
  await pause();
  const { titles, thumbnail } = readItems(root);
  const link = kind === 'tracking' ? undefined : trackingLink(root);
  await pause();
  const sellerChat = findSellerChat(root);
  const reading = boundReading({
    kind,
    url,
    lang,
    text,
    rows,
    packages: packages.map((p) => ({
      ...(p.trackingNumber ? { trackingNumber: p.trackingNumber } : {}),
      shown: p.shown,
      rows: p.rows,
    })),
    numbers: packageNumbers(root),
    titles,
    ...(thumbnail ? { thumbnail } : {}),
    ...(link ? { trackingLink: link } : {}),
    statuses,
  });
  return {
    reading,
    packageTimelines: packages.map((p) => p.timeline),
    ...(timeline ? { timeline } : {}),
    ...(sellerChat ? { sellerChat } : {}),
    hasEvents: packages.length > 0 || rows.length > 0,
    orderIdShown: orderIdFromText(text) !== null,
    verification: overlays.length > 0,
  };
}

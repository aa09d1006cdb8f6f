/**
 * Which AliExpress page a URL is, from the URL alone (refined-github style pure detectors), and the
 * manifest match patterns that make the browser inject the content script only into those pages
 * (`MATCH_PATTERNS`, written into the manifest by scripts/manifest-for.ts). Product, search and home
 * pages never run the script at all. Each detector sits next to its list of real URL shapes
 * (fixtures/page-urls.ts); every other kind's URLs are its negatives, and every URL a detector accepts
 * is matched by the patterns (scripts/manifest-for.test.ts).
 */
import { ALIEXPRESS_HOST } from './aliexpress-url.ts';
export const PAGE_KINDS = ['tracking', 'order-detail', 'order-list'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * AliExpress's own hosts: every storefront subdomain of .com (www, es, fr, de, pt, pl, he, ko, ja, it,
 * nl, tr, ar, th, vi, id, m…), plus the .us and .ru storefronts. The login host is never an order page,
 * whatever path or return address it carries.
 */
const HOST = ALIEXPRESS_HOST;
const LOGIN_HOST = /^(?:[a-z0-9-]+\.)*(?:login|passport)\.aliexpress\.(?:com|us|ru)$/;

function parse(url: string | URL): URL | null {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return parsed.protocol === 'https:' && HOST.test(parsed.hostname) && !LOGIN_HOST.test(parsed.hostname)
      ? parsed
      : null;
  } catch {
    return null;
  }
}

/** Paths are matched lower-cased without a trailing slash: AliExpress links use both spellings. */
function path(url: URL): string {
  return url.pathname.toLowerCase().replace(/\/+$/, '');
}

/**
 * The order's tracking page: `/p/tracking/index.html?tradeOrderId=…` (every storefront and m.), the
 * older `track.aliexpress.com/logisticsdetail.htm?tradeId=…`, and aliexpress.ru's `/order-list/<id>/tracking`.
 */
export function isTrackingPage(url: string | URL): boolean {
  const u = parse(url);
  if (!u) return false;
  const p = path(u);
  return (
    p === '/p/tracking/index.html' ||
    p === '/p/tracking' ||
    p === '/logisticsdetail.htm' ||
    p === '/logistics/detail.htm' ||
    /^\/order-list\/\d+\/tracking$/.test(p)
  );
}

/** One order: `/p/order/detail.html?orderId=…`, older `trade.aliexpress.com/order_detail.htm`, aliexpress.ru `/order-list/<id>`. */
export function isOrderDetail(url: string | URL): boolean {
  const u = parse(url);
  if (!u) return false;
  const p = path(u);
  return (
    p === '/p/order/detail.html' ||
    p === '/order_detail.htm' ||
    p === '/orderdetail.htm' ||
    /^\/order-list\/\d+$/.test(p)
  );
}

/** The list of orders: `/p/order/index.html`, older `trade.aliexpress.com/orderList.htm`, aliexpress.ru `/order-list`. */
export function isOrderList(url: string | URL): boolean {
  const u = parse(url);
  if (!u) return false;
  const p = path(u);
  return p === '/p/order/index.html' || p === '/p/order' || p === '/orderlist.htm' || p === '/order-list';
}

/** The page kind, or null for every page the extension leaves alone. */
export function pageKind(url: string | URL): PageKind | null {
  if (isTrackingPage(url)) return 'tracking';
  if (isOrderDetail(url)) return 'order-detail';
  if (isOrderList(url)) return 'order-list';
  return null;
}

/** The order id a tracking or order-detail URL names (`tradeOrderId`, `orderId`, `tradeId`, or the ru path). */
export function orderIdFromUrl(url: string | URL): string | undefined {
  const u = parse(url);
  if (!u) return undefined;
  for (const name of ['tradeOrderId', 'orderId', 'tradeId', 'orderid']) {
    const value = u.searchParams.get(name);
    if (value && /^\d{6,25}$/.test(value)) return value;
  }
  return /^\/order-list\/(\d{6,25})(?:\/|$)/.exec(u.pathname)?.[1];
}

/**
 * Hosts as match patterns (`*.` also matches the bare domain): the same hosts as HOST above. The
 * extension's pages may be loaded on any of them (web_accessible_resources).
 */
export const MATCH_HOSTS = ['*.aliexpress.com', '*.aliexpress.us', '*.aliexpress.ru'] as const;

/**
 * The paths the detectors above accept, as match-pattern paths. Match patterns are case-sensitive, so
 * each spelling AliExpress links use is listed; the detectors decide the rest (a pattern may match a
 * little more, never less). A bare path is listed three ways: alone, with a query (Chrome matches path
 * and query), and with sub-paths.
 *
 * Why declaring only these pages is safe (aliexpress-pages.md, "SPA / rendering behaviour"): each
 * /p/<page> is its own document, a server HTML shell with its own bundle (`ae-dida/<pageName>/…`), and
 * the site's header links to `//www.aliexpress.com/p/order/index.html` as a plain link, so no page we
 * leave alone turns into an order page without a page load. Within the order pages the content script
 * still follows in-app navigation (order list → tracking, watch-navigation.ts).
 */
const bare = (path: string) => [path, `${path}?*`, `${path}/*`];
export const MATCH_PATHS: Readonly<Record<PageKind, readonly string[]>> = {
  tracking: [
    ...bare('/p/tracking'),
    '/logisticsdetail.htm*',
    '/logisticsDetail.htm*',
    '/logistics/detail.htm*',
    '/order-list/*',
  ],
  'order-detail': ['/p/order/*', '/order_detail.htm*', '/orderdetail.htm*', '/orderDetail.htm*', '/order-list/*'],
  'order-list': [...bare('/p/order'), '/orderlist.htm*', '/orderList.htm*', ...bare('/order-list')],
};

/** Every `https://host/path` pattern of the pages the extension acts on, without repeats. */
export function matchPatterns(): string[] {
  const paths = [...new Set(Object.values(MATCH_PATHS).flat())];
  return MATCH_HOSTS.flatMap((host) => paths.map((p) => `https://${host}${p}`));
}

/** The hosts alone (`https://host/*`): where the panel module may be loaded from the extension. */
export function hostPatterns(): string[] {
  return MATCH_HOSTS.map((host) => `https://${host}/*`);
}

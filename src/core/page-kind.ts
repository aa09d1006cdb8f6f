/**
 * Which AliExpress page a URL is, from the URL alone (refined-github style pure detectors). The content
 * script runs on every AliExpress page; this check is the only work it does on the ones we leave alone.
 * Each detector sits next to its list of real URL shapes (see page-kind.test.ts); every other kind's
 * URLs are its negatives.
 */
export type PageKind = 'tracking' | 'order-detail' | 'order-list';

/**
 * AliExpress's own hosts: every storefront subdomain of .com (www, es, fr, de, pt, pl, he, ko, ja, it,
 * nl, tr, ar, th, vi, id, m…), plus the .us and .ru storefronts. The login host is never an order page,
 * whatever path or return address it carries.
 */
const HOST = /^(?:[a-z0-9-]+\.)*aliexpress\.(?:com|us|ru)$/;
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

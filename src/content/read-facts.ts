/**
 * Everything the panel needs to know about the order, read from what the page shows: tracking numbers
 * and carrier, events, order id, total and currency, items, destination, buyer-protection days left,
 * and the seller-chat link. Text patterns first; AliExpress markup (item links, chat links) only as an
 * extra. Every fact is optional: a missing one makes the advice more general, never breaks the panel.
 */
import type { TrackingEvent } from '../core/events.ts';
import { carrierFromText } from '../core/page-facts/carrier.ts';
import { destinationFromPage } from '../core/page-facts/country.ts';
import { itemCount } from '../core/page-facts/items.ts';
import { findOrderTotal, type Money } from '../core/page-facts/money.ts';
import { orderIdFromText } from '../core/page-facts/order-id.ts';
import { buyerProtectionDays } from '../core/page-facts/protection.ts';
import { orderIdFromUrl } from '../core/page-kind.ts';
import { findTrackingNumbers } from '../core/tracking-number.ts';
import { textPieces } from './page-text.ts';
import { readEvents } from './read-events.ts';

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
};

const ITEM_LINK = /\/item\/\d+\.html/;
const CHAT_HREF = /(?:^|\/\/)(?:message|msg|im)\.aliexpress\.|\/p\/message\/|\/chat\b|msgcenter/i;
const CHAT_TEXT =
  /contact seller|message seller|chat with seller|contactar (?:al|con el) vendedor|contacter le vendeur|verkäufer kontaktieren|contatar (?:o )?vendedor|fale com o vendedor|skontaktuj się ze sprzedawcą|napisz do sprzedawcy|צור קשר עם המוכר|צ'אט עם המוכר|contatta il venditore|связаться с продавцом/i;

function isAliExpressHttps(href: string): boolean {
  try {
    const url = new URL(href, location.href);
    return url.protocol === 'https:' && /(^|\.)aliexpress\.(com|us|ru)$/.test(url.hostname);
  } catch {
    return false;
  }
}

function findSellerChat(root: Element): SellerChat | undefined {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (CHAT_HREF.test(link.href) && isAliExpressHttps(link.href)) return { href: link.href };
  }
  for (const el of root.querySelectorAll<HTMLElement>('a, button, [role="button"]')) {
    if (CHAT_TEXT.test(el.textContent ?? '')) {
      const href = el instanceof HTMLAnchorElement && isAliExpressHttps(el.href) ? el.href : undefined;
      return href ? { href } : { element: el };
    }
  }
  return undefined;
}

function readItems(root: Element): { titles: string[]; thumbnail?: string } {
  const titles: string[] = [];
  let thumbnail: string | undefined;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (!ITEM_LINK.test(link.href)) continue;
    const img = link.querySelector('img');
    const title = (link.textContent ?? '').replace(/\s+/g, ' ').trim() || img?.alt.trim() || '';
    if (title && title.length <= 300 && !titles.includes(title)) titles.push(title);
    if (!thumbnail && img?.src.startsWith('https:')) thumbnail = img.src;
  }
  return thumbnail ? { titles, thumbnail } : { titles };
}

export function readFacts(
  root: Element,
  options: { url: string; now?: Date; monthFirst?: boolean; isStatus?: (text: string) => boolean },
): PageFacts {
  const pieces = textPieces(root);
  const text = pieces.map((p) => p.text).join('\n');
  const events = readEvents(root, pieces, options);
  const { titles, thumbnail } = readItems(root);
  const facts: PageFacts = {
    trackingNumbers: findTrackingNumbers(text),
    events,
    titles,
  };
  const orderId = orderIdFromUrl(options.url) ?? orderIdFromText(text);
  if (orderId) facts.orderId = orderId;
  const carrier = carrierFromText(text);
  if (carrier) facts.carrier = carrier;
  const total = findOrderTotal(text);
  if (total) facts.total = total;
  const count = itemCount(text) ?? (titles.length || null);
  if (count) facts.itemCount = count;
  if (thumbnail) facts.thumbnail = thumbnail;
  const dest = destinationFromPage(text);
  if (dest) facts.destCountry = dest;
  const days = buyerProtectionDays(text);
  if (days !== null) facts.protectionDays = days;
  const chat = findSellerChat(root);
  if (chat) facts.sellerChat = chat;
  return facts;
}

/**
 * Order-list badges (DESIGN.md contract): on each order card whose status is a customs stage, a compact
 * badge host `data-customs-lens="badge"` with `data-stage` and `data-order-id`, in its own shadow root,
 * with a short tooltip. Clicking it opens that order's tracking page — through the card's own "Track
 * order" link when there is one, so AliExpress's single-page app navigates as it would itself.
 */

import { orderIdFromText } from '../../core/page-facts/order-id.ts';
import { orderIdFromUrl } from '../../core/page-kind.ts';
import { STAGE_URGENCY, type Stage } from '../../core/stages.ts';
import type { Locale } from '../../locales/locale-for.ts';
import type { FoundStatus } from '../panel-api.ts';

const BADGE_SELECTOR = '[data-customs-lens="badge"]';
const ORDER_LINK = /[?&](?:orderId|tradeOrderId|tradeId)=\d{6,}/;
const TRACKING_LINK = /\/p\/tracking\/|logisticsdetail\.htm|\/tracking(?:$|[/?#])/;

const BADGE_CSS = `
:host { all: initial; display: inline-block; margin-inline-start: 8px; vertical-align: middle; }
a { display: inline-flex; align-items: center; gap: 5px; font: 600 12px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  text-decoration: none; border-radius: 999px; padding: 1px 9px; background: #dbe7ff; color: #0b3d91; cursor: pointer; white-space: nowrap; }
a:focus-visible { outline: 2px solid #1f5fd1; outline-offset: 2px; }
a:hover { filter: brightness(0.96); text-decoration: underline; }
.s-delay, .s-inspection { background: #fff1c7; color: #6b4a00; }
.s-action_required, .s-returned { background: #ffe1de; color: #8a1c12; }
.s-released { background: #d8f5df; color: #145c2a; }
@media (prefers-color-scheme: dark) {
  a { background: #243453; color: #b7cdff; }
  .s-delay, .s-inspection { background: #4a3a12; color: #ffd98a; }
  .s-action_required, .s-returned { background: #4a2320; color: #ffb4ab; }
  .s-released { background: #1f3d28; color: #a8e6b8; }
}`;

type Card = { element: Element; orderId: string; trackingLink?: HTMLAnchorElement; status: FoundStatus };

function orderIdOf(element: Element): string | null {
  for (const link of element.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (ORDER_LINK.test(link.href)) {
      const id = orderIdFromUrl(link.href);
      if (id) return id;
    }
  }
  return orderIdFromText(element.textContent ?? '');
}

/** Every order id an element names, in its links and its text (long digit runs, as order ids are). */
function orderIdsIn(element: Element): Set<string> {
  const ids = new Set<string>();
  for (const link of element.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const id = ORDER_LINK.test(link.href) ? orderIdFromUrl(link.href) : undefined;
    if (id) ids.add(id);
  }
  for (const m of (element.textContent ?? '').matchAll(/(?<!\d)\d{12,20}(?!\d)/g)) ids.add(m[0]);
  return ids;
}

/**
 * The card of a status: the largest ancestor that names exactly one order (a card, not the list), found
 * from the nearest ancestor that names an order id.
 */
function cardOf(status: FoundStatus): Card | null {
  let el = status.node.parentElement;
  let orderId: string | null = null;
  for (; el && el !== document.body; el = el.parentElement) {
    orderId = orderIdOf(el);
    if (orderId) break;
  }
  if (!el || !orderId) return null;
  while (el.parentElement && el.parentElement !== document.body) {
    const ids = orderIdsIn(el.parentElement);
    if (ids.size !== 1 || !ids.has(orderId)) break;
    el = el.parentElement;
  }
  const trackingLink = [...el.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => TRACKING_LINK.test(a.href));
  return { element: el, orderId, status, ...(trackingLink ? { trackingLink } : {}) };
}

function trackingUrl(card: Card): string {
  return card.trackingLink?.href ?? `${location.origin}/p/tracking/index.html?tradeOrderId=${card.orderId}`;
}

function makeBadge(): HTMLElement {
  const host = document.createElement('span');
  host.dataset.customsLens = 'badge';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  const link = document.createElement('a');
  shadow.append(style, link);
  link.addEventListener('click', (event) => {
    const own = cards.get(host)?.trackingLink;
    if (own?.isConnected) {
      event.preventDefault();
      own.click();
    }
  });
  return host;
}

const cards = new WeakMap<HTMLElement, Card>();

/** A watched parcel's tracker news for an order (the background's `order-stages`), when it is newer. */
export type OrderNews = Readonly<Record<string, { stage: Stage; from: string }>>;

function paint(host: HTMLElement, card: Card, stage: Stage, locale: Locale, news?: { from: string }): void {
  const label = locale.t(`stage_${stage}`);
  host.dataset.stage = stage;
  host.dataset.orderId = card.orderId;
  if (news) host.dataset.from = news.from;
  else delete host.dataset.from;
  cards.set(host, card);
  const link = host.shadowRoot?.querySelector('a');
  if (!link) return;
  link.className = `s-${stage}`;
  link.href = trackingUrl(card);
  const tooltip = locale.t('panel_badge_tooltip', { stage: label });
  link.title = news ? `${tooltip} — ${locale.t('panel_latest_from', { tracker: news.from })}` : tooltip;
  link.setAttribute('aria-label', locale.t('panel_badge_label', { stage: label }));
  link.textContent = `◎ ${label}`;
}

export type CustomsCards = Map<string, { card: Card; stage: Stage }>;

/** The order cards that show a customs status, by order id (a card showing two: the more urgent). */
export function customsCards(statuses: FoundStatus[]): CustomsCards {
  const byOrder: CustomsCards = new Map();
  for (const status of statuses) {
    const card = cardOf(status);
    if (!card) continue;
    const seen = byOrder.get(card.orderId);
    if (!seen || STAGE_URGENCY[status.stage] > STAGE_URGENCY[seen.stage])
      byOrder.set(card.orderId, { card, stage: status.stage });
  }
  return byOrder;
}

/**
 * Puts one badge on each customs card, updates the ones already there, removes the stale ones. A watched
 * parcel's newer tracker news (`news`) is what its card's badge says, naming the tracker in its tooltip.
 */
export function updateBadges(byOrder: CustomsCards, locale: Locale, news: OrderNews = {}): void {
  for (const host of document.querySelectorAll<HTMLElement>(BADGE_SELECTOR)) {
    const id = host.dataset.orderId ?? '';
    const wanted = byOrder.get(id);
    if (!wanted?.card.element.contains(host)) host.remove();
  }
  for (const [orderId, { card, stage }] of byOrder) {
    // The page changed while the background answered: the next update puts this card's badge.
    if (!card.element.isConnected || !card.status.node.isConnected) continue;
    let host = card.element.querySelector<HTMLElement>(`${BADGE_SELECTOR}[data-order-id="${CSS.escape(orderId)}"]`);
    if (!host) {
      host = makeBadge();
      // Right after the status text, inline, so it reads as part of the status.
      card.status.node.after(host);
    }
    const newer = Object.hasOwn(news, orderId) ? news[orderId] : undefined;
    paint(host, card, newer?.stage ?? stage, locale, newer);
  }
}

export function clearBadges(): void {
  for (const host of document.querySelectorAll(BADGE_SELECTOR)) host.remove();
}

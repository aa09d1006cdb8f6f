/**
 * Notifications of watched parcels. News decided by a check is first written to an outbox in the same
 * storage write that marks it notified (see parcel-update.ts), then shown and removed from the outbox.
 * Ids are `cl|<trackingNumber>|<key>`: showing the same news twice replaces it instead of adding one,
 * and a click finds its parcel from the id alone, so nothing depends on the worker's memory.
 */
import browser from 'webextension-polyfill';
import { safeAliExpressUrl } from '../core/aliexpress-url.ts';
import type { Parcel, Store } from '../core/schemas/store.ts';
import { type Locale, localeFor } from '../locales/locale-for.ts';
import { MAX_SEPARATE, notificationText, summaryText, TITLE_KEYS } from './notification-text.ts';
import type { PendingNotification } from './parcel-update.ts';
import { readStore, updateStore } from './store.ts';

export const OUTBOX_KEY = 'customsLens.outbox';
/** What was shown, per notification id: its parcel, words and page — so a click works after any restart. */
export const SHOWN_KEY = 'customsLens.notifications';
const MAX_SHOWN = 50;
/** Outbox entries that could not be shown (unreadable, or the browser refused them), with the reason. */
export const OUTBOX_FAILED_KEY = 'customsLens.outbox.failed';
const MAX_FAILED = 20;

export type ShownNotification = { trackingNumber: string; title: string; message: string; url: string; at: string };
const ID_PREFIX = 'cl|';
/** Stands for "several parcels" where a notification id holds a tracking number. */
const SUMMARY = '*';
const MAX_OUTBOX = 50;
const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';

export function notificationId(item: Pick<PendingNotification, 'trackingNumber' | 'key'>): string {
  return `${ID_PREFIX}${item.trackingNumber}|${item.key}`;
}

export function trackingNumberOf(id: string): string | null {
  if (!id.startsWith(ID_PREFIX)) return null;
  return id.slice(ID_PREFIX.length).split('|')[0] || null;
}

function isPending(value: unknown): value is PendingNotification {
  const v = value as PendingNotification | null;
  // An own-property lookup: `kind: "constructor"` must not pass through the prototype chain.
  return (
    typeof v?.trackingNumber === 'string' &&
    typeof v.key === 'string' &&
    typeof v.kind === 'string' &&
    Object.hasOwn(TITLE_KEYS, v.kind)
  );
}

export async function readOutbox(): Promise<PendingNotification[]> {
  const raw = (await browser.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY];
  return Array.isArray(raw) ? raw.filter(isPending) : [];
}

/** Inside an updateStore change: queue news in the same write that marks it notified. */
export async function enqueue(also: Record<string, unknown>, items: readonly PendingNotification[]): Promise<void> {
  if (!items.length) return;
  const current = (also[OUTBOX_KEY] as PendingNotification[] | undefined) ?? (await readOutbox());
  also[OUTBOX_KEY] = [...current, ...items].slice(-MAX_OUTBOX);
}

function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** Firefox shows no notification buttons (and rejects the option); Chrome does. */
function supportsButtons(): boolean {
  return !('getBrowserInfo' in browser.runtime);
}

async function readShown(): Promise<Record<string, ShownNotification>> {
  const raw = (await browser.storage.local.get(SHOWN_KEY))[SHOWN_KEY];
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, ShownNotification>) : {};
}

const ICON = 'icons/icon-128.png';

async function show(item: PendingNotification, store: Store, locale: Locale): Promise<ShownNotification> {
  const parcel = store.parcels[item.trackingNumber];
  const text = notificationText(item, parcel, locale);
  await browser.notifications.create(notificationId(item), {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: text.title,
    message: text.message,
    ...(supportsButtons() && { buttons: text.buttons }),
  });
  return {
    trackingNumber: item.trackingNumber,
    title: text.title,
    message: text.message,
    url: parcelPageUrl(parcel),
    at: new Date().toISOString(),
  };
}

/** Many parcels' news in one notification; a click opens the order list. */
async function showSummary(items: readonly PendingNotification[], store: Store, locale: Locale) {
  const id = `${ID_PREFIX}${SUMMARY}|${Date.now()}`;
  const text = summaryText(items, store, locale);
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: text.title,
    message: text.message,
  });
  const shown: ShownNotification = { trackingNumber: SUMMARY, ...text, url: ORDER_LIST, at: new Date().toISOString() };
  return [id, shown] as const;
}

let flushing: Promise<void> = Promise.resolve();

/** Shows everything in the outbox, then removes what was shown. Safe to run any number of times. */
export function flushOutbox(): Promise<void> {
  flushing = flushing.then(async () => {
    const items = await readOutbox();
    if (!items.length) return;
    const store = await readStore();
    const locale = localeFor(store.settings.uiLanguage, uiLanguage());
    const shown = new Map<string, ShownNotification>();
    const done = new Set<string>();
    const failed: Array<{ item: unknown; reason: string; at: string }> = [];
    const setAside = (item: unknown, error: unknown) =>
      failed.push({
        item,
        reason: error instanceof Error ? error.message : String(error),
        at: new Date().toISOString(),
      });
    if (items.length > MAX_SEPARATE) {
      try {
        const [id, entry] = await showSummary(items, store, locale);
        shown.set(id, entry);
        for (const item of items) done.add(notificationId(item));
      } catch (error) {
        console.warn('Customs Lens: summary notification failed', error);
      }
    } else {
      // One entry that cannot be shown is set aside with its reason; it never holds up the others.
      for (const item of items) {
        try {
          shown.set(notificationId(item), await show(item, store, locale));
        } catch (error) {
          setAside(item, error);
        }
        done.add(notificationId(item));
      }
    }
    await updateStore(async (_store, also) => {
      const raw = (await browser.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY];
      const entries: unknown[] = Array.isArray(raw) ? raw : [];
      for (const entry of entries) if (!isPending(entry)) setAside(entry, 'not a notification Customs Lens knows');
      also[OUTBOX_KEY] = entries.filter(isPending).filter((i) => !done.has(notificationId(i)));
      also[SHOWN_KEY] = Object.fromEntries(
        Object.entries({ ...(await readShown()), ...Object.fromEntries(shown) }).slice(-MAX_SHOWN),
      );
      if (failed.length) {
        const before = (await browser.storage.local.get(OUTBOX_FAILED_KEY))[OUTBOX_FAILED_KEY];
        also[OUTBOX_FAILED_KEY] = [...(Array.isArray(before) ? before : []), ...failed].slice(-MAX_FAILED);
      }
    });
  });
  flushing = flushing.catch(() => undefined);
  return flushing;
}

export function parcelPageUrl(parcel: Parcel | undefined): string {
  return (
    safeAliExpressUrl(parcel?.trackingUrl) ??
    (parcel?.orderId
      ? `https://www.aliexpress.com/p/order/detail.html?orderId=${encodeURIComponent(parcel.orderId)}`
      : ORDER_LIST)
  );
}

export async function onNotificationClicked(id: string): Promise<void> {
  const trackingNumber = trackingNumberOf(id);
  if (!trackingNumber) return;
  const parcel = (await readStore()).parcels[trackingNumber];
  // The parcel's current page if still watched, else the page recorded when the news was shown.
  const url = parcel
    ? parcelPageUrl(parcel)
    : (safeAliExpressUrl((await readShown())[id]?.url) ?? parcelPageUrl(undefined));
  await browser.tabs.create({ url });
  await browser.notifications.clear(id);
}

export async function onNotificationButton(id: string, index: number): Promise<void> {
  const trackingNumber = trackingNumberOf(id);
  if (!trackingNumber || trackingNumber === SUMMARY) return;
  if (index === 0) {
    await onNotificationClicked(id);
    return;
  }
  await updateStore((store) => {
    delete store.parcels[trackingNumber];
  });
  await browser.notifications.clear(id);
}

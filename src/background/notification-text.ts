/**
 * The words of the watcher's notifications: which parcel, what happened, where — and, when many parcels
 * have news at once (back from a week offline, a customs office clearing its backlog), one summary
 * instead of a wall of notifications. Pure (no browser API), so it is unit-tested.
 */
import { countryName } from '../core/format-money.ts';
import type { Parcel, Store } from '../core/schemas/store.ts';
import type { MessageKey } from '../locales/index.ts';
import type { Locale } from '../locales/locale-for.ts';
import type { PendingNotification } from './parcel-update.ts';

/** More news than this at once is told in one summary notification. */
export const MAX_SEPARATE = 3;
/** Lines of a summary (the browser cuts long messages anyway). */
const SUMMARY_LINES = 4;

export const TITLE_KEYS: Record<PendingNotification['kind'], MessageKey> = {
  left_customs: 'notifications_title_left_customs',
  action_required: 'notifications_title_action_required',
  returned: 'notifications_title_returned',
  delivered: 'notifications_title_delivered',
};

/** Event words in a notification: at most this long. */
const MAX_EVENT_TEXT = 90;
// Anything a reader could take for an address to visit: a scheme, "www.", or a name.tld(/…).
const URL_LIKE = /\b(?:[a-z][a-z0-9+.-]*:\/\/\S*|www\.\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:\/\S*)?)/giu;

/**
 * Page or tracker words as a notification may carry them: no link or address-like string (a page script
 * could write "pay at https://…" into the timeline), shortened, single-spaced.
 */
export function plainText(text: string, max = MAX_EVENT_TEXT): string {
  const clean = text.replace(URL_LIKE, '…').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

function parcelName(item: PendingNotification, parcel: Parcel | undefined, { t }: Locale): string {
  const title = parcel?.title ? plainText(parcel.title, Number.POSITIVE_INFINITY) : '';
  if (title) return title.length > 60 ? `${title.slice(0, 57)}…` : title;
  return parcel?.orderId ? t('notifications_parcel_order', { orderId: parcel.orderId }) : item.trackingNumber;
}

/** The words of one parcel's notification. */
export function notificationText(item: PendingNotification, parcel: Parcel | undefined, locale: Locale) {
  const { t, lang } = locale;
  const event =
    (item.eventText && plainText(item.eventText)) || t(`stage_${parcel?.stage ?? 'released'}` as MessageKey);
  const place =
    (item.place && plainText(item.place, 40)) ||
    (parcel?.destCountry ? countryName(parcel.destCountry, lang) : undefined);
  return {
    title: t(TITLE_KEYS[item.kind], { parcel: parcelName(item, parcel, locale) }),
    message: place ? t('notifications_body_where', { event, place }) : t('notifications_body', { event }),
    buttons: [{ title: t('notifications_button_open') }, { title: t('notifications_button_stop') }],
  };
}

/** One notification for many parcels' news: a line per parcel, most urgent kinds first. */
export function summaryText(items: readonly PendingNotification[], store: Store, locale: Locale) {
  const order: PendingNotification['kind'][] = ['action_required', 'returned', 'left_customs', 'delivered'];
  const sorted = [...items].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const lines = sorted
    .slice(0, SUMMARY_LINES)
    .map((item) =>
      locale.t(TITLE_KEYS[item.kind], { parcel: parcelName(item, store.parcels[item.trackingNumber], locale) }),
    );
  if (sorted.length > SUMMARY_LINES) {
    lines.push(locale.t('notifications_summary_more', { count: sorted.length - SUMMARY_LINES }));
  }
  return { title: locale.t('notifications_summary_title', { count: items.length }), message: lines.join('\n') };
}

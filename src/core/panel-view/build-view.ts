/**
 * Turns page facts into what the panel shows: the structured advice (meaning, reasons with their why,
 * steps), re-track links, the seller message and the charges — all texts already translated. Built by
 * the background (explain-page.ts); the panel's components only render it, so they stay plain.
 */

import type { MessageKey } from '../../locales/index.ts';
import type { Locale } from '../../locales/locale-for.ts';
import { adviceFor } from '../advice.ts';
import type { CustomsEpisode } from '../customs-episode.ts';
import type { Destination } from '../knowledge/destination.ts';
import type { SellerTemplate } from '../knowledge/seller-messages.ts';
import { retrackLinksVia } from '../retrack-links.ts';
import type { PageParcel } from '../schemas/messages.ts';
import { sellerMessageFrom } from '../seller-message.ts';
import type { Stage } from '../stages.ts';
import { buildChargesView, type ChargesView } from './charges-view.ts';
import type { PageFacts } from './page-reading.ts';

export type PanelView = {
  stage: Stage;
  /** The page's own words for the status, or a tracker's (shown as text, never as HTML). */
  status: string;
  /** The tracker whose newer event `status` quotes (a watched parcel's), when it is not the page's. */
  statusFrom?: string;
  trackingNumber?: string;
  orderId?: string;
  daysInCustoms?: number;
  usual?: { min: number; max: number };
  overdue: boolean;
  meaning: string;
  reasons: Array<{ id: string; text: string; cautious: boolean }>;
  steps: Array<{ id: string; text: string; urgent: boolean }>;
  links: Array<{ id: string; label: string; url: string }>;
  protectionDays?: number;
  sellerMessage?: string;
  parcel?: PageParcel;
  /** What this order may cost at customs and where to pay (import stages and action_required). */
  charges?: ChargesView;
};

function tr(locale: Locale, key: string, params?: Record<string, string | number | undefined>): string {
  const clean = params
    ? Object.fromEntries(Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined))
    : undefined;
  return locale.t(key as MessageKey, clean);
}

export function buildView(input: {
  facts: PageFacts;
  episode: CustomsEpisode;
  stage: Stage;
  locale: Locale;
  now: Date;
  trackingUrl?: string;
  /** What the tables know of facts.destCountry; undefined: the advice stays general. */
  destination?: Destination | undefined;
  /** The seller message's template in the shown language; undefined: no message to copy. */
  sellerTemplate?: SellerTemplate | undefined;
}): PanelView {
  const { facts, episode, stage, locale, now } = input;
  const trackingNumber = facts.trackingNumbers[0];
  const destination =
    input.destination && input.destination.code === facts.destCountry?.trim().toUpperCase()
      ? input.destination
      : undefined;
  const advice = adviceFor(
    {
      stage,
      episode,
      today: now,
      lang: locale.lang,
      order: {
        ...(facts.destCountry ? { destCountry: facts.destCountry } : {}),
        ...(facts.total ? { total: facts.total } : {}),
        ...(facts.itemCount ? { itemCount: facts.itemCount } : {}),
        ...(facts.titles.length ? { itemTitles: facts.titles } : {}),
        ...(facts.protectionDays !== undefined ? { protectionDaysLeft: facts.protectionDays } : {}),
        ...(facts.orderId ? { orderId: facts.orderId } : {}),
        ...(trackingNumber ? { trackingNumber } : {}),
      },
    },
    destination,
  );
  const latest = episode.events.find((e) => e.stage === stage) ?? episode.latest;
  const view: PanelView = {
    stage,
    status: latest?.text ?? '',
    overdue: advice.overdue,
    meaning: tr(locale, advice.meaningKey),
    reasons: advice.reasons.map((r) => ({ id: r.id, text: tr(locale, r.key, r.params), cautious: r.cautious })),
    steps: advice.steps.map((s) => ({ id: s.id, text: tr(locale, s.key, s.params), urgent: s.urgent })),
    links: trackingNumber
      ? retrackLinksVia(trackingNumber, destination?.rule?.postal).map((l) => ({
          id: l.id,
          label: l.id === 'local_post' && !l.label ? locale.t('panel_local_post') : l.label,
          url: l.url,
        }))
      : [],
  };
  if (trackingNumber) view.trackingNumber = trackingNumber;
  if (facts.orderId) view.orderId = facts.orderId;
  if (episode.daysInCustoms !== undefined) view.daysInCustoms = episode.daysInCustoms;
  if (advice.usualDays) view.usual = { min: advice.usualDays.min, max: advice.usualDays.max };
  if (facts.protectionDays !== undefined) view.protectionDays = facts.protectionDays;
  const charges = buildChargesView({
    stage,
    locale,
    now,
    ...(facts.destCountry ? { destCountry: facts.destCountry } : {}),
    ...(facts.total ? { total: facts.total } : {}),
    ...(facts.itemCount ? { itemCount: facts.itemCount } : {}),
    titles: facts.titles,
    ...(facts.carrier ? { carrier: facts.carrier } : {}),
    destination,
  });
  if (charges) view.charges = charges;
  if (input.sellerTemplate) {
    view.sellerMessage = sellerMessageFrom(input.sellerTemplate, {
      ...(facts.orderId ? { orderId: facts.orderId } : {}),
      ...(trackingNumber ? { trackingNumber } : {}),
      stage,
      ...(episode.daysInCustoms !== undefined ? { daysHeld: episode.daysInCustoms } : {}),
    });
  }
  if (trackingNumber) {
    view.parcel = {
      trackingNumber,
      stage,
      events: facts.events.slice(0, 200),
      ...(facts.orderId ? { orderId: facts.orderId } : {}),
      ...(input.trackingUrl ? { trackingUrl: input.trackingUrl } : {}),
      ...(facts.titles[0] ? { title: facts.titles[0].slice(0, 300) } : {}),
      ...(facts.thumbnail ? { thumbnail: facts.thumbnail } : {}),
      ...(facts.destCountry ? { destCountry: facts.destCountry } : {}),
    };
  }
  return view;
}

/**
 * Turns page facts into what the panel shows, through core: the customs episode (stage, days at
 * customs), the structured advice (meaning, reasons with their why, steps), re-track links and the
 * seller message — all texts already translated. The only file of the panel module that knows the
 * shapes of core's results, so the components stay plain.
 */
import { adviceFor } from '../../core/advice.ts';
import { classifyStatus } from '../../core/classify-status.ts';
import { analyzeEpisode, type CustomsEpisode } from '../../core/customs-episode.ts';
import type { TrackingEvent } from '../../core/events.ts';
import type { Destination } from '../../core/knowledge/destination.ts';
import type { SellerTemplate } from '../../core/knowledge/seller-messages.ts';
import { retrackLinksVia } from '../../core/retrack-links.ts';
import type { PageParcel } from '../../core/schemas/messages.ts';
import { sellerMessageFrom } from '../../core/seller-message.ts';
import { STAGE_URGENCY, type Stage } from '../../core/stages.ts';
import type { MessageKey } from '../../locales/index.ts';
import type { Locale } from '../../locales/locale-for.ts';
import { buildChargesView, type ChargesView } from './charges-view.ts';
import type { PageFacts, SellerChat } from './read-facts.ts';

export type PanelView = {
  stage: Stage;
  /** The page's own words for the status (shown as text, never as HTML). */
  status: string;
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
  chat?: SellerChat;
  parcel?: PageParcel;
  /** What this order may cost at customs and where to pay (import stages and action_required). */
  charges?: ChargesView;
};

/**
 * The stage the panel shows: the episode's current stage (core already lets a vague carrier note leave a
 * hold in place, and ends it on release or a last-mile event). Null: no panel.
 */
export function panelStage(episode: CustomsEpisode): Stage | null {
  return episode.stage;
}

export function episodeOf(facts: PageFacts, fallback: TrackingEvent[], lang: string, now: Date): CustomsEpisode {
  const events = facts.events.some((e) => classifyStatus(e.text, { lang })) ? facts.events : fallback;
  return analyzeEpisode(events, now);
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
    timeline: best.timeline,
    trackingNumbers: number ? [number, ...facts.trackingNumbers.filter((n) => n !== number)] : facts.trackingNumbers,
  };
}

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
  /** What the tables know of facts.destCountry (load-knowledge.ts); undefined: the advice stays general. */
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
  if (facts.sellerChat) view.chat = facts.sellerChat;
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

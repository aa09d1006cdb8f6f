/**
 * The whole thinking behind the on-page panel, from what the panel read (page-reading.ts) to what it
 * shows (build-view.ts): facts, the package that matters, the customs episode (stage, days at customs),
 * advice, charges and the seller message in the buyer's language. Runs in the background, which has
 * every table at hand; the page loads only the code that reads the DOM and renders the answer.
 */
import type { Locale } from '../../locales/locale-for.ts';
import { TRACKER_NAMES } from '../../locales/tracker-names.ts';
import { classifyStatus } from '../classify-status.ts';
import { analyzeEpisode, type CustomsEpisode } from '../customs-episode.ts';
import type { TrackingEvent } from '../events.ts';
import { destinationOf } from '../knowledge/destination.ts';
import { SELLER_TEMPLATES } from '../knowledge/seller-messages.ts';
import { sellerTemplateLang } from '../seller-message.ts';
import { buildView, type PanelView } from './build-view.ts';
import { factsFromReading, type PageFacts, type PageReading, pickPackage, trackingUrlOf } from './page-reading.ts';
import { isTrackerEvent } from './tracker-stage.ts';

export type Explanation = {
  /** Null: no customs stage on this page, no panel. */
  view: PanelView | null;
  /** The reading's package the panel speaks of (it goes above that package's timeline). */
  packageIndex?: number;
};

/**
 * What the trackers have told the background about a watched parcel: its stored events from Cainiao,
 * 17TRACK and ParcelsApp (the page's own are on the page). Undefined: not watched.
 */
export type KnownEvents = (trackingNumber: string) => readonly TrackingEvent[] | undefined;

/** The dated events when one of them is a customs status, else the detector's finds in page order. */
export function pageEpisodeEvents(facts: PageFacts, fallback: readonly string[], lang: string): TrackingEvent[] {
  const isCustoms = facts.events.some((e) => classifyStatus(e.text, { lang }));
  return isCustoms ? facts.events : fallback.map((text) => ({ text, source: 'page' }));
}

/**
 * The page's events, and for a watched parcel the trackers' too, in one timeline: the panel then says
 * what the popup and the notifications say, also when a tracker is ahead of the AliExpress page (it has
 * seen the release the page does not show yet). Undated fallback texts are not mixed with dated events.
 */
export function episodeOf(
  facts: PageFacts,
  fallback: readonly string[],
  lang: string,
  now: Date,
  tracked: readonly TrackingEvent[] = [],
): { episode: CustomsEpisode; pageStage: CustomsEpisode['stage'] } {
  const own = pageEpisodeEvents(facts, fallback, lang);
  const pageEpisode = analyzeEpisode(own, now);
  const fromTrackers = own.some((e) => e.time) ? tracked.filter((e) => e.source !== 'page') : [];
  if (!fromTrackers.length) return { episode: pageEpisode, pageStage: pageEpisode.stage };
  return { episode: analyzeEpisode([...own, ...fromTrackers], now), pageStage: pageEpisode.stage };
}

export function explainPage(reading: PageReading, locale: Locale, now: Date, known?: KnownEvents): Explanation {
  const { lang } = reading;
  const isStatus = (text: string) => classifyStatus(text, { lang }) !== null;
  const facts = pickPackage(factsFromReading(reading, isStatus), now);
  const number = facts.trackingNumbers[0];
  const tracked = number ? known?.(number) : undefined;
  const { episode, pageStage } = episodeOf(facts, reading.statuses, lang, now, tracked);
  // The episode's current stage: core already lets a vague carrier note leave a hold in place, and ends
  // it on release or a last-mile event. When only a tracker knows the parcel has moved on from a hold
  // the page still shows, the panel stays and says it left ("released", from that tracker's event).
  const movedOn = !episode.stage && pageStage && episode.leftCustoms ? episode.leftEvent : undefined;
  const stage = movedOn ? 'released' : episode.stage;
  const packageIndex = facts.packageIndex !== undefined ? { packageIndex: facts.packageIndex } : {};
  if (!stage) return { view: null, ...packageIndex };
  const trackingUrl = trackingUrlOf(reading, facts.orderId);
  const view = buildView({
    facts,
    episode,
    stage,
    locale,
    now,
    ...(trackingUrl ? { trackingUrl } : {}),
    destination: destinationOf(facts.destCountry),
    sellerTemplate: SELLER_TEMPLATES[sellerTemplateLang(locale.lang)],
  });
  // Already watched: "watch this parcel" is done (the toggle says so).
  if (tracked) view.steps = view.steps.filter((step) => step.id !== 'watch');
  // The status quoted is a tracker's (newer than anything the page shows): say whose.
  const quoted = movedOn ?? episode.events.find((e) => e.stage === stage) ?? episode.latest;
  if (isTrackerEvent(quoted)) {
    view.status = quoted.text;
    view.statusFrom = TRACKER_NAMES[quoted.source];
  }
  return { view, ...packageIndex };
}

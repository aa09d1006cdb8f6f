/**
 * The whole thinking behind the on-page panel, from what the panel read (page-reading.ts) to what it
 * shows (build-view.ts): facts, the package that matters, the customs episode (stage, days at customs),
 * advice, charges and the seller message in the buyer's language. Runs in the background, which has
 * every table at hand; the page loads only the code that reads the DOM and renders the answer.
 */
import type { Locale } from '../../locales/locale-for.ts';
import { classifyStatus } from '../classify-status.ts';
import { analyzeEpisode, type CustomsEpisode } from '../customs-episode.ts';
import type { TrackingEvent } from '../events.ts';
import { destinationOf } from '../knowledge/destination.ts';
import { SELLER_TEMPLATES } from '../knowledge/seller-messages.ts';
import { sellerTemplateLang } from '../seller-message.ts';
import { buildView, type PanelView } from './build-view.ts';
import { factsFromReading, type PageFacts, type PageReading, pickPackage, trackingUrlOf } from './page-reading.ts';

export type Explanation = {
  /** Null: no customs stage on this page, no panel. */
  view: PanelView | null;
  /** The reading's package the panel speaks of (it goes above that package's timeline). */
  packageIndex?: number;
};

/** The dated events when one of them is a customs status, else the detector's finds in page order. */
export function episodeOf(facts: PageFacts, fallback: readonly string[], lang: string, now: Date): CustomsEpisode {
  const isCustoms = facts.events.some((e) => classifyStatus(e.text, { lang }));
  const events: TrackingEvent[] = isCustoms ? facts.events : fallback.map((text) => ({ text, source: 'page' }));
  return analyzeEpisode(events, now);
}

export function explainPage(reading: PageReading, locale: Locale, now: Date): Explanation {
  const { lang } = reading;
  const isStatus = (text: string) => classifyStatus(text, { lang }) !== null;
  const facts = pickPackage(factsFromReading(reading, isStatus), now);
  const episode = episodeOf(facts, reading.statuses, lang, now);
  // The episode's current stage: core already lets a vague carrier note leave a hold in place, and ends
  // it on release or a last-mile event.
  const stage = episode.stage;
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
  return { view, ...packageIndex };
}

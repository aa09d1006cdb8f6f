/**
 * Handlers for the on-page panel's thinking: the full classifier over the detector's candidates, and a
 * page reading explained (core/panel-view/explain-page.ts) in the buyer's language, with what the trackers
 * said of the parcel when it is watched. They live here, not in
 * the panel module, so a page loads neither the classifier's phrase tables nor the knowledge tables.
 */
import { classifyStatus } from '../../core/classify-status.ts';
import { explainPage } from '../../core/panel-view/explain-page.ts';
import { type TrackerStage, trackerStage } from '../../core/panel-view/tracker-stage.ts';
import { STAGE_URGENCY } from '../../core/stages.ts';
import { localeFor } from '../../locales/locale-for.ts';
import type { Handlers } from '../router.ts';
import { readStore } from '../store.ts';

export const pageHandlers: Pick<Handlers, 'classify-texts' | 'explain-page' | 'order-stages'> = {
  'classify-texts': ({ lang, texts }) => texts.map((text) => classifyStatus(text, { lang })),
  // A watched parcel's stored tracker events join the page's (one timeline with the popup's).
  'explain-page': async ({ reading, uiLang }) => {
    const { parcels } = await readStore();
    const known = (trackingNumber: string) =>
      Object.hasOwn(parcels, trackingNumber) ? parcels[trackingNumber]?.events : undefined;
    return explainPage(reading, localeFor(uiLang, uiLang), new Date(), known);
  },
  // An order shipped in several parcels shows the most urgent of its parcels' tracker news.
  'order-stages': async ({ orderIds }) => {
    const wanted = new Set(orderIds);
    const now = new Date();
    const answer: Record<string, TrackerStage> = {};
    for (const parcel of Object.values((await readStore()).parcels)) {
      if (!parcel.orderId || !wanted.has(parcel.orderId)) continue;
      const news = trackerStage(parcel.events, now);
      const seen = answer[parcel.orderId];
      if (news && (!seen || STAGE_URGENCY[news.stage] > STAGE_URGENCY[seen.stage])) answer[parcel.orderId] = news;
    }
    return answer;
  },
};

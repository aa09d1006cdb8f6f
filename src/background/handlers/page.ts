/**
 * Handlers for the on-page panel's thinking: the full classifier over the detector's candidates, and a
 * page reading explained (core/panel-view/explain-page.ts) in the buyer's language, with what the trackers
 * said of the parcel when it is watched. They live here, not in
 * the panel module, so a page loads neither the classifier's phrase tables nor the knowledge tables.
 */
import { classifyStatus } from '../../core/classify-status.ts';
import { explainPage } from '../../core/panel-view/explain-page.ts';
import { localeFor } from '../../locales/locale-for.ts';
import type { Handlers } from '../router.ts';
import { readStore } from '../store.ts';

export const pageHandlers: Pick<Handlers, 'classify-texts' | 'explain-page'> = {
  'classify-texts': ({ lang, texts }) => texts.map((text) => classifyStatus(text, { lang })),
  // A watched parcel's stored tracker events join the page's (one timeline with the popup's).
  'explain-page': async ({ reading, uiLang }) => {
    const { parcels } = await readStore();
    const known = (trackingNumber: string) =>
      Object.hasOwn(parcels, trackingNumber) ? parcels[trackingNumber]?.events : undefined;
    return explainPage(reading, localeFor(uiLang, uiLang), new Date(), known);
  },
};

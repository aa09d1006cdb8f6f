/**
 * The panel module, loaded by the content script only once a customs status is on the page (see
 * panel-api.ts). Reads the order's facts, asks core for the stage, the days at customs and the advice,
 * and keeps exactly one panel (tracking, order detail) or one badge per card (order list) in step with
 * what the page shows; removes them when the customs status goes away.
 */
import { classifyStatus } from '../../core/classify-status.ts';
import type { TrackingEvent } from '../../core/events.ts';
import type { PanelState } from '../../core/schemas/store.ts';
import { isHeld } from '../../core/stages.ts';
import { localeFor } from '../../ui/i18n.ts';
import { clearBadges, updateBadges } from '../badges.ts';
import type { FoundStatus } from '../find-status.ts';
import { isRtlLang } from '../page-lang.ts';
import type { PanelModule, ScanResult } from '../panel-api.ts';
import { readRemembered, rememberPanelState } from '../panel-state.ts';
import { readFacts } from '../read-facts.ts';
import { buildView, episodeOf, panelStage } from '../view-model.ts';
import { mountPanel, unmountPanel } from './mount-panel.tsx';

/** Remembered choices, read once per page (order) and kept while the buyer changes them here. */
let remembered: { key: string; value: Promise<{ panelState?: PanelState; uiLanguage?: string }> } | null = null;

function rememberedFor(orderId: string | undefined) {
  const key = orderId ?? location.href;
  if (remembered?.key !== key) remembered = { key, value: readRemembered(orderId) };
  return remembered.value;
}

/** Where the panel goes: above the list or block that shows the status, never inside a list. */
function anchorFor(status: FoundStatus | undefined): Element | null {
  const element = status?.node.parentElement;
  if (!element) return document.body.firstElementChild;
  const row = element.closest('li, tr, dd, dt');
  const list = row?.closest('ul, ol, table, dl');
  return list ?? element.closest('section, article, div, p') ?? element;
}

function trackingUrlOf(result: ScanResult, orderId: string | undefined): string | undefined {
  if (result.kind === 'tracking') return result.url;
  const own = document.querySelector<HTMLAnchorElement>('a[href*="/p/tracking/"]');
  if (own?.href.startsWith('https:')) return own.href;
  return orderId ? `${location.origin}/p/tracking/index.html?tradeOrderId=${orderId}` : undefined;
}

let generation = 0;

async function updatePanel(result: ScanResult, signal: AbortSignal): Promise<void> {
  const run = ++generation;
  const now = new Date();
  const lang = result.lang;
  const facts = readFacts(document.body, {
    url: result.url,
    now,
    monthFirst: /\.aliexpress\.us$/.test(location.hostname) || /^en-us$/i.test(lang),
    isStatus: (text) => classifyStatus(text, { lang }) !== null,
  });
  // Pages that print statuses without dates still count: the detector's finds, in page order.
  const fallback: TrackingEvent[] = result.statuses.map((s) => ({ text: s.text, source: 'page' }));
  const episode = episodeOf(facts, fallback, lang, now);
  const stage = panelStage(episode);
  if (!stage) {
    unmountPanel();
    return;
  }
  const { panelState, uiLanguage } = await rememberedFor(facts.orderId);
  if (run !== generation || signal.aborted) return;
  const locale = localeFor(uiLanguage, lang);
  const view = buildView({ facts, episode, stage, locale, now, trackingUrl: trackingUrlOf(result, facts.orderId) });
  const anchor = anchorFor(result.statuses.find((s) => s.stage === stage) ?? result.statuses[0]);
  if (!anchor) return;
  // Open by default while customs holds the parcel: that is when the buyer needs the explanation.
  const initialState: PanelState = panelState ?? (isHeld(stage) || stage === 'returned' ? 'expanded' : 'collapsed');
  mountPanel(anchor, {
    view,
    locale,
    dir: locale.dir === 'rtl' || isRtlLang(lang) ? 'rtl' : 'ltr',
    initialState,
    onStateChange: (state) => {
      rememberPanelState(facts.orderId, state);
      if (remembered) remembered.value = remembered.value.then((r) => ({ ...r, panelState: state }));
    },
  });
}

export const update: PanelModule['update'] = (result, signal) => {
  if (result.kind === 'order-list') {
    const locale = localeFor(undefined, result.lang);
    updateBadges(result.statuses, locale);
    return;
  }
  updatePanel(result, signal).catch((error: unknown) => console.warn('Customs Lens: panel update failed', error));
};

export const clear: PanelModule['clear'] = () => {
  generation++;
  remembered = null;
  unmountPanel();
  clearBadges();
};

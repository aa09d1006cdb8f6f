/**
 * The panel module, loaded by the content script only once a customs status may be on the page (see
 * panel-api.ts). Reads the page, has the background explain it (stage, days at customs, advice, charges,
 * all translated: core/panel-view/), and keeps exactly one panel (tracking, order detail) or one badge per
 * card (order list) in step with what the page shows; removes them when the customs status goes away.
 */
import type { PanelState } from '../../core/schemas/store.ts';
import { isHeld } from '../../core/stages.ts';
import { catalogModuleFile } from '../../locales/catalog-files.ts';
import { createLocaleLoader } from '../../locales/load-locale.ts';
import type { Catalog } from '../../locales/types.ts';
import type { FoundStatus, PanelModule, ScanResult, SettledPage } from '../panel-api.ts';
import { askBackground } from './ask-background.ts';
import { clearBadges, customsCards, type OrderNews, updateBadges } from './badges.ts';
import { classifyCandidates } from './classify-candidates.ts';
import { mountPanel, unmountPanel } from './mount-panel.tsx';
import { verificationOverlays } from './page-structure.ts';
import { readRemembered, rememberPanelState } from './panel-state.ts';
import { type PageRead, readPage } from './read-facts.ts';
import { removeUnreadNote, showUnreadNote } from './unread-note.ts';

/** Remembered choices, read once per page (order) and kept while the buyer changes them here. */
let remembered: { key: string; value: Promise<{ panelState?: PanelState; uiLanguage?: string }> } | null = null;

function rememberedFor(orderId: string | undefined) {
  const key = orderId ?? location.href;
  if (remembered?.key !== key) remembered = { key, value: readRemembered(orderId) };
  return remembered.value;
}

/** The real tracking page's timeline block (page-structure.ts): the panel goes above it, not into an event. */
const TIMELINE = '[class*="logistic-info"][class*="--track"]';

/** Where the panel goes: above the list or block that shows the status, never inside a list. */
function anchorFor(status: FoundStatus | undefined): Element | null {
  const element = status?.node.parentElement;
  if (!element) return document.body.firstElementChild;
  const timeline = element.closest(TIMELINE);
  if (timeline) return timeline;
  const row = element.closest('li, tr, dd, dt');
  const list = row?.closest('ul, ol, table, dl');
  return list ?? element.closest('section, article, div, p') ?? element;
}

/**
 * Only the shown language's catalog is loaded, by its runtime.getURL as the content script loads this
 * module. Not by a relative `import()`: runtime.getURL's dynamic URL (use_dynamic_url) redirects to the
 * extension's static one, a relative import resolves against that, and Chromium refuses it.
 */
const loadLocale = createLocaleLoader(async (lang) => {
  const module = (await import(/* @vite-ignore */ chrome.runtime.getURL(catalogModuleFile(lang)))) as {
    default: Catalog;
  };
  return module.default;
});

let generation = 0;

/** The longest wait for an idle moment between two steps of reading. */
const READ_PAUSE_TIMEOUT_MS = 100;

/** A newer update (or navigation) made this reading pointless: it stops at its next pause, quietly. */
class Superseded extends Error {}

/**
 * Reads the page in steps with idle moments between them, stopping early once `stale` says a newer
 * reading has started (a burst of page changes brings several updates). Its cost on the page, like the
 * detector's scans, is visible to the bench: `customs-lens:read` is the working time of all steps of a
 * finished reading (pauses left out), `customs-lens:read-step` each step's.
 */
async function readOnPage(
  page: SettledPage,
  statuses: readonly FoundStatus[],
  now: Date,
  stale: () => boolean,
): Promise<PageRead> {
  const { lang } = page;
  let busyMs = 0;
  let stepStart = performance.now();
  const first = stepStart;
  const endStep = () => {
    const duration = performance.now() - stepStart;
    busyMs += duration;
    performance.measure('customs-lens:read-step', { start: stepStart, duration });
  };
  const pause = () =>
    new Promise<void>((resolve, reject) => {
      endStep();
      requestIdleCallback(
        () => {
          if (stale()) return reject(new Superseded());
          stepStart = performance.now();
          resolve();
        },
        { timeout: READ_PAUSE_TIMEOUT_MS },
      );
    });
  const read = await readPage(
    document.body,
    {
      kind: page.kind,
      url: page.url,
      lang,
      statuses: statuses.map((s) => s.text),
      now,
      monthFirst: /\.aliexpress\.us$/.test(location.hostname) || /^en-us$/i.test(lang),
    },
    pause,
  );
  endStep();
  performance.measure('customs-lens:read', { start: first, duration: busyMs });
  return read;
}

/** Logs a failure, but not a reading that stopped because a newer one started. */
const warnUnlessSuperseded = (what: string) => (error: unknown) => {
  if (!(error instanceof Superseded)) console.warn(`Customs Lens: ${what}`, error);
};

/**
 * Whether a settled page was read: a tracking page by its events, an order page by its events or the
 * order id it prints. The order list is never called unreadable (a buyer may have no orders), nor is
 * AliExpress's own error page.
 */
function wasRead(page: SettledPage, read: PageRead): boolean {
  if (page.kind === 'order-list') return true;
  // AliExpress's own error page (`error--title--…`, aliexpress-pages.md): nothing to read, nothing misread.
  if (document.querySelector('[class*="error--title"]')) return true;
  if (read.hasEvents) return true;
  return page.kind === 'order-detail' && read.orderIdShown;
}

let settleRun = 0;

async function settlePage(page: SettledPage, signal: AbortSignal): Promise<void> {
  const run = ++settleRun;
  const now = new Date();
  const read = await readOnPage(page, [], now, () => run !== settleRun || signal.aborted);
  if (run !== settleRun || signal.aborted) return;
  // A verification overlay is not a page we misread: the buyer solves it and the page reloads.
  if (document.querySelector('[data-customs-lens="panel"]') || read.verification || wasRead(page, read)) {
    removeUnreadNote();
  } else {
    const { uiLanguage } = await readRemembered(undefined);
    const locale = await loadLocale(uiLanguage, page.lang);
    if (run !== settleRun || signal.aborted) return;
    if (!document.querySelector('[data-customs-lens="panel"]')) {
      showUnreadNote(locale, { kind: page.kind, lang: page.lang, version: chrome.runtime.getManifest().version, now });
    }
  }
  // Visible to tests: the settled page has been judged (read, or the note shown).
  performance.mark('customs-lens:settled');
}

async function updatePanel(result: ScanResult, signal: AbortSignal): Promise<void> {
  const run = ++generation;
  const stale = () => run !== generation || signal.aborted;
  const now = new Date();
  const read = await readOnPage(result, result.statuses, now, stale);
  if (stale()) return;
  // The user's language from the settings, else the page's: only that catalog is loaded, and the
  // background writes the explanation in the same language.
  const { uiLanguage } = await readRemembered(undefined);
  const locale = await loadLocale(uiLanguage, result.lang);
  if (stale()) return;
  const { view, packageIndex } = await askBackground('explain-page', { reading: read.reading, uiLang: locale.lang });
  if (stale()) return;
  if (!view) {
    unmountPanel();
    return;
  }
  const { panelState } = await rememberedFor(view.orderId);
  if (stale()) return;
  // Above the timeline the facts were read from, else above the block that shows the status.
  const timeline = packageIndex !== undefined ? read.packageTimelines[packageIndex] : read.timeline;
  const anchor = timeline?.isConnected
    ? timeline
    : anchorFor(result.statuses.find((s) => s.stage === view.stage) ?? result.statuses[0]);
  if (!anchor) return;
  // Open by default while customs holds the parcel: that is when the buyer needs the explanation.
  const initialState: PanelState =
    panelState ?? (isHeld(view.stage) || view.stage === 'returned' ? 'expanded' : 'collapsed');
  removeUnreadNote();
  mountPanel(anchor, {
    view,
    chat: read.sellerChat,
    locale,
    // The text's direction, not the page's: English chosen on a Hebrew page still reads left to right.
    dir: locale.dir,
    initialState,
    onStateChange: (state) => {
      rememberPanelState(view.orderId, state);
      if (remembered) remembered.value = remembered.value.then((r) => ({ ...r, panelState: state }));
    },
  });
}

async function updateOrderList(result: ScanResult, signal: AbortSignal): Promise<void> {
  const run = ++generation;
  const { uiLanguage } = await rememberedFor(undefined);
  const locale = await loadLocale(uiLanguage, result.lang);
  if (run !== generation || signal.aborted) return;
  const cards = customsCards(result.statuses);
  // Watched parcels' tracker news, when newer than the card: the badge then agrees with the popup. Without
  // an answer the cards' own statuses stand.
  const orderIds = [...cards.keys()].slice(0, 200);
  const news = orderIds.length
    ? await askBackground('order-stages', { orderIds }).catch(() => ({}) as OrderNews)
    : ({} as OrderNews);
  if (run !== generation || signal.aborted) return;
  updateBadges(cards, locale, news);
}

/** Statuses the detector found inside a captcha or verification overlay are no order's. */
function withoutOverlays(result: ScanResult): ScanResult {
  const overlays = verificationOverlays(document.body);
  if (!overlays.length) return result;
  return { ...result, statuses: result.statuses.filter((s) => !overlays.some((o) => o.contains(s.node))) };
}

export const classify: PanelModule['classify'] = classifyCandidates;

export const update: PanelModule['update'] = (raw, signal) => {
  const result = withoutOverlays(raw);
  if (result.kind === 'order-list') {
    updateOrderList(result, signal).catch((error: unknown) => console.warn('Customs Lens: badges failed', error));
    return;
  }
  updatePanel(result, signal).catch(warnUnlessSuperseded('panel update failed'));
};

export const settled: PanelModule['settled'] = (page, signal) => {
  settlePage(page, signal).catch(warnUnlessSuperseded('page check failed'));
};

export const clear: PanelModule['clear'] = () => {
  generation++;
  settleRun++;
  remembered = null;
  unmountPanel();
  removeUnreadNote();
  clearBadges();
};

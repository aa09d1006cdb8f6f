/**
 * The content script, injected only into tracking, order-detail and order-list pages (the manifest's
 * matches come from core/page-kind.ts): the cheap part. It checks the page kind from the URL (in-app
 * navigation may still lead elsewhere), then looks for texts that may be customs statuses — by the first-pass
 * trigger (core/customs-trigger.ts), no classifier tables here — at idle time and again when the
 * single-page app changes its content or URL. Only when the trigger hits does it load the panel module
 * (page reading, Preact) from the extension, which has the background classify those texts and shows the
 * panel when one is a customs status — see panel-api.ts and vite.config.ts.
 *
 * AliExpress draws its tracking timeline seconds after the page loads (after a cross-site data call),
 * so "nothing found" is only believed once the page has settled; then, if the page does not even show
 * the real timeline's structure, the panel module is asked to check it and, when it finds no timeline
 * at all, to show the quiet "could not read this page" note.
 */
import { type PageKind, pageKind } from '../../core/page-kind.ts';
import { PANEL_FILE, type PanelModule } from '../panel-api.ts';
import { type Candidate, startCandidateScan } from './find-status.ts';
import { pageLang } from './page-lang.ts';
import { watchNavigation } from './watch-navigation.ts';

/** Longest wait for an idle moment before scanning anyway (AliExpress pages are rarely idle). */
const IDLE_TIMEOUT_MS = 600;
/** A burst of DOM changes (an SPA render) is scanned once, this long after it started. */
const BATCH_MS = 250;
/**
 * Longest piece of scanning done at once: the page gets its turn between pieces, so its own work right
 * after load (and the buyer's first clicks) waits for at most one piece. A 7,500-element page takes about
 * 10 ms in all, in two or three pieces; smaller pieces would cost more in all (npm run bench).
 */
const SLICE_MS = 5;
/**
 * A page has settled when its DOM has been quiet this long, no sooner than SETTLE_MIN_MS after it
 * started and at the latest SETTLE_MAX_MS after (AliExpress pages keep animating banners).
 */
const SETTLE_QUIET_MS = 1500;
const SETTLE_MIN_MS = 4000;
const SETTLE_MAX_MS = 15000;
/** The real tracking page's event descriptions (every layout version), as page-structure.ts reads them. */
const TIMELINE_STRUCTURE = '[class*="logistic-info"][class*="--nodeDesc"]';

/** The real order detail page's blocks (aliexpress-pages.md): `.order-detail-info-item`, `.info-row`. */
const ORDER_DETAIL_STRUCTURE = '[class*="order-detail"], .info-row';

/**
 * A cheap first look: the page visibly holds the real structure of its kind, so there is nothing to
 * check. Otherwise the panel module reads the page in full (text fallback, order id labels) and decides.
 */
function looksRead(kind: PageKind): boolean {
  if (kind === 'order-list') return true;
  return document.querySelector(kind === 'tracking' ? TIMELINE_STRUCTURE : ORDER_DETAIL_STRUCTURE) !== null;
}

let panelModule: Promise<PanelModule> | undefined;
function loadPanel(): Promise<PanelModule> {
  panelModule ??= import(/* @vite-ignore */ chrome.runtime.getURL(PANEL_FILE)) as Promise<PanelModule>;
  return panelModule;
}

/** More changed places than this since the last scan: walk the whole page instead. */
const MAX_ROOTS = 400;

/** The rest of a scan already under way waits less for an idle moment than its start did. */
const NEXT_SLICE_TIMEOUT_MS = 50;

const idle: (run: (deadline?: IdleDeadline) => void, timeout?: number) => void =
  typeof requestIdleCallback === 'function'
    ? (run, timeout = IDLE_TIMEOUT_MS) => requestIdleCallback(run, { timeout })
    : (run) => setTimeout(run, 1);

function isOurs(node: Node): boolean {
  return node instanceof Element && node.hasAttribute('data-customs-lens');
}

/** Everything done for one page (one URL): stopped with its AbortController on navigation. */
function startPage(kind: PageKind, signal: AbortSignal, onDomChange: () => void): void {
  let pending = false;
  let loaded = false;
  const started = performance.now();
  let lastChange = started;
  /** The panel module was asked about a settled page (and may show the note): ask again as it changes. */
  let checked = false;
  /** A newer scan makes the slices of an older one stop. */
  let generation = 0;

  /**
   * The page's candidates, kept between scans: a rescan walks only what changed (`dirty`: added nodes and
   * changed texts; null = the whole page, at first and when the page language changes).
   */
  const found = new Map<Text, string>();
  let dirty: Node[] | null = null;
  let scannedLang: string | undefined;
  /** The roots of a scan a newer one interrupted: walked by the newer one. */
  let unfinished: Node[] | null | undefined;

  const scan = () => {
    pending = false;
    if (signal.aborted) return;
    const lang = pageLang();
    if (lang !== scannedLang) dirty = null;
    scannedLang = lang;
    // An interrupted scan's roots join this one's; too many roots cost more than one walk of the page.
    const merged = dirty === null || unfinished === null ? null : [...(unfinished ?? []), ...dirty];
    const full = merged === null || merged.length > MAX_ROOTS;
    const roots = full ? [document.body] : merged.filter((n) => n.isConnected);
    dirty = [];
    unfinished = full ? null : roots;
    const job = startCandidateScan(roots, lang);
    const mine = ++generation;
    let firstStart: number | undefined;
    let busyMs = 0;
    const slice = (deadline?: IdleDeadline) => {
      if (signal.aborted || mine !== generation) return;
      const start = performance.now();
      firstStart ??= start;
      const room = deadline && !deadline.didTimeout ? deadline.timeRemaining() : SLICE_MS;
      const hits = job.step(start + Math.max(4, Math.min(SLICE_MS, room)));
      if (!hits) {
        busyMs += performance.now() - start;
        idle(slice, NEXT_SLICE_TIMEOUT_MS);
        return;
      }
      unfinished = undefined;
      if (full) found.clear();
      else {
        for (const node of found.keys()) {
          if (!node.isConnected || roots.some((root) => root.contains(node))) found.delete(node);
        }
      }
      for (const hit of hits) found.set(hit.node, hit.text);
      const candidates = [...found].map(([node, text]) => ({ node, text }));
      candidates.sort((a, b) => (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      busyMs += performance.now() - start;
      // The scan's own working time, across its slices: visible to tests and the bench
      // (`performance.getEntriesByName('customs-lens:scan')`).
      performance.measure('customs-lens:scan', { start: firstStart, duration: busyMs });
      show(lang, candidates, mine);
    };
    slice();
  };

  const warn = (error: unknown) => console.warn('Customs Lens: the panel could not be loaded', error);
  /** Asks the panel module about a settled page without a customs status (it may show the note). */
  const ask = (lang: string) =>
    loadPanel().then((panel) => {
      if (!signal.aborted && !loaded) panel.settled({ kind, url: location.href, lang }, signal);
    }, warn);

  /** Candidates are being classified by the panel module: the page is not judged meanwhile. */
  let classifying = 0;
  const show = (lang: string, candidates: Candidate[], scan: number) => {
    if (candidates.length === 0 && !loaded) {
      // Once asked, the module is asked again as the page changes (the note goes when a timeline comes).
      if (checked) void ask(lang);
      return;
    }
    // The trigger saw a customs word: the panel module (which holds the classifier) decides.
    classifying++;
    void loadPanel()
      .then(async (panel) => {
        if (signal.aborted || scan !== generation) return;
        const statuses = await panel.classify(candidates, lang);
        if (signal.aborted || scan !== generation) return;
        if (statuses.length === 0 && !loaded) {
          if (checked) panel.settled({ kind, url: location.href, lang }, signal);
          return;
        }
        loaded = true;
        panel.update({ kind, url: location.href, lang, statuses }, signal);
      }, warn)
      .finally(() => classifying--);
  };

  // Visible to tests: the settled page has been judged (read, or handed to the panel module).
  const settled = () => performance.mark('customs-lens:settled');
  const settle = () => {
    if (signal.aborted || checked) return;
    // A status was found: the panel module judges the page on every update.
    if (loaded) return settled();
    const now = performance.now();
    const due = Math.min(Math.max(started + SETTLE_MIN_MS, lastChange + SETTLE_QUIET_MS), started + SETTLE_MAX_MS);
    // Not settled yet, or a scan still to come may find a status: look again later.
    if (due > now || pending || classifying) {
      return void setTimeout(settle, pending ? SETTLE_QUIET_MS : Math.max(due - now, 100));
    }
    if (looksRead(kind)) return settled();
    checked = true;
    void ask(pageLang());
  };
  setTimeout(settle, SETTLE_MIN_MS);

  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = true;
    setTimeout(() => idle(scan), BATCH_MS);
  };

  const observer = new MutationObserver((records) => {
    onDomChange();
    if (dirty) {
      for (const r of records) {
        if (r.type === 'characterData') dirty.push(r.target);
        else if (r.type === 'childList') for (const n of r.addedNodes) if (!isOurs(n)) dirty.push(n);
      }
    }
    // Our own hosts coming and going is not news about the page.
    const pageChanged = records.some(
      (r) =>
        !isOurs(r.target) && !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => isOurs(n))),
    );
    if (pageChanged) {
      lastChange = performance.now();
      schedule();
    }
  });
  // Tabs that only hide the packages they do not show change attributes, not content: those few count too.
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['hidden', 'aria-selected', 'aria-hidden'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (loaded || checked) void loadPanel().then((panel) => panel.clear());
  });
  idle(scan);
}

let controller: AbortController | undefined;
const navigation = watchNavigation(() => route());

function route(): void {
  controller?.abort();
  controller = undefined;
  const kind = pageKind(location.href);
  if (!kind || !document.body) return;
  controller = new AbortController();
  startPage(kind, controller.signal, navigation.check);
}

route();

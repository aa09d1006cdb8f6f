/**
 * The contract between the content script (src/content/detector/index.tsx) and the lazily loaded panel
 * module (src/content/panel/entry.tsx): the file the build emits and what the module exports. Types
 * only, besides the file name, so the detector carries none of the panel's code.
 */
import type { PageKind } from '../core/page-kind.ts';
import type { Stage } from '../core/stages.ts';
import type { Candidate } from './detector/find-status.ts';

/** A candidate the full classifier gave a customs stage. */
export type FoundStatus = Candidate & { stage: Stage };

/** Where the build writes the panel module (a web-accessible resource, see vite.config.ts). */
export const PANEL_FILE = 'src/content/panel.js';

export type ScanResult = {
  kind: PageKind;
  url: string;
  /** The page's language tag (html lang, else the storefront's subdomain, else the browser's). */
  lang: string;
  /** Customs statuses found (the detector's candidates that `classify` gave a stage), in document order. */
  statuses: FoundStatus[];
};

/** A recognised page that has stopped changing without the detector finding any customs status. */
export type SettledPage = Omit<ScanResult, 'statuses'>;

export interface PanelModule {
  /** The full classifier over the detector's candidates: those that are customs statuses, with their stage. */
  classify(candidates: readonly Candidate[], lang: string): Promise<FoundStatus[]>;
  /** Shows, updates or removes the panel or badges for what the page shows now. */
  update(result: ScanResult, signal: AbortSignal): void;
  /**
   * The page has settled and shows no customs status: shows the quiet "could not read this page" note
   * when no timeline can be read from it at all, removes the note when one can.
   */
  settled(page: SettledPage, signal: AbortSignal): void;
  /** Removes everything the module added (navigation away, customs status gone). */
  clear(): void;
}

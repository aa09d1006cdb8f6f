/**
 * The one manifest.json, completed and adapted per browser at build time. Its match lists name what they
 * stand for and are filled in from the URL detectors (src/core/page-kind.ts), their single source:
 * `$ORDER_PAGES` → the tracking, order-detail and order-list pages on every AliExpress host (the only pages
 * the content script is injected into), `$ALIEXPRESS_HOSTS` → the hosts (web-accessible resources, whose
 * patterns may not have a path).
 *
 * Per browser, Firefox differs only where it must: an event-page background script instead of a service
 * worker (Firefox MV3 has no service workers for extensions), its add-on id and minimum version, and no
 * Chrome-only keys. The same Firefox build is
 * declared for Firefox for Android (`gecko_android`), from the same version.
 */
import { hostPatterns, matchPatterns } from '../src/core/page-kind.ts';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

/** What each placeholder in a manifest `matches` list stands for. */
export const MATCH_LISTS: Readonly<Record<string, () => string[]>> = {
  $ORDER_PAGES: matchPatterns,
  $ALIEXPRESS_HOSTS: hostPatterns,
};

/** Replaces the placeholders of every `matches` list (content scripts, web-accessible resources). */
function fillMatches(entries: unknown): void {
  if (!Array.isArray(entries)) return;
  for (const entry of entries as Array<{ matches?: string[] }>) {
    if (!entry.matches) continue;
    entry.matches = entry.matches.flatMap((m) => {
      if (m.startsWith('$') && !MATCH_LISTS[m]) throw new Error(`manifest.json: unknown match list ${m}`);
      return MATCH_LISTS[m]?.() ?? [m];
    });
  }
}

export const GECKO_ID = 'customs-lens@customs-lens.app';
/** Firefox 142: first version (desktop and Android) with `data_collection_permissions`. */
export const GECKO_MIN_VERSION = '142.0';

export function manifestFor<T extends Manifest>(browser: 'chrome' | 'firefox', base: T, version: string): T {
  const manifest: T = structuredClone({ ...base, version });
  fillMatches(manifest.content_scripts);
  fillMatches(manifest.web_accessible_resources);
  if (browser === 'chrome') return manifest;
  const { minimum_chrome_version: _chromeOnly, ...rest } = manifest;
  return {
    ...(rest as T),
    background: { scripts: [base.background?.service_worker ?? ''], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Nothing is collected by the developer; tracking numbers go only to the trackers the user enabled.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android: same build, same minimum version (the key marks it Android-compatible on AMO).
      gecko_android: { strict_min_version: GECKO_MIN_VERSION },
    },
  } as T;
}

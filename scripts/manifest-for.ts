/**
 * The one manifest.json, completed and adapted per browser at build time. Its match lists name what they
 * stand for and are filled in from the URL detectors (src/core/page-kind.ts), their single source:
 * `$ORDER_PAGES` → the tracking, order-detail and order-list pages on every AliExpress host (the only pages
 * the content script is injected into), `$ALIEXPRESS_HOSTS` → the hosts (web-accessible resources, whose
 * patterns may not have a path). Its host permissions come from the tracker host table
 * (src/core/tracker-hosts.ts): `$INSTALL_TRACKER_HOSTS` → the hosts granted at install (Cainiao only),
 * `$OPTIONAL_TRACKER_HOSTS` → the hosts asked for when the user turns 17TRACK or ParcelsApp on.
 *
 * Per browser, Firefox differs only where it must: an event-page background script instead of a service
 * worker (Firefox MV3 has no service workers for extensions), its add-on id and minimum version, and no
 * Chrome-only keys. The same Firefox build is
 * declared for Firefox for Android (`gecko_android`), from the same version.
 */
import { hostPatterns, matchPatterns } from '../src/core/page-kind.ts';
import { installHostPatterns, optionalHostPatterns } from '../src/core/tracker-hosts.ts';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

/** What each placeholder in a manifest `matches` list stands for. */
export const MATCH_LISTS: Readonly<Record<string, () => string[]>> = {
  $ORDER_PAGES: matchPatterns,
  $ALIEXPRESS_HOSTS: hostPatterns,
};

/** What each placeholder in a manifest host permission list stands for. */
export const HOST_LISTS: Readonly<Record<string, () => string[]>> = {
  $INSTALL_TRACKER_HOSTS: installHostPatterns,
  $OPTIONAL_TRACKER_HOSTS: optionalHostPatterns,
};

function fill(list: string[], lists: Readonly<Record<string, () => string[]>>): string[] {
  return list.flatMap((m) => {
    if (m.startsWith('$') && !lists[m]) throw new Error(`manifest.json: unknown list ${m}`);
    return lists[m]?.() ?? [m];
  });
}

/** Replaces the placeholders of every `matches` list (content scripts, web-accessible resources). */
function fillMatches(entries: unknown): void {
  if (!Array.isArray(entries)) return;
  for (const entry of entries as Array<{ matches?: string[] }>) {
    if (entry.matches) entry.matches = fill(entry.matches, MATCH_LISTS);
  }
}

/** Replaces the placeholders of the host permission lists (install-time and optional). */
function fillHosts(manifest: Record<string, unknown>): void {
  for (const key of ['host_permissions', 'optional_host_permissions']) {
    const list = manifest[key];
    if (Array.isArray(list)) manifest[key] = fill(list as string[], HOST_LISTS);
  }
}

export const GECKO_ID = 'customs-lens@customs-lens.app';
/** Firefox 142: first version (desktop and Android) with `data_collection_permissions`. */
export const GECKO_MIN_VERSION = '142.0';

export function manifestFor<T extends Manifest>(browser: 'chrome' | 'firefox', base: T, version: string): T {
  const manifest: T = structuredClone({ ...base, version });
  fillMatches(manifest.content_scripts);
  fillMatches(manifest.web_accessible_resources);
  fillHosts(manifest);
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

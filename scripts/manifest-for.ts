/**
 * The one manifest.json, adapted per browser at build time. Firefox differs only where it must: an
 * event-page background script instead of a service worker (Firefox MV3 has no service workers for
 * extensions), its add-on id and minimum version, and no Chrome-only keys. The same Firefox build is
 * declared for Firefox for Android (`gecko_android`), from the same version.
 */
type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export const GECKO_ID = 'customs-lens@customs-lens.app';
/** Firefox 142: first version (desktop and Android) with `data_collection_permissions`. */
export const GECKO_MIN_VERSION = '142.0';

export function manifestFor<T extends Manifest>(browser: 'chrome' | 'firefox', base: T, version: string): T {
  const manifest: T = structuredClone({ ...base, version });
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

/**
 * The one manifest.json, adapted per browser at build time. Firefox differs only where it must: an
 * event-page background script instead of a service worker (Firefox MV3 has no service workers for
 * extensions), its add-on id and minimum version, and no Chrome-only keys.
 */
type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export const GECKO_ID = 'customs-lens@customs-lens.app';

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
        strict_min_version: '142.0',
        // Nothing is collected by the developer; tracking numbers go only to the trackers the user enabled.
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as T;
}

import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json' with { type: 'json' };
import { GECKO_ID, GECKO_MIN_VERSION, manifestFor } from './manifest-for.ts';

describe('manifestFor', () => {
  it('keeps the Chrome manifest as written, with the package version', () => {
    expect(manifestFor('chrome', manifest, '9.9.9')).toEqual({ ...manifest, version: '9.9.9' });
  });

  it('changes only background, gecko settings and Chrome-only keys for Firefox', () => {
    const chrome: Record<string, unknown> = manifestFor('chrome', manifest, '1.0.0');
    const firefox: Record<string, unknown> = manifestFor('firefox', manifest, '1.0.0');
    const changed = [...new Set([...Object.keys(chrome), ...Object.keys(firefox)])].filter(
      (key) => JSON.stringify(chrome[key]) !== JSON.stringify(firefox[key]),
    );
    expect(changed.sort()).toEqual(['background', 'browser_specific_settings', 'minimum_chrome_version']);
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect((firefox.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(GECKO_ID);
    expect(firefox.permissions).toEqual(chrome.permissions);
  });

  it('declares Firefox for Android, from the same version as desktop Firefox, and only in the Firefox build', () => {
    type Gecko = { gecko: { strict_min_version: string }; gecko_android?: { strict_min_version?: string } };
    const firefox = manifestFor('firefox', manifest, '1.0.0') as unknown as { browser_specific_settings: Gecko };
    const settings = firefox.browser_specific_settings;
    expect(settings.gecko_android).toEqual({ strict_min_version: GECKO_MIN_VERSION });
    expect(settings.gecko.strict_min_version).toBe(GECKO_MIN_VERSION);
    // Android's version numbers follow desktop's: 120 is the first Firefox for Android with MV3 extensions.
    expect(Number.parseFloat(GECKO_MIN_VERSION)).toBeGreaterThanOrEqual(120);
    expect(manifestFor('chrome', manifest, '1.0.0')).not.toHaveProperty('browser_specific_settings');
  });
});

import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json' with { type: 'json' };
import { LEFT_ALONE, URLS } from '../src/core/fixtures/page-urls.ts';
import { hostPatterns, matchPatterns, pageKind } from '../src/core/page-kind.ts';
import { installHostPatterns, optionalHostPatterns } from '../src/core/tracker-hosts.ts';
import { GECKO_ID, GECKO_MIN_VERSION, manifestFor } from './manifest-for.ts';

type Built = {
  content_scripts: Array<{ matches: string[]; js: string[] }>;
  web_accessible_resources: Array<{ matches: string[] }>;
};

/**
 * A WebExtension match pattern (`https://*.host/path*`) tested against a URL, the way browsers do:
 * scheme exact, `*.` matches the domain and its subdomains, the path glob (`*` = any run of characters,
 * case-sensitive) against the path and query in Chrome, against the path alone in Firefox.
 */
function matches(pattern: string, url: string, browser: 'chrome' | 'firefox' = 'chrome'): boolean {
  const m = /^(https):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, anySub, host, path] = m as unknown as [string, string, string | undefined, string, string];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== `${scheme}:`) return false;
  if (!(u.hostname === host || (anySub && u.hostname.endsWith(`.${host}`)))) return false;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 's');
  return glob.test(browser === 'chrome' ? u.pathname + u.search : u.pathname);
}
/** Matched by one of `patterns` in both browsers' reading. */
const matchedBy = (patterns: string[], url: string) =>
  patterns.some((p) => matches(p, url, 'chrome')) && patterns.some((p) => matches(p, url, 'firefox'));
const matchedByEither = (patterns: string[], url: string) =>
  patterns.some((p) => matches(p, url, 'chrome') || matches(p, url, 'firefox'));

describe('manifest match patterns from the page-kind detectors', () => {
  const built = manifestFor('chrome', manifest, '1.0.0') as unknown as Built;
  const firefox = manifestFor('firefox', manifest, '1.0.0') as unknown as Built;
  const contentMatches = built.content_scripts.flatMap((c) => c.matches);

  it('fills the content script matches from page-kind, in both browsers, with no placeholder left', () => {
    expect(contentMatches).toEqual(matchPatterns());
    expect(firefox.content_scripts).toEqual(built.content_scripts);
    expect(built.web_accessible_resources.flatMap((w) => w.matches)).toEqual(hostPatterns());
    expect(JSON.stringify(built)).not.toMatch(/"\$/);
    // No pattern is wider than AliExpress's hosts, and none is a whole host.
    for (const p of contentMatches) expect(p).toMatch(/^https:\/\/\*\.aliexpress\.(com|us|ru)\/[^*]/);
  });

  const accepted = [...URLS.tracking, ...URLS['order-detail'], ...URLS['order-list']];
  // Variants AliExpress links also use: another host, a trailing slash, a query, a fragment.
  const variants = accepted.flatMap((url) => {
    const u = new URL(url);
    const out = [`${u.origin}${u.pathname}`, `${u.origin}${u.pathname}?spm=a2g0o.home.0.0#x`];
    for (const host of ['aliexpress.us', 'www.aliexpress.us', 'pt.aliexpress.com', 'm.aliexpress.com', 'aliexpress.ru'])
      out.push(url.replace(u.host, host));
    if (!u.pathname.endsWith('/')) out.push(`${u.origin}${u.pathname}/${u.search}`);
    return out;
  });
  it.each([...accepted, ...variants.filter((url) => pageKind(url))])('injects into %s', (url) => {
    expect(pageKind(url)).not.toBeNull();
    expect(matchedBy(contentMatches, url)).toBe(true);
  });

  it.each(LEFT_ALONE)('does not inject into %s', (url) => {
    expect(pageKind(url)).toBeNull();
    expect(matchedByEither(contentMatches, url)).toBe(false);
  });

  it('the pattern test itself can fail', () => {
    expect(matches('https://*.aliexpress.com/p/order/*', 'https://www.aliexpress.com/p/order/index.html')).toBe(true);
    expect(matches('https://*.aliexpress.com/p/order/*', 'https://aliexpress.com/p/order/x')).toBe(true);
    expect(matches('https://*.aliexpress.com/p/order/*', 'https://www.aliexpress.com/item/1.html')).toBe(false);
    expect(matches('https://*.aliexpress.com/p/order', 'https://www.aliexpress.com/p/order?x=1')).toBe(false);
    expect(matches('https://*.aliexpress.com/p/order', 'https://www.aliexpress.com/p/order?x=1', 'firefox')).toBe(true);
    expect(matches('https://*.aliexpress.com/orderlist.htm*', 'https://trade.aliexpress.com/orderList.htm')).toBe(
      false,
    );
    expect(matches('https://*.aliexpress.com/p/order/*', 'https://evilaliexpress.com/p/order/x')).toBe(false);
  });
});

describe('manifestFor', () => {
  it('keeps the Chrome manifest as written but for the filled-in match and host lists, with the package version', () => {
    const built = manifestFor('chrome', manifest, '9.9.9') as unknown as Built;
    expect({
      ...built,
      content_scripts: built.content_scripts.map((c) => ({ ...c, matches: ['$ORDER_PAGES'] })),
      web_accessible_resources: built.web_accessible_resources.map((w) => ({ ...w, matches: ['$ALIEXPRESS_HOSTS'] })),
      host_permissions: ['$INSTALL_TRACKER_HOSTS'],
      optional_host_permissions: ['$OPTIONAL_TRACKER_HOSTS'],
    }).toEqual({ ...manifest, version: '9.9.9' });
  });

  it('refuses a match list it does not know', () => {
    const bad = { ...manifest, content_scripts: [{ ...manifest.content_scripts[0], matches: ['$ORDER_PAGE'] }] };
    expect(() => manifestFor('chrome', bad, '1.0.0')).toThrow(/unknown list/);
    const badHosts = { ...manifest, host_permissions: ['$TRACKER_HOSTS'] };
    expect(() => manifestFor('chrome', badHosts, '1.0.0')).toThrow(/unknown list \$TRACKER_HOSTS/);
  });

  it('asks for Cainiao at install and for 17TRACK and ParcelsApp only when turned on, in both browsers', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const built = manifestFor(browser, manifest, '1.0.0') as Record<string, unknown>;
      expect(built.host_permissions).toEqual(['https://global.cainiao.com/*']);
      expect(built.optional_host_permissions).toEqual(['https://api.17track.net/*', 'https://parcelsapp.com/*']);
      expect(built.host_permissions).toEqual(installHostPatterns());
      expect(built.optional_host_permissions).toEqual(optionalHostPatterns());
    }
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

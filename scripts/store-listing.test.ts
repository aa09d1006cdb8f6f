// The store listing (store/<lang>.json, one per UI language) fits the stores' limits and justifies exactly the
// permissions the built manifest asks for — read from manifest.json through manifestFor at test time, so a
// permission added or dropped there fails here until the listing says why. Store images are at store sizes.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import baseManifest from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };
import { UI_LANGS } from '../src/locales/languages.ts';
import { manifestFor } from './manifest-for.ts';

type Listing = {
  language: string;
  name: string;
  summary: string;
  amoSummary: string;
  description: string;
  singlePurpose: string;
  permissions: Record<string, string>;
  hostPermissions: Record<string, string>;
  contentScripts?: string;
  privacy: {
    dataCollected: string;
    remoteCode: boolean;
    sellsOrTransfersData: boolean;
    unrelatedUse: boolean;
    creditworthiness: boolean;
    policy: string;
    explanation: string;
  };
  images?: {
    screenshots: Array<{ file: string; picture: string; caption: string }>;
    promo: string;
  };
};

type Manifest = {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
};

/** Limits: Chrome Web Store summary 132, AMO summary 250, AMO name 50, CWS justification fields 1,000. */
const LIMITS = { name: 50, summary: 132, amoSummary: 250, justification: 1000, descriptionMin: 250 };

const sorted = (list: Iterable<string>) => [...list].sort();

/** Everything wrong with one listing against the manifests the build produces (Chrome and Firefox). */
function listingProblems(listing: Listing, manifests: Manifest[], extName: string, extDescription: string) {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  check(listing.name === extName, `name "${listing.name}" is not the extension's name "${extName}"`);
  check(listing.name.length <= LIMITS.name, `name is over ${LIMITS.name} characters`);
  check(listing.summary === extDescription, 'summary is not the manifest description (the store shows that one)');
  check(listing.summary.length <= LIMITS.summary, `summary is ${listing.summary.length} > ${LIMITS.summary}`);
  check(listing.amoSummary.length <= LIMITS.amoSummary, `AMO summary is ${listing.amoSummary.length} > 250`);
  check(listing.description.length >= LIMITS.descriptionMin, 'description is too short to say what it does');
  for (const manifest of manifests) {
    const permissions = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
    check(
      JSON.stringify(sorted(Object.keys(listing.permissions))) === JSON.stringify(sorted(new Set(permissions))),
      `permission justifications ${sorted(Object.keys(listing.permissions))} ≠ manifest ${sorted(new Set(permissions))}`,
    );
    check(
      JSON.stringify(sorted(Object.keys(listing.hostPermissions))) === JSON.stringify(sorted(new Set(hosts))),
      `host permission justifications ${sorted(Object.keys(listing.hostPermissions))} ≠ manifest ${sorted(new Set(hosts))}`,
    );
    const injects = (manifest.content_scripts ?? []).length > 0;
    check(Boolean(listing.contentScripts) === injects, 'content-script justification and manifest disagree');
  }
  const texts = [
    listing.singlePurpose,
    listing.contentScripts ?? '',
    listing.privacy.explanation,
    ...Object.values(listing.permissions),
    ...Object.values(listing.hostPermissions),
  ];
  for (const text of texts) check(text.length <= LIMITS.justification, `a justification is over 1,000: ${text}`);
  check(Object.values(listing.permissions).every(Boolean), 'an empty permission justification');
  check(Object.values(listing.hostPermissions).every(Boolean), 'an empty host permission justification');
  check(listing.singlePurpose.length > 0, 'no single purpose');
  const p = listing.privacy;
  check(p.dataCollected === 'none', 'data collected must be "none" (PRIVACY.md: nothing is collected)');
  check(!p.remoteCode && !p.sellsOrTransfersData && !p.unrelatedUse && !p.creditworthiness, 'a privacy answer is yes');
  check(existsSync(p.policy), `privacy policy ${p.policy} does not exist`);
  return problems;
}

const read = (lang: string) => JSON.parse(readFileSync(`store/${lang}.json`, 'utf8')) as Listing;
const built = (browser: 'chrome' | 'firefox') =>
  manifestFor(browser, structuredClone(baseManifest), pkg.version) as Manifest;

async function catalog(lang: string) {
  const common = (await import(`../src/locales/${lang}/common.ts`)) as {
    default: { ext_name: string; ext_description: string };
  };
  return common.default;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const head = readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString()).toBe('PNG');
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
}

describe('store listing', () => {
  const manifests = [built('chrome'), built('firefox')];

  it.each(UI_LANGS)('store/%s.json fits the limits and justifies exactly the manifest permissions', async (lang) => {
    const listing = read(lang);
    expect(listing.language).toBe(lang);
    const { ext_name, ext_description } = await catalog(lang);
    expect(listingProblems(listing, manifests, ext_name, ext_description)).toEqual([]);
  });

  it('every language answers the privacy questions the same way', () => {
    const answers = UI_LANGS.map((lang) => {
      const { explanation: _text, ...rest } = read(lang).privacy;
      return rest;
    });
    for (const a of answers) expect(a).toEqual(answers[0]);
  });

  it('fails on a summary over 132, a permission without justification and one justified but not asked for', async () => {
    const { ext_name, ext_description } = await catalog('en');
    const listing = read('en');
    const asked: Manifest = { ...manifests[0], permissions: [...(manifests[0]?.permissions ?? []), 'tabs'] };
    expect(listingProblems(listing, [asked], ext_name, ext_description).join('\n')).toMatch(/permission justif.*tabs/);
    const extra = { ...listing, hostPermissions: { ...listing.hostPermissions, 'https://example.com/*': 'x' } };
    expect(listingProblems(extra, manifests, ext_name, ext_description).join('\n')).toMatch(/example\.com/);
    const long = { ...listing, summary: 'x'.repeat(133) };
    expect(listingProblems(long, manifests, ext_name, 'x'.repeat(133)).join('\n')).toMatch(/summary is 133 > 132/);
    const collects = { ...listing, privacy: { ...listing.privacy, dataCollected: 'location' } };
    expect(listingProblems(collects, manifests, ext_name, ext_description).join('\n')).toMatch(/data collected/);
  });

  it('store images: 1280×800 screenshots and a 440×280 small promo tile, as store/en.json lists them', () => {
    const images = read('en').images;
    expect(images?.screenshots.length).toBeGreaterThan(0);
    for (const shot of images?.screenshots ?? []) expect(pngSize(`store/images/${shot.file}`)).toEqual([1280, 800]);
    expect(pngSize('store/images/promo-small-440x280.png')).toEqual([440, 280]);
  });
});

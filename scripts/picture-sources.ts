/**
 * Which source files draw each picture in docs/screenshots/ and store/images/, and the record the screenshot
 * makers keep of them (docs/screenshots/sources.json): per picture, a hash of those files as they were when it
 * was taken and a hash of the picture itself. scripts/picture-sources.test.ts compares the record with today's
 * files, so a picture older than the code that draws it fails the unit suite with the command that renews it.
 *
 * The lists are kept tight on purpose: the components, CSS and catalog files a picture shows, the fixture or
 * seed it shows them with, and the script that takes it — not the logic behind them (an edit that changes what
 * a picture shows changes one of these files).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const RECORD = 'docs/screenshots/sources.json';

export const PANEL_COMMAND =
  'CL_DIST=dist-shots npx vite build && CL_DIST=dist-shots npx tsx scripts/screenshots-panel.ts';
export const POPUP_COMMAND =
  'CL_DIST=dist-shots npx vite build && CL_DIST=dist-shots CL_SCREENSHOTS=1 npx playwright test e2e/popup-screenshots.spec.ts';

const PANEL_UI = [
  'src/content/panel/Panel.tsx',
  'src/content/panel/WatchToggle.tsx',
  'src/content/panel/panel.css',
  'src/core/panel-view/build-view.ts',
  'scripts/screenshots-panel.ts',
];
const CHARGES_UI = ['src/content/panel/ChargesSection.tsx', 'src/core/panel-view/charges-view.ts'];
const BADGES_UI = ['src/content/panel/badges.ts'];
const POPUP_UI = [
  'src/popup/Popup.tsx',
  'src/popup/ParcelCard.tsx',
  'src/popup/AddParcel.tsx',
  'src/popup/RetrackLinks.tsx',
  'src/popup/parcel-view.ts',
  'src/popup/popup.css',
  'src/ui/base.css',
  'src/ui/format.ts',
  'e2e/popup-seed.ts',
  'e2e/popup-screenshots.spec.ts',
];
const OPTIONS_UI = [
  'src/options/Options.tsx',
  'src/options/TrackerSettings.tsx',
  'src/options/DataSettings.tsx',
  'src/options/SaveBadge.tsx',
  'src/options/setting-labels.ts',
  'src/options/options.css',
  'src/ui/base.css',
  'e2e/popup-seed.ts',
  'e2e/popup-screenshots.spec.ts',
];

const catalogs = (lang: string, ...parts: string[]) => parts.map((p) => `src/locales/${lang}/${p}.ts`);
const fixture = (file: string) => `e2e/fixtures/pages/${file}`;

type Picture = { sources: string[]; command: string };

const panel = (lang: string, page: string, extra: string[] = []): Picture => ({
  sources: [...PANEL_UI, ...extra, ...catalogs(lang, 'panel', 'advice', 'common'), fixture(page)],
  command: PANEL_COMMAND,
});
const popup = (lang: string): Picture => ({
  sources: [...POPUP_UI, ...catalogs(lang, 'popup', 'common')],
  command: POPUP_COMMAND,
});
const options: Picture = { sources: [...OPTIONS_UI, ...catalogs('en', 'options', 'common')], command: POPUP_COMMAND };
const storeShot = (...from: Picture[]): Picture => ({
  sources: [...new Set([...from.flatMap((p) => p.sources), 'scripts/screenshots-panel.ts', 'store/en.json'])],
  command: `${POPUP_COMMAND} && ${PANEL_COMMAND}`,
});

const panelEn = panel('en', 'panel-tracking-en.html');

/** Every picture the makers write, by its path from the repository root. */
export const PICTURES: Readonly<Record<string, Picture>> = {
  'docs/screenshots/panel-expanded-light.png': panelEn,
  'docs/screenshots/panel-collapsed-light.png': panelEn,
  'docs/screenshots/panel-expanded-dark.png': panelEn,
  'docs/screenshots/panel-collapsed-dark.png': panelEn,
  'docs/screenshots/panel-rtl-he.png': panel('he', 'panel-tracking-he.html'),
  'docs/screenshots/panel-order-detail-fr.png': panel('fr', 'panel-order-detail-fr.html'),
  'docs/screenshots/panel-order-list-badges.png': {
    sources: [...BADGES_UI, 'src/content/panel/panel.css', 'scripts/screenshots-panel.ts', ...catalogs('en', 'panel')],
    command: PANEL_COMMAND,
  },
  'docs/screenshots/panel-charges.png': panel('en', 'charges-tracking-gb.html', [
    ...CHARGES_UI,
    ...catalogs('en', 'charges'),
  ]),
  'docs/screenshots/popup.png': popup('en'),
  'docs/screenshots/popup-dark.png': popup('en'),
  'docs/screenshots/popup-he.png': popup('he'),
  'docs/screenshots/popup-empty.png': popup('en'),
  'docs/screenshots/options.png': options,
  'docs/screenshots/options-import.png': { ...options, sources: [...options.sources, 'src/options/import-file.ts'] },
  'store/images/screenshot-1-panel.png': storeShot(panelEn),
  'store/images/screenshot-2-popup.png': storeShot(popup('en')),
  'store/images/screenshot-3-charges.png': storeShot(panel('en', 'charges-tracking-gb.html', CHARGES_UI)),
  'store/images/screenshot-4-options.png': storeShot(options),
  'store/images/promo-small-440x280.png': {
    sources: ['scripts/screenshots-panel.ts', 'store/en.json', 'public/icons/icon-128.png'],
    command: PANEL_COMMAND,
  },
};

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** The hash of each named file; a missing file is an error that names the list to fix. */
export function sourceHashes(files: readonly string[], root = '.'): Record<string, string> {
  return Object.fromEntries(
    files.map((file) => {
      const full = path.join(root, file);
      if (!existsSync(full)) {
        throw new Error(`${file} (a source of a picture) does not exist: update scripts/picture-sources.ts`);
      }
      return [file, sha256(readFileSync(full))];
    }),
  );
}

/** Per picture: the hash of the PNG as its maker wrote it, and of each source file then. */
export type Entry = { picture: string; sources: Record<string, string> };
export type PictureRecord = Record<string, Entry>;

export function readRecord(root = '.'): PictureRecord {
  const file = path.join(root, RECORD);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PictureRecord) : {};
}

export const pictureHash = (file: string, root = '.') => sha256(readFileSync(path.join(root, file)));

/** Called by a maker after it wrote `pictures` (paths from the repository root): records their sources. */
export function recordPictures(pictures: readonly string[], root = '.'): void {
  const record = readRecord(root);
  for (const picture of pictures) {
    const known = PICTURES[picture];
    if (!known) throw new Error(`${picture} is not listed in scripts/picture-sources.ts PICTURES`);
    const sources = sourceHashes(known.sources, root);
    record[picture] = { picture: pictureHash(picture, root), sources };
  }
  const sorted = Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k]]),
  );
  writeFileSync(path.join(root, RECORD), `${JSON.stringify(sorted, null, 2)}\n`);
}

/** Source files whose content differs from the record, or that joined or left the picture's list. */
function changedSources(recorded: Record<string, string>, now: Record<string, string>): string[] {
  const files = new Set([...Object.keys(recorded), ...Object.keys(now)]);
  return [...files].filter((f) => recorded[f] !== now[f]).sort();
}

/** What is wrong with each picture today: missing, never recorded, drawn by older code, or replaced by hand. */
export function stalePictures(root = '.'): string[] {
  const record = readRecord(root);
  const problems: string[] = [];
  for (const [picture, { sources, command }] of Object.entries(PICTURES)) {
    const entry = record[picture];
    let why = '';
    if (!existsSync(path.join(root, picture))) why = 'is missing';
    else if (!entry) why = `has no entry in ${RECORD}`;
    else {
      const changed = changedSources(entry.sources, sourceHashes(sources, root));
      if (changed.length) why = `is older than the code that draws it (changed since: ${changed.join(', ')})`;
      else if (entry.picture !== pictureHash(picture, root)) why = 'was changed since its maker took it';
    }
    if (why) problems.push(`${picture} ${why}. Regenerate it: ${command}`);
  }
  return problems;
}

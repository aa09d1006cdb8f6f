// The rooms of src/ and the directions imports may take between them (docs/ARCHITECTURE.md "Rooms and
// arrows"). Run by `npm run lint`; exits non-zero and names each import that crosses a wall. Relative
// imports are resolved to the room they land in; package imports are checked against the rooms that may
// use browser or UI packages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Which rooms each room may import from (itself always). */
export const ALLOWED = {
  core: ['locales'],
  locales: ['core'],
  trackers: ['core'],
  platform: ['core'],
  background: ['core', 'trackers', 'locales', 'platform'],
  ui: ['core', 'locales', 'platform'],
  content: ['core', 'locales', 'ui', 'platform'],
  popup: ['core', 'locales', 'ui', 'platform'],
  options: ['core', 'locales', 'ui', 'platform'],
};

/** Packages that touch the browser or draw UI: not for the pure rooms. */
const BROWSER_PACKAGES = /^(?:webextension-polyfill|preact)(?:\/|$)/;
const PURE_ROOMS = new Set(['core', 'locales', 'trackers']);

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function roomOf(file) {
  const parts = file.split(path.sep);
  const i = parts.indexOf('src');
  return i >= 0 ? parts[i + 1] : undefined;
}

/** The imports of `files` ({ path, source }, paths relative to the repository) that cross a wall. */
export function violations(files) {
  const found = [];
  for (const { path: file, source } of files) {
    const from = roomOf(file);
    if (!from || !(from in ALLOWED)) continue;
    // Tests may reach for helpers; the rule is about product code.
    if (/\.test\.tsx?$|\.test-helper\.ts$/.test(file)) continue;
    for (const match of source.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      if (!spec) continue;
      if (spec.startsWith('.')) {
        const to = roomOf(path.normalize(path.join(path.dirname(file), spec)));
        if (to && to !== from && !ALLOWED[from].includes(to)) found.push(`${file}: imports ${spec} (${from} → ${to})`);
      } else if (PURE_ROOMS.has(from) && BROWSER_PACKAGES.test(spec)) {
        found.push(`${file}: imports ${spec} (${from} is pure: no browser or UI package)`);
      }
    }
  }
  return found;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = walk(path.join(root, 'src')).map((full) => ({
    path: path.relative(root, full),
    source: readFileSync(full, 'utf8'),
  }));
  const found = violations(files);
  for (const line of found) console.error(line);
  console.log(`dependency rule: ${files.length} files, ${found.length} imports crossing a wall`);
  process.exit(found.length ? 1 : 0);
}

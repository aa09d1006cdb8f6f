// The panel's catalog modules carry only the areas it shows (catalog-files.ts): every message key the
// panel's code or core names must be in one of them, or the page would show a bare key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPanelKey, PANEL_KEY_PREFIXES } from './catalog-files.ts';
import en from './en/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });

/** Message keys written out in a file, and the prefixes of keys it builds (`stage_${…}`). */
function keysNamedIn(file: string): { keys: string[]; prefixes: string[] } {
  const text = readFileSync(file, 'utf8');
  const keys = [...text.matchAll(/['"`]([a-z]+_[a-z0-9_]+)['"`]/g)]
    .map((m) => m[1] as string)
    .filter((k) => Object.hasOwn(en, k));
  const prefixes = [...text.matchAll(/`([a-z]+_[a-z0-9_]*)\$\{/g)].map((m) => m[1] as string);
  return { keys, prefixes };
}

describe('the panel’s part of the catalog', () => {
  const files = [...sources(path.join(root, 'content')), ...sources(path.join(root, 'core'))];

  it('holds every key the panel’s code and core name', () => {
    const outside = files.flatMap((file) =>
      keysNamedIn(file)
        .keys.filter((key) => !isPanelKey(key))
        .map((key) => `${path.relative(root, file)}: ${key}`),
    );
    expect(outside).toEqual([]);
    // The scan sees keys at all (a broken pattern would make the check above pass on nothing).
    expect(files.flatMap((file) => keysNamedIn(file).keys).length).toBeGreaterThan(50);
  });

  it('holds every key family the panel’s code builds from a prefix', () => {
    const built = files.flatMap((file) => keysNamedIn(file).prefixes);
    expect(built.length).toBeGreaterThan(0);
    for (const prefix of built) expect(isPanelKey(prefix), prefix).toBe(true);
  });

  it('names areas that exist', () => {
    for (const prefix of PANEL_KEY_PREFIXES) expect(Object.keys(en).some((k) => k.startsWith(prefix))).toBe(true);
  });
});

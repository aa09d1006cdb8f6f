// The content script's two rooms (docs/ARCHITECTURE.md, "Lazy panel loading"): detector/ is injected into
// every order page and must stay small, panel/ is loaded on demand. The detector may know the panel only
// by its contract (panel-api.ts) and by types; its size is held by `npm run bench` (content script budget).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const IMPORT = /(^|\n)\s*(import|export)(\s+type)?\s[^'"]*?from\s*['"]([^'"]+)['"]/g;

/** Value (not type-only) imports of `source` that land in the panel room. */
function panelImports(file: string, source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const [, , , typeOnly, spec = ''] = m;
    if (typeOnly || !spec.startsWith('.')) continue;
    const target = path.relative(here, path.resolve(path.dirname(file), spec));
    if (target.startsWith(`panel${path.sep}`)) found.push(spec);
  }
  return found;
}

describe('content rooms', () => {
  const detector = readdirSync(path.join(here, 'detector')).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'));
  it('has the every-page script and its helpers in detector/', () => {
    expect(detector).toContain('index.tsx');
    expect(detector.length).toBeGreaterThan(2);
  });

  it.each(detector)('detector/%s imports nothing from panel/ but types', (name) => {
    const file = path.join(here, 'detector', name);
    expect(panelImports(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the rule can fail', () => {
    const file = path.join(here, 'detector', 'x.ts');
    expect(panelImports(file, "import { readFacts } from '../panel/read-facts.ts';")).toEqual([
      '../panel/read-facts.ts',
    ]);
    expect(panelImports(file, "import type { PageFacts } from '../panel/read-facts.ts';")).toEqual([]);
  });
});

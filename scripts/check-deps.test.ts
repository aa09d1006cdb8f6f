import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, violations } from './check-deps.mjs';

describe('the dependency rule', () => {
  it('passes on the tree as it is', () => {
    expect(() => execFileSync('node', ['scripts/check-deps.mjs'], { stdio: 'pipe' })).not.toThrow();
  });

  it('fails on a planted violation in each direction it forbids', () => {
    const planted = [
      { path: 'src/core/x.ts', source: "import { send } from '../platform/send-message.ts';" },
      { path: 'src/core/y.ts', source: "import browser from 'webextension-polyfill';" },
      { path: 'src/background/z.ts', source: "import { Panel } from '../content/panel/Panel.tsx';" },
      { path: 'src/ui/e.ts', source: "export { cainiao } from '../trackers/cainiao.ts';" },
      { path: 'src/trackers/t.ts', source: "const m = import('../ui/format.ts');" },
    ];
    expect(violations(planted)).toHaveLength(planted.length);
    // Allowed arrows and tests are not violations.
    expect(
      violations([
        { path: 'src/background/a.ts', source: "import { x } from '../core/timeline.ts';" },
        { path: 'src/core/a.test.ts', source: "import { y } from '../background/store.ts';" },
      ]),
    ).toEqual([]);
    expect(ALLOWED.core).toEqual(['locales']);
  });
});

describe('core’s own typecheck', () => {
  it('fails when core uses a browser global', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'core-purity-'));
    const planted = path.join(dir, 'planted.ts');
    writeFileSync(planted, 'export const title = document.title;\nexport const id = chrome.runtime.id;\n');
    const config = path.join(dir, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({ extends: path.resolve('src/core/tsconfig.json'), include: [planted], exclude: [] }),
    );
    const run = spawnSync('npx', ['tsc', '--noEmit', '-p', config], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/Cannot find name 'document'/);
    expect(run.stdout).toMatch(/Cannot find name 'chrome'/);
  });
});

describe('docs/ARCHITECTURE.md', () => {
  it('draws the same rooms and arrows as the rule enforces', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/ARCHITECTURE.md', 'utf8');
    const table = doc.slice(doc.indexOf('<!-- rooms:start -->'), doc.indexOf('<!-- rooms:end -->'));
    const drawn = Object.fromEntries(
      [...table.matchAll(/^\| (\w+) \| ([\w, ]+) \|$/gm)]
        .filter((m) => m[1] !== 'room')
        .map((m) => [m[1], (m[2] ?? '').split(', ')]),
    );
    expect(drawn).toEqual(ALLOWED);
  });
});

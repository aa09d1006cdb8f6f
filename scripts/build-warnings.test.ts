// Every build must be warning-free: a warning printed on every build teaches readers to ignore warnings.
// Builds the Chrome extension into a throwaway dist-* folder (git-ignored) and fails on any line that
// Vite, rolldown or a plugin prints as a warning (see scripts/patch-crxjs.mjs for the one we had).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function warningLines(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\bWARN(ING)?\b|\bwarning\b|\(!\)/i.test(line));
}

describe('build', () => {
  it('finds warnings in the shapes rolldown and Vite print them', () => {
    expect(
      warningLines(' WARN  `inlineDynamicImports` option is deprecated\n✓ built in 1s\n(!) Some chunks are larger'),
    ).toHaveLength(2);
    expect(warningLines('dist/src/content/index.js  12 kB\n✓ built in 1s')).toEqual([]);
  });

  it('prints no warning', { timeout: 120_000 }, () => {
    const outDir = `dist-buildcheck-${process.pid}-${Date.now()}`;
    try {
      const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
        encoding: 'utf8',
        env: { ...process.env, CL_DIST: outDir, BROWSER: '', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(warningLines(`${run.stdout}\n${run.stderr}`)).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

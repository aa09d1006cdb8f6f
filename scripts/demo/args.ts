/**
 * The demo's command line. `--screenshots` takes an optional folder; without one the pictures go to
 * artifacts/demo-screenshots (git-ignored), never into a tracked folder of the repository.
 */
import path from 'node:path';

export const DEFAULT_SHOTS_DIR = path.join('artifacts', 'demo-screenshots');

export function optionValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  const value = at >= 0 ? argv[at + 1] : undefined;
  return value === undefined || value.startsWith('--') ? undefined : value;
}

/** The folder for `--screenshots [DIR]` (absolute), or null without the flag. */
export function screenshotsDir(argv: readonly string[], cwd: string): string | null {
  if (!argv.includes('--screenshots')) return null;
  return path.resolve(cwd, optionValue(argv, '--screenshots') ?? DEFAULT_SHOTS_DIR);
}

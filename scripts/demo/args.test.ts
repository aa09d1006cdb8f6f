import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHOTS_DIR, optionValue, screenshotsDir } from './args.ts';

describe('demo arguments', () => {
  it('takes the folder after --screenshots', () => {
    expect(screenshotsDir(['--screenshots', 'out'], '/repo')).toBe(path.resolve('/repo', 'out'));
    expect(screenshotsDir(['--auto'], '/repo')).toBeNull();
  });

  it('without a folder (or with the next flag instead) writes to a git-ignored folder', () => {
    const expected = path.resolve('/repo', DEFAULT_SHOTS_DIR);
    expect(screenshotsDir(['--screenshots'], '/repo')).toBe(expected);
    expect(screenshotsDir(['--screenshots', '--headed'], '/repo')).toBe(expected);
    expect(optionValue(['--move-after', '--auto'], '--move-after')).toBeUndefined();
    // git itself says the default folder is ignored (a new file there would be no stray file in a clone).
    const ignored = execFileSync('git', ['check-ignore', '--no-index', path.join(DEFAULT_SHOTS_DIR, 'x.png')], {
      encoding: 'utf8',
    });
    expect(ignored.trim()).toBe(path.join(DEFAULT_SHOTS_DIR, 'x.png'));
  });
});

// The pictures in docs/screenshots/ and store/images/ are as new as the code that draws them: each one's
// source files hash as docs/screenshots/sources.json recorded when its maker took it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PICTURES, RECORD, recordPictures, stalePictures } from './picture-sources.ts';

/** A copy of the files one picture needs, with its record, in a temporary folder. */
function sandbox(picture: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'picture-sources-'));
  for (const file of [picture, ...(PICTURES[picture]?.sources ?? [])]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(file, path.join(root, file));
  }
  return root;
}

describe('pictures and the code that draws them', () => {
  it('no picture is older than its sources, missing, unrecorded or changed by hand', () => {
    expect(stalePictures()).toEqual([]);
  });

  it('the record lists exactly the pictures the makers write', () => {
    const recorded = Object.keys(JSON.parse(readFileSync(RECORD, 'utf8')) as object);
    expect(recorded.sort()).toEqual(Object.keys(PICTURES).sort());
  });

  it('fails, naming the changed file and the command, when a source changes after the picture', () => {
    const picture = 'docs/screenshots/popup.png';
    const root = sandbox(picture);
    recordPictures([picture], root);
    const only = (problems: string[]) => problems.filter((p) => p.startsWith(picture));
    expect(only(stalePictures(root))).toEqual([]);

    const css = path.join(root, 'src/popup/popup.css');
    writeFileSync(css, `${readFileSync(css, 'utf8')}\n.card { color: red; }\n`);
    const [problem] = only(stalePictures(root));
    expect(problem).toContain('is older than the code that draws it');
    expect(problem).toContain('src/popup/popup.css');
    expect(problem).toContain('npx playwright test e2e/popup-screenshots.spec.ts');
  });

  it('fails when a picture is replaced without its maker, or its source list names a file that is gone', () => {
    const picture = 'docs/screenshots/panel-rtl-he.png';
    const root = sandbox(picture);
    recordPictures([picture], root);
    writeFileSync(path.join(root, picture), 'not the picture');
    const [problem] = stalePictures(root).filter((p) => p.startsWith(picture));
    expect(problem).toContain('was changed since its maker took it');
    expect(problem).toContain('scripts/screenshots-panel.ts');

    const gone = mkdtempSync(path.join(tmpdir(), 'picture-sources-'));
    expect(() => recordPictures([picture], gone)).toThrow(/does not exist: update scripts\/picture-sources.ts/);
  });
});

// `npm run zip`: builds the extension for Chrome and Firefox and writes store-ready packages named with
// the version from package.json into packages/: customs-lens-chrome-<v>.zip, customs-lens-firefox-<v>.zip,
// and customs-lens-source-<v>.zip (AMO asks for the source of bundled code). Lints the Firefox build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'packages';
rmSync(out, { recursive: true, force: true });
mkdirSync(out);

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BROWSER: 'firefox' });
run('npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox']);
for (const [browser, dir] of [
  ['chrome', 'dist'],
  ['firefox', 'dist-firefox'],
]) {
  run('npx', [
    'web-ext',
    'build',
    '--source-dir',
    dir,
    '--artifacts-dir',
    out,
    '--filename',
    `customs-lens-${browser}-${version}.zip`,
    '--overwrite-dest',
  ]);
}
run('git', ['archive', '--format=zip', `--output=${out}/customs-lens-source-${version}.zip`, 'HEAD']);
console.log(`\nPackages in ${out}/:`);
run('ls', ['-l', out]);

/**
 * `npm start` (after the build): the Customs Lens demo. Opens Chromium with the built extension on a
 * demo AliExpress tracking page served locally at its real URL, with a local stand-in for Cainiao's
 * tracking API that moves the parcel out of customs about 30 s after the start — the panel, the popup
 * and the desktop notification without an AliExpress account.
 *
 *   npm start                          headed, guided by the terminal (needs a display)
 *   npm start -- --auto                headed, plays the story by itself
 *   npm start -- --screenshots [DIR]   plays the story headless and writes screenshots to DIR
 *                                      (default artifacts/demo-screenshots, git-ignored)
 *   options: --move-after SECONDS (default 30), --headed (with --screenshots, when there is a display)
 *   env: CL_DIST (built extension, default dist/), CHROMIUM_PATH (default /usr/bin/chromium)
 */
import path from 'node:path';
import { optionValue, screenshotsDir } from './demo/args.ts';
import { type Launched, launch } from './demo/browser.ts';
import { CainiaoStandIn } from './demo/cainiao-stand-in.ts';
import { serveTrackingPage } from './demo/page.ts';
import { autoplay, guided, type Session, say } from './demo/story.ts';

const flag = (name: string) => process.argv.includes(name);

const shotsDir = screenshotsDir(process.argv, process.cwd());
const moveAfter = Number(optionValue(process.argv, '--move-after') ?? 30);
const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headed = display && (!shotsDir || flag('--headed'));
const dist = path.resolve(process.env.CL_DIST ?? 'dist');

if (!Number.isFinite(moveAfter) || moveAfter < 0) {
  console.error('--move-after takes a number of seconds');
  process.exit(2);
}
if (!display && !shotsDir) {
  console.log(`No display here (DISPLAY is not set), so there is no window to show the demo in. Either:
  xvfb-run -a npm start                  run it on a virtual display (Debian package xvfb)
  npm start -- --screenshots [DIR]       play the whole story headless and write screenshots to DIR`);
  // Nothing ran: a script or CI step that calls `npm start` must not take this for success.
  process.exit(2);
}

const start = Date.now();
const standIn = new CainiaoStandIn(start, start + moveAfter * 1000);
let launched: Launched;
try {
  launched = await launch(dist, headed);
} catch (error) {
  // A missing build or browser is the user's setup, not a bug: the reason and the fix, no stack trace.
  console.error(`The demo cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const session: Session = { ...launched, standIn, start, dist, headed };
await standIn.install(session.context);
await serveTrackingPage(session.context, start);
process.once('SIGINT', () => void session.close().then(() => process.exit(130)));

try {
  say(session, `Customs Lens demo: extension from ${dist}, Chromium ${headed ? 'in a window' : 'headless'}.`);
  if (shotsDir || flag('--auto')) {
    const { files, picture } = await autoplay(session, shotsDir);
    const requests = standIn.requests.length;
    say(session, `Done. Cainiao stand-in was asked ${requests} time${requests === 1 ? '' : 's'}.`);
    if (shotsDir) {
      console.log(`${files.length} screenshots in ${shotsDir}`);
      if (picture?.kind === 'rendering')
        console.log(`(6-notification.png is a rendering of the notification: ${picture.why}.)`);
    }
    if (!shotsDir) {
      console.log('Close the browser window to end the demo.');
      await new Promise((resolve) => session.context.on('close', resolve));
    }
  } else {
    await guided(session);
  }
} catch (error) {
  console.error(`The demo stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await session.close();
}

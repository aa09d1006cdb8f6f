/**
 * The demo's story, two ways. `guided`: a person drives the browser and the terminal tells them what to
 * do next and what just happened. `autoplay`: the script does what that person would (open the page,
 * expand the panel, click "Watch this parcel", open the popup, press "Check all" once the stand-in has
 * moved the parcel) and takes a screenshot after each step. Either way the extension is the built one,
 * unmodified: its first check (the baseline) runs on its own alarm, the later one because a user asked.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Launched } from './browser.ts';
import type { CainiaoStandIn } from './cainiao-stand-in.ts';
import { checkedParcel, type ShownNotification, shownNotifications } from './extension-state.ts';
import { notificationPicture, type Picture } from './notification-picture.ts';
import { DEMO_NUMBER, DEMO_URL } from './timeline.ts';

export type Session = Launched & { standIn: CainiaoStandIn; start: number; dist: string; headed: boolean };

const clock = (start: number) => {
  const s = Math.max(0, Math.round((Date.now() - start) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export const say = (session: Pick<Session, 'start'>, text: string) => console.log(`[${clock(session.start)}] ${text}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(250);
  }
}

const popupUrl = (extensionId: string) => `chrome-extension://${extensionId}/src/popup/index.html`;

async function openTrackingPage(session: Session): Promise<Page> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(DEMO_URL);
  await page.locator('[data-customs-lens="panel"]').getByTestId('panel-stage').waitFor({ timeout: 20_000 });
  return page;
}

/** The notification about the demo parcel, once the extension has shown it. */
async function leftCustomsNotification(session: Session): Promise<ShownNotification | undefined> {
  return (await shownNotifications(session.worker)).find((n) => n.trackingNumber === DEMO_NUMBER);
}

export async function autoplay(
  session: Session,
  shotsDir: string | null,
): Promise<{ files: string[]; picture?: Picture }> {
  const files: string[] = [];
  const shot = async (page: Page, name: string) => {
    if (!shotsDir) return;
    const file = path.join(shotsDir, name);
    await page.screenshot({ path: file });
    files.push(file);
    say(session, `  📷 ${file}`);
  };
  if (shotsDir) mkdirSync(shotsDir, { recursive: true });

  const page = await openTrackingPage(session);
  const panel = page.locator('[data-customs-lens="panel"]');
  const details = panel.getByTestId('panel-toggle');
  // A first visit shows the panel open; make sure of it whatever the default becomes.
  if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  say(
    session,
    `1. The panel is on the tracking page: ${await panel.getByTestId('panel-stage').textContent()}, what it means, why, what to do.`,
  );
  await shot(page, '1-panel-expanded.png');

  await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  say(session, '2. "Hide details" folds it to one line (remembered for this order).');
  await shot(page, '2-panel-collapsed.png');

  const toggle = panel.getByTestId('watch-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const baseline = await until(
    () => checkedParcel(session.worker, DEMO_NUMBER),
    30_000,
    'the first check of the watched parcel',
  );
  say(session, `3. "Watch this parcel": its first check asked Cainiao (stand-in) and recorded "${baseline.stage}".`);
  await toggle.scrollIntoViewIfNeeded();
  await shot(page, '3-watching.png');

  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(popupUrl(session.extensionId));
  await expect(popup.getByTestId('parcel')).toHaveCount(1);
  const chipBefore = (await popup.getByTestId('stage-chip').textContent()) ?? '';
  say(session, `4. The popup lists the watched parcel: ${chipBefore}.`);
  await shot(popup, '4-popup-watching.png');

  const wait = session.standIn.moveAt - Date.now();
  if (wait > 0) say(session, `   …waiting ${Math.ceil(wait / 1000)} s for the Cainiao stand-in to clear the parcel`);
  await sleep(wait);
  say(
    session,
    '5. Cainiao (stand-in) now says: "Import customs clearance complete". Pressing "Check all" in the popup.',
  );
  await popup.getByTestId('check-all').click();
  await expect(popup.getByTestId('popup-status')).toContainText(/\S/, { timeout: 30_000 });
  const shown = await until(() => leftCustomsNotification(session), 30_000, 'the "left customs" notification');
  await expect(popup.getByTestId('stage-chip')).not.toHaveText(chipBefore);
  say(session, `6. Notification: "${shown.title}" — "${shown.message}"`);
  await shot(popup, '5-popup-left-customs.png');

  if (!shotsDir) return { files };
  const picture = await notificationPicture({
    context: session.context,
    dist: session.dist,
    shown,
    lang: 'en',
    headed: session.headed,
    file: path.join(shotsDir, '6-notification.png'),
  });
  files.push(picture.file);
  say(
    session,
    `  📷 ${picture.file} (${picture.kind === 'screen' ? 'screenshot of the screen' : `a rendering from the notification log: ${picture.why}`})`,
  );
  return { files, picture };
}

/** A person drives; the terminal says what to do and narrates what the extension did. */
export async function guided(session: Session): Promise<void> {
  await openTrackingPage(session);
  const moveIn = Math.round((session.standIn.moveAt - session.start) / 1000);
  console.log(`
Chromium is open on a demo AliExpress tracking page (served by this script at the real address).
Nothing reaches the internet: AliExpress and Cainiao are local stand-ins.

  1. The Customs Lens panel sits above the tracking history: what "Customs update: We're inspecting
     your order" means, why it may be happening for this order and what to do now.
     "Hide details" folds it to one line; "Show details" opens it again.
  2. Click "Watch this parcel". Customs Lens asks Cainiao once to note where the parcel stands
     (that first look is never news, so no notification yet).
  3. Open the popup: the puzzle-piece icon in the toolbar, then Customs Lens (pin it to keep it).
     (Or open ${popupUrl(session.extensionId)} in a tab.)
  4. About ${moveIn} s after the start, the Cainiao stand-in reports the parcel out of customs.
     Customs Lens checks on its own every few hours; to see it now, press "Check all" in the popup.
  5. A desktop notification "Left customs: …" appears. Click it to open the tracking page.

Close the browser window to end the demo.
`);
  let watched = false;
  let moved = false;
  let told = false;
  let reminded = false;
  const closed = new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  let open = true;
  void closed.then(() => {
    open = false;
  });
  while (open) {
    try {
      const parcel = await checkedParcel(session.worker, DEMO_NUMBER);
      if (parcel && !watched) {
        watched = true;
        say(session, `✓ Watching ${DEMO_NUMBER}. First check recorded: ${parcel.stage}. Now open the popup (step 3).`);
      }
      if (!moved && session.standIn.moved()) {
        moved = true;
        say(
          session,
          watched
            ? 'Cainiao (stand-in) now reports the parcel out of customs. Press "Check all" in the popup (step 4).'
            : 'Cainiao (stand-in) now reports the parcel out of customs. Watch it first (step 2), then "Check all".',
        );
      }
      const shown = told ? undefined : await leftCustomsNotification(session);
      if (shown) {
        told = true;
        say(
          session,
          `✓ Notification shown: "${shown.title}" — "${shown.message}". Click it, or close the window to end.`,
        );
      }
      if (moved && !told && !reminded && Date.now() > session.standIn.moveAt + 60_000) {
        reminded = true;
        say(
          session,
          watched ? 'Still waiting for "Check all" in the popup.' : 'Click "Watch this parcel" on the page first.',
        );
      }
    } catch {
      // The window was closed while reading; the loop ends with it.
    }
    await Promise.race([closed, sleep(1000)]);
  }
}

/**
 * Launches Debian's Chromium with the built extension (the same flags as the e2e tests), and cuts it off
 * from the network: everything the demo does not serve itself is aborted, so the demo never talks to
 * AliExpress or Cainiao for real.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { CHROMIUM, extensionArgs } from '../chromium.mjs';

export { CHROMIUM };

export type Launched = { context: BrowserContext; worker: Worker; extensionId: string; close: () => Promise<void> };

export async function launch(dist: string, headed: boolean): Promise<Launched> {
  if (!existsSync(path.join(dist, 'manifest.json')))
    throw new Error(`No built extension in ${dist}: run npm run build`);
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'customs-lens-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !headed,
    locale: 'en-US',
    viewport: headed ? null : { width: 1200, height: 900 },
    args: [
      ...extensionArgs(dist),
      // Chromium's warning bar about the --no-sandbox flag would cover the demo page.
      ...(process.getuid?.() === 0 ? ['--test-type'] : []),
      ...(headed ? ['--window-size=1280,900', '--window-position=0,0'] : []),
    ],
  });
  await context.route(
    (url) => url.protocol !== 'chrome-extension:' && url.protocol !== 'data:',
    (route) => route.abort('blockedbyclient'),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, worker, extensionId: new URL(worker.url()).host, close };
}

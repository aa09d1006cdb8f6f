// `npm start`: opens Chromium with the built extension on a demo AliExpress tracking page, served
// locally at the real URL (no AliExpress account needed). Headed when there is a display; without one
// it says so and, with `-- --screenshots DIR`, writes screenshots instead.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const shotsDir = shotsAt >= 0 ? path.resolve(args[shotsAt + 1] ?? 'demo-screenshots') : null;
const headed = Boolean(process.env.DISPLAY) && !shotsDir;
if (!headed && !shotsDir) {
  console.log('No display found (DISPLAY is not set): run under `xvfb-run -a npm start` to see it, or');
  console.log('`npm start -- --screenshots DIR` to write screenshots of the demo instead.');
  process.exit(0);
}

const dist = path.resolve('dist');
const DEMO_URL = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000001';
const page = readFileSync(path.resolve('e2e/fixtures/pages/tracking-inspection.html'), 'utf8');

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'customs-lens-demo-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: !headed,
  viewport: headed ? null : { width: 1200, height: 900 },
  args: [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
await context.route('https://www.aliexpress.com/**', (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
);
const tab = context.pages()[0] ?? (await context.newPage());
await tab.goto(DEMO_URL);
await tab.locator('[data-customs-lens="panel"]').waitFor();
if (shotsDir) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.screenshot({ path: path.join(shotsDir, 'panel.png') });
  console.log(`Screenshots written to ${shotsDir}`);
  await context.close();
} else {
  console.log('Chromium is open on the demo tracking page. Close the window to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
}

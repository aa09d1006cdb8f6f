// The demo (`npm start`) must not rot: run it in screenshots mode end to end, as a newcomer without a
// display would (`npm start -- --screenshots DIR`, on the already built extension of CL_DIST), and check
// it told the whole story — panel, watch, popup, the parcel leaving customs, the notification — and
// wrote a picture of each step.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const SHOTS = [
  '1-panel-expanded.png',
  '2-panel-collapsed.png',
  '3-watching.png',
  '4-popup-watching.png',
  '5-popup-left-customs.png',
  '6-notification.png',
];

function runDemo(
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...rest } = process.env;
  const env = { ...rest, ...extraEnv };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], { env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('npm start -- --screenshots DIR plays the whole demo headless and writes its screenshots', async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'customs-lens-demo-shots-'));
  try {
    const { code, output } = await runDemo(['--screenshots', dir]);
    expect(code, output).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(SHOTS);
    for (const file of SHOTS) {
      const png = readFileSync(path.join(dir, file));
      expect(png.subarray(1, 4).toString(), file).toBe('PNG');
      expect(png.length, file).toBeGreaterThan(10_000);
    }
    // The story as the terminal told it: first check recorded the inspection, then the news, once.
    expect(output).toContain('recorded "inspection"');
    expect(output).toContain('Notification: "Left customs: Wireless earbuds with charging case, Bluetooth 5.3"');
    expect(output).toContain('Import customs clearance complete — Spain');
    expect(output).toMatch(/Cainiao stand-in was asked 2 times/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without a display and without --screenshots it says so and how to run it', async () => {
  const { code, output } = await runDemo([]);
  // Nothing ran, so it is not a success: a script calling `npm start` must see that.
  expect(code).toBe(2);
  expect(output).toContain('No display here');
  expect(output).toContain('xvfb-run -a npm start');
  expect(output).toContain('npm start -- --screenshots [DIR]');
});

test('without Chromium it says what is missing and how to get it, without a stack trace', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'customs-lens-demo-nochromium-'));
  try {
    const { code, output } = await runDemo(['--screenshots', dir], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(code).toBe(1);
    expect(output).toContain('The demo cannot start: No Chromium at /nonexistent/chromium');
    expect(output).toContain('apt-get install chromium');
    expect(output).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The picture of the desktop notification. Under a real X display (headed Chromium, e.g. `xvfb-run`)
 * with `xwd` and ImageMagick installed, it is a real screenshot of the screen's corner where Chromium
 * draws it. Otherwise — headless Chromium shows no notifications on any screen — it is a rendering of
 * a card from the notification as the extension created it: title and message from its notification
 * log, button labels from the built extension's own catalog, and the picture says it is a rendering.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { ShownNotification } from './extension-state.ts';

export type Picture = { file: string; kind: 'screen' } | { file: string; kind: 'rendering'; why: string };

/** Chromium's notification popup sits in the bottom-right corner of the screen, about 360×170 px. */
const CORNER = '420x220+0+0';
/** Chromium slides and fades the popup in: the picture waits for it to settle. */
const SETTLE_MS = 1500;

/** The grey of Chromium's notification card on Linux (light theme), and the margin the picture gives it. */
const CARD_GREY = '#e9e9e8';
const MARGIN = 16;

/**
 * The corner also holds the root window's black edge and whatever window is behind the card: cut the picture
 * to the card (the bounding box of its grey) and give it an even white margin, so it is centred with no line.
 * When no card grey is found the corner is left as it is.
 */
function cropToCard(file: string): void {
  const mask = ['-fuzz', '3%', '-fill', 'black', '+opaque', CARD_GREY, '-fill', 'white', '-opaque', CARD_GREY];
  const trim = ['-fuzz', '0', '-bordercolor', 'black', '-border', '1', '-trim', '-format', '%wx%h%X%Y', 'info:'];
  const box = execFileSync('convert', [file, ...mask, ...trim], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const m = /^(\d+)x(\d+)\+(\d+)\+(\d+)$/.exec(box);
  if (!m) return;
  const [w, h, x, y] = m.slice(1).map(Number) as [number, number, number, number];
  if (w < 100 || h < 50) return;
  // The 1-px border added before trimming shifts the offsets by one.
  const crop = `${w}x${h}+${x - 1}+${y - 1}`;
  execFileSync(
    'convert',
    [file, '-crop', crop, '+repage', '-bordercolor', '#ffffff', '-border', String(MARGIN), file],
    {
      stdio: ['ignore', 'ignore', 'ignore'],
    },
  );
}

async function screenCorner(file: string): Promise<boolean> {
  if (!process.env.DISPLAY) return false;
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  try {
    const xwd = execFileSync('xwd', ['-root', '-silent'], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    execFileSync('convert', ['xwd:-', '-gravity', 'SouthEast', '-crop', CORNER, '+repage', file], {
      input: xwd,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    cropToCard(file);
    // Some machines have a `convert` that is not ImageMagick: only a PNG counts.
    const ok = existsSync(file) && readFileSync(file).subarray(1, 4).toString() === 'PNG';
    if (!ok) rmSync(file, { force: true });
    return ok;
  } catch {
    rmSync(file, { force: true });
    return false;
  }
}

function catalog(dist: string, lang: string): Record<string, { message: string }> {
  for (const l of [lang, 'en']) {
    const file = path.join(dist, '_locales', l, 'messages.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  }
  return {};
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function cardHtml(shown: ShownNotification, app: string, buttons: string[], icon: string, note: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;padding:24px;background:#3b4252;font-family:"DejaVu Sans",Arial,sans-serif;width:420px}
.card{background:#ececec;border-radius:10px;box-shadow:0 4px 18px rgba(0,0,0,.45);padding:14px 16px 6px;color:#202124}
.head{display:flex;align-items:center;gap:8px;font-size:12px;color:#5f6368}.head img{width:14px;height:14px}
.body{display:flex;gap:12px;margin-top:10px}.text{flex:1}.title{font-size:14px;margin-bottom:4px}
.message{font-size:14px;color:#5f6368;line-height:1.4}.icon{width:36px;height:36px;border-radius:6px}
.buttons{display:flex;gap:8px;margin-top:12px}.buttons span{font-size:13px;letter-spacing:.3px;text-transform:uppercase;padding:10px 8px;color:#202124}
.note{margin-top:14px;font-size:12px;color:#d8dee9;line-height:1.4}
</style></head><body><div class="card" id="card">
<div class="head"><img src="${icon}" alt=""><span>${escapeHtml(app)} • now</span></div>
<div class="body"><div class="text"><div class="title">${escapeHtml(shown.title)}</div><div class="message">${escapeHtml(shown.message)}</div></div><img class="icon" src="${icon}" alt=""></div>
<div class="buttons">${buttons.map((b) => `<span>${escapeHtml(b)}</span>`).join('')}</div>
</div><div class="note">${escapeHtml(note)}</div></body></html>`;
}

/** Why the picture is a rendering: headless Chromium draws no notification; a window needs the tools. */
export function renderingReason(headed: boolean): string {
  return headed
    ? 'a screenshot of the screen needs xwd and ImageMagick (Debian: apt-get install x11-apps imagemagick)'
    : 'headless Chromium shows notifications on no screen (run under xvfb-run with --headed for a real one)';
}

async function rendering(
  context: BrowserContext,
  dist: string,
  shown: ShownNotification,
  lang: string,
  file: string,
  why: string,
) {
  const messages = catalog(dist, lang);
  const text = (key: string, fallback: string) => messages[key]?.message ?? fallback;
  const icon = `data:image/png;base64,${readFileSync(path.join(dist, 'icons', 'icon-128.png')).toString('base64')}`;
  const html = cardHtml(
    shown,
    text('ext_name', 'Customs Lens'),
    [text('notifications_button_open', 'Open'), text('notifications_button_stop', 'Stop')],
    icon,
    `A rendering, not a screenshot: ${why}. Title and message are the ones the extension raised (its notification log); the buttons are its own labels, laid out after the notification popup of Chromium on Linux.`,
  );
  const page = await context.newPage();
  try {
    await page.setContent(html);
    await page.locator('body').screenshot({ path: file });
  } finally {
    await page.close();
  }
}

export async function notificationPicture(options: {
  context: BrowserContext;
  dist: string;
  shown: ShownNotification;
  lang: string;
  headed: boolean;
  file: string;
}): Promise<Picture> {
  if (options.headed && (await screenCorner(options.file))) return { file: options.file, kind: 'screen' };
  const why = renderingReason(options.headed);
  await rendering(options.context, options.dist, options.shown, options.lang, options.file, why);
  return { file: options.file, kind: 'rendering', why };
}

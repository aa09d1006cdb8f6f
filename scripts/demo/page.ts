/**
 * The demo tracking page: an AliExpress-like tracking page filled from the demo timeline, served at
 * AliExpress's real tracking URL through Playwright's `context.route` (the browser believes it is on
 * aliexpress.com, so the extension's content script runs exactly as it would there).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { DEMO_NUMBER, DEMO_ORDER, DEMO_TITLE, DEMO_URL, type DemoEvent, pastEvents } from './timeline.ts';

const TEMPLATE = path.join(import.meta.dirname, 'tracking-page.html');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/**
 * "Nov 24, 07:20 (GMT+1)": the real English tracking page's format (aliexpress-pages.md, AliHelper data),
 * in the viewer's zone — the browser the demo opens runs in this process's zone.
 */
function pageTime(ms: number): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${Math.trunc(Math.abs(offset) / 60)}${Math.abs(offset) % 60 ? `:${two(Math.abs(offset) % 60)}` : ''}`;
  return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${two(d.getHours())}:${two(d.getMinutes())} (GMT${zone})`;
}

function row(event: DemoEvent): string {
  const place = event.place ? `<span class="place">${escapeHtml(event.place)}</span>` : '';
  return `    <li><span class="time">${pageTime(event.at)}</span><div><div class="desc">${escapeHtml(event.text)}</div>${place}</div></li>`;
}

export function trackingPageHtml(start: number): string {
  const events = pastEvents(start);
  const fill: Record<string, string> = {
    title: escapeHtml(DEMO_TITLE),
    order: DEMO_ORDER,
    number: DEMO_NUMBER,
    status: escapeHtml(events[0]?.text ?? ''),
    timeline: events.map(row).join('\n'),
  };
  return readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (_m, key: string) => fill[key] ?? '');
}

/** Serves the page for the demo order's tracking URL (any query string on the same path). */
export async function serveTrackingPage(context: BrowserContext, start: number): Promise<void> {
  const target = new URL(DEMO_URL);
  const body = trackingPageHtml(start);
  await context.route(
    (url) => url.origin === target.origin && url.pathname === target.pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

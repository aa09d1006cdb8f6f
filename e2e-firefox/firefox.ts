/**
 * Debian's Firefox ESR with the built Firefox extension, driven by puppeteer-core over WebDriver BiDi.
 *
 * No network but loopback: every proxy setting points at a local "guard" proxy that refuses whatever
 * reaches it and writes down what was asked (`guard.asked`), so a request nobody served (Firefox's own
 * calls home, the extension's background fetches) never leaves the machine and stays visible to tests.
 * Pages are served by BiDi request interception at real AliExpress URLs; `moz-extension:` and `data:`
 * requests go on (they never touch the network).
 */
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const DIST = path.resolve(process.env.CL_DIST ?? 'dist-firefox');

/** A proxy on 127.0.0.1 that answers every request 502 and records its first line ("CONNECT host:443 …"). */
export async function guardProxy() {
  const asked: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', (chunk) => {
      asked.push(chunk.toString('latin1').split('\r\n')[0] ?? '');
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return { port, asked, close };
}

export type Served = Record<string, string>;

export type Session = {
  browser: Browser;
  page: Page;
  addonId: string;
  guard: Awaited<ReturnType<typeof guardProxy>>;
  /** Serves `body` for every request to this URL's origin + path, any query string. */
  serve(url: string, body: string): void;
  close(): Promise<void>;
};

export async function launchFirefox(): Promise<Session> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr`);
  if (!existsSync(path.join(DIST, 'manifest.json')))
    throw new Error(`no Firefox build in ${DIST}: BROWSER=firefox npx vite build`);
  const guard = await guardProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': guard.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': guard.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.http.speculative-parallel-limit': 0,
    },
  });
  try {
    const addonId = await browser.installExtension(DIST);
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    const routes = new Map<string, string>();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = new URL(request.url());
      if (url.protocol === 'moz-extension:' || url.protocol === 'data:') return void request.continue();
      const body = routes.get(url.origin + url.pathname);
      if (body !== undefined)
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return void request.abort();
    });
    return {
      browser,
      page,
      addonId,
      guard,
      serve(url, body) {
        const u = new URL(url);
        routes.set(u.origin + u.pathname, body);
      },
      async close() {
        await browser.close();
        await guard.close();
      },
    };
  } catch (error) {
    await browser.close();
    await guard.close();
    throw error;
  }
}

const PANEL = '[data-customs-lens="panel"]';

/** Waits until `selector` exists with every attribute given; on timeout, says what was there instead. */
export async function expectAttributes(
  page: Page,
  selector: string,
  expected: Record<string, string>,
  timeout = 15_000,
): Promise<void> {
  try {
    await page.waitForFunction(
      (sel: string, want: Record<string, string>) => {
        const el = document.querySelector(sel);
        return Boolean(el && Object.entries(want).every(([k, v]) => el.getAttribute(k) === v));
      },
      { timeout, polling: 100 },
      selector,
      expected,
    );
  } catch {
    const found = await page.evaluate(
      (sel: string, keys: string[]) => {
        const el = document.querySelector(sel);
        return el ? Object.fromEntries(keys.map((k) => [k, el.getAttribute(k)])) : null;
      },
      selector,
      Object.keys(expected),
    );
    throw new Error(`${selector}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(found)}`);
  }
}

export const expectPanel = (page: Page, expected: Record<string, string>) => expectAttributes(page, PANEL, expected);

/** An element inside the panel's shadow root (puppeteer's `>>>` pierces it). */
export const inPanel = (page: Page, selector: string) => page.waitForSelector(`${PANEL} >>> ${selector}`);

/** The attribute of an element inside the panel's shadow root, once it equals `value` (or a timeout error). */
export async function expectInPanel(page: Page, selector: string, attr: string, value: string, timeout = 10_000) {
  try {
    await page.waitForFunction(
      (host: string, sel: string, a: string, v: string) =>
        document.querySelector(host)?.shadowRoot?.querySelector(sel)?.getAttribute(a) === v,
      { timeout, polling: 100 },
      PANEL,
      selector,
      attr,
      value,
    );
  } catch {
    const found = await page.evaluate(
      (host: string, sel: string, a: string) =>
        document.querySelector(host)?.shadowRoot?.querySelector(sel)?.getAttribute(a) ?? null,
      PANEL,
      selector,
      attr,
    );
    throw new Error(`panel ${selector}[${attr}]: expected ${JSON.stringify(value)}, found ${JSON.stringify(found)}`);
  }
}

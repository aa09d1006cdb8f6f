/**
 * A local stand-in for Cainiao's public tracking API at its real URL
 * (global.cainiao.com/global/detail.json?mailNos=…), in the format of the e2e emulator
 * (e2e/emulators/cainiao.ts, after ../shared/reference/trackers/README.md). It knows one parcel: at
 * import customs under inspection until `moveAt`, then cleared (CC_IM_SUCCESS) and handed to Correos.
 * It only answers; when the extension asks is the extension's business.
 */
import type { BrowserContext } from '@playwright/test';
import { DEMO_NUMBER, type DemoEvent, LAST_MILE, pastEvents, releaseEvents } from './timeline.ts';

export type StandInRequest = { at: number; numbers: string[]; moved: boolean };

function event(e: DemoEvent) {
  return {
    time: e.at,
    timeStr: new Date(e.at).toISOString().slice(0, 19).replace('T', ' '),
    timeZone: 'GMT+0',
    desc: e.text,
    standerdDesc: e.text,
    actionCode: e.code,
  };
}

export class CainiaoStandIn {
  readonly requests: StandInRequest[] = [];

  constructor(
    private readonly start: number,
    /** When the parcel leaves customs (ms since the epoch). */
    readonly moveAt: number,
  ) {}

  moved(now = Date.now()): boolean {
    return now >= this.moveAt;
  }

  /** The events Cainiao shows now, newest first. */
  events(now = Date.now()): DemoEvent[] {
    return [...(this.moved(now) ? releaseEvents(this.moveAt) : []), ...pastEvents(this.start)];
  }

  module(mailNo: string, now = Date.now()) {
    if (mailNo !== DEMO_NUMBER) return { mailNo, originCountry: '', destCountry: '', detailList: [] };
    const events = this.events(now).map(event);
    const moved = this.moved(now);
    return {
      mailNo,
      originCountry: 'CN',
      destCountry: 'ES',
      status: moved ? 'DELIVERING' : 'CLEARING',
      statusDesc: events[0]?.desc,
      latestTrace: events[0],
      detailList: events,
      destCpInfo: { cpName: LAST_MILE.carrier },
      copyRealMailNo: moved ? LAST_MILE.number : '',
      realMailNo: moved ? LAST_MILE.number : '',
    };
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route(
      (url) => url.hostname === 'global.cainiao.com' && url.pathname === '/global/detail.json',
      async (route) => {
        const now = Date.now();
        const numbers = (new URL(route.request().url()).searchParams.get('mailNos') ?? '').split(',').filter(Boolean);
        this.requests.push({ at: now, numbers, moved: this.moved(now) });
        await route
          .fulfill({
            status: 200,
            contentType: 'application/json;charset=UTF-8',
            body: JSON.stringify({ success: true, module: numbers.map((n) => this.module(n, now)) }),
          })
          .catch(() => undefined); // the worker that asked is gone
      },
    );
  }
}

/**
 * Cainiao emulator at its real URL (global.cainiao.com/global/detail.json?mailNos=…), speaking the format
 * of ../shared/reference/trackers/README.md: one `module` per number, ms-epoch event times, actionCodes;
 * an unknown number is `success: true` with an empty detailList.
 */
import type { BrowserContext } from '@playwright/test';
import { fulfil } from './respond.ts';
import { eventsAt, type Step, Story, type StoryEvent } from './story.ts';

const CODES: Record<string, string> = {
  'Arrived at destination country': 'LH_ARRIVE',
  'Import customs clearance started': 'CC_IM_START',
  // Cainiao's code for the inspection notice is unknown to us; the text carries it.
  "Customs update: We're inspecting your order": '',
  'Import customs clearance complete': 'CC_IM_SUCCESS',
  'Received by local delivery company': 'GTMS_ACCEPT',
  Delivered: 'GTMS_SIGNED',
};

function event(e: StoryEvent) {
  const time = Date.parse(e.at);
  return {
    time,
    timeStr: e.at.slice(0, 19).replace('T', ' '),
    timeZone: 'GMT+0',
    desc: e.text,
    standerdDesc: e.text,
    actionCode: CODES[e.text] ?? '',
  };
}

export function cainiaoModule(mailNo: string, step: Step | undefined) {
  if (!step) return { mailNo, originCountry: '', destCountry: '', detailList: [] };
  const events = eventsAt(step).map(event);
  return {
    mailNo,
    originCountry: 'CN',
    destCountry: 'ES',
    status: step.toUpperCase(),
    statusDesc: events[0]?.desc,
    latestTrace: events[0],
    detailList: events,
    destCpInfo: { cpName: 'Correos' },
    copyRealMailNo: '',
    realMailNo: '',
  };
}

export async function emulateCainiao(context: BrowserContext, story = new Story()): Promise<Story> {
  await context.route(
    (url) => url.hostname === 'global.cainiao.com' && url.pathname === '/global/detail.json',
    async (route) => {
      const url = new URL(route.request().url());
      const numbers = (url.searchParams.get('mailNos') ?? '').split(',').filter(Boolean);
      story.log(url.href, route.request().method(), numbers);
      const scripted = await story.take();
      await fulfil(
        route,
        { success: true, module: numbers.map((n) => cainiaoModule(n, story.steps.get(n))) },
        scripted,
      );
    },
  );
  return story;
}

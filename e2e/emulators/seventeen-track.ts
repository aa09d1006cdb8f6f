/**
 * 17TRACK v2.2 emulator at api.17track.net/track/v2.2/{register,gettrackinfo,getquota}: checks the
 * `17token` header, refuses more than 40 numbers, rejects re-registration (-18019901) and unregistered
 * numbers (-18019902), answers track_info with sub_status codes.
 */
import type { BrowserContext } from '@playwright/test';
import { fulfil } from './respond.ts';
import { eventsAt, type Step, Story, type StoryEvent } from './story.ts';

export const SEVENTEEN_KEY = 'emulated-17track-key';

const SUB: Record<Step, { status: string; sub: string }> = {
  transit: { status: 'InTransit', sub: 'InTransit_Arrival' },
  inspection: { status: 'InTransit', sub: 'InTransit_CustomsProcessing' },
  released: { status: 'InTransit', sub: 'InTransit_CustomsReleased' },
  local: { status: 'InTransit', sub: 'InTransit_Other' },
  delivered: { status: 'Delivered', sub: 'Delivered_Other' },
};

function event(e: StoryEvent) {
  return {
    time_iso: e.at.replace('.000Z', '+00:00'),
    time_utc: e.at.replace('.000Z', 'Z'),
    description: e.text,
    location: e.place.toUpperCase(),
    stage: e.step === 'delivered' ? 'Delivered' : null,
    sub_status: SUB[e.step].sub,
  };
}

function trackInfo(step: Step) {
  const events = eventsAt(step).map(event);
  return {
    shipping_info: { recipient_address: { country: 'ES' } },
    latest_status: { status: SUB[step].status, sub_status: SUB[step].sub, sub_status_descr: null },
    latest_event: events[0],
    tracking: { providers: [{ provider: { key: 3011, name: 'China Post' }, events }] },
  };
}

export async function emulateSeventeenTrack(context: BrowserContext, story = new Story()): Promise<Story> {
  const registered = new Set<string>();
  await context.route(
    (url) => url.hostname === 'api.17track.net' && url.pathname.startsWith('/track/v2.2/'),
    async (route) => {
      const request = route.request();
      const action = new URL(request.url()).pathname.split('/').pop() ?? '';
      const items = (request.postDataJSON() as Array<{ number: string }> | null) ?? [];
      const numbers = Array.isArray(items) ? items.map((i) => i.number) : [];
      story.log(request.url(), request.method(), numbers);
      const scripted = await story.take();
      if (request.headers()['17token'] !== SEVENTEEN_KEY) {
        await fulfil(route, {
          code: -18010002,
          data: { errors: [{ code: -18010002, message: 'Access token is invalid.' }] },
        });
        return;
      }
      if (numbers.length > 40) {
        await fulfil(route, {
          code: -18010014,
          data: { errors: [{ code: -18010014, message: 'Request limit exceeded.' }] },
        });
        return;
      }
      if (action === 'getquota') {
        await fulfil(route, { code: 0, data: { quota_total: 100, quota_used: 3, quota_remain: 97 } }, scripted);
        return;
      }
      if (action === 'register') {
        const accepted = numbers.filter((n) => !registered.has(n));
        const rejected = numbers.filter((n) => registered.has(n));
        if (!scripted) for (const n of accepted) registered.add(n);
        await fulfil(
          route,
          {
            code: 0,
            data: {
              accepted: accepted.map((number) => ({ origin: 1, number, carrier: 3011 })),
              rejected: rejected.map((number) => ({
                number,
                error: { code: -18019901, message: `The tracking number '${number}' has been registered.` },
              })),
            },
          },
          scripted,
        );
        return;
      }
      const accepted = numbers.filter((n) => registered.has(n) && story.steps.has(n));
      const rejected = numbers
        .filter((n) => !accepted.includes(n))
        .map((number) =>
          registered.has(number)
            ? { number, error: { code: -18019909, message: 'No tracking information at this time.' } }
            : { number, error: { code: -18019902, message: 'The tracking number does not register.' } },
        );
      await fulfil(
        route,
        {
          code: 0,
          data: {
            accepted: accepted.map((number) => ({
              number,
              carrier: 3011,
              track_info: trackInfo(story.steps.get(number) ?? 'transit'),
            })),
            rejected,
          },
        },
        scripted,
      );
    },
  );
  return story;
}

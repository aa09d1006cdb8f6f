/**
 * ParcelsApp emulator at parcelsapp.com/api/v3/shipments/tracking: a POST creates a request and answers
 * `{ uuid, done: false }`; GET `?uuid=&apiKey=` answers the finished shipments on the next poll.
 */
import type { BrowserContext } from '@playwright/test';
import { fulfil } from './respond.ts';
import { eventsAt, Story } from './story.ts';

export const PARCELSAPP_KEY = 'emulated-parcelsapp-key';

export async function emulateParcelsApp(context: BrowserContext, story = new Story()): Promise<Story> {
  const pending = new Map<string, string[]>();
  const shipment = (trackingId: string) => {
    const step = story.steps.get(trackingId);
    if (!step) return { trackingId, status: 'not_found', states: [] };
    return {
      trackingId,
      status: step === 'delivered' ? 'delivered' : 'transit',
      origin: 'China',
      destination: 'Spain',
      destinationCode: 'ES',
      states: eventsAt(step).map((e) => ({ date: e.at, status: e.text, location: e.place, carrier: 0 })),
    };
  };
  await context.route(
    (url) => url.hostname === 'parcelsapp.com' && url.pathname === '/api/v3/shipments/tracking',
    async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (request.method() === 'POST') {
        const body = request.postDataJSON() as { apiKey?: string; shipments?: Array<{ trackingId: string }> };
        const numbers = (body.shipments ?? []).map((s) => s.trackingId);
        story.log(url.href, 'POST', numbers);
        const scripted = await story.take();
        if (body.apiKey !== PARCELSAPP_KEY) {
          await fulfil(route, { error: 'Invalid API key' }, scripted);
          return;
        }
        const uuid = `uuid-${story.requests.length}`;
        pending.set(uuid, numbers);
        await fulfil(route, { uuid, done: false, fromCache: false }, scripted);
        return;
      }
      const uuid = url.searchParams.get('uuid') ?? '';
      const numbers = pending.get(uuid) ?? [];
      story.log(url.href, 'GET', numbers);
      const scripted = await story.take();
      await fulfil(route, { uuid, done: true, fromCache: false, shipments: numbers.map(shipment) }, scripted);
    },
  );
  return story;
}

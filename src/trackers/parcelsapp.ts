/**
 * ParcelsApp API v3 (the user's key): `POST /api/v3/shipments/tracking` either answers finished
 * `shipments` or a `uuid` to poll with `GET …?uuid=&apiKey=` until `done` (shape confirmed against a
 * public client's typings: { uuid?, shipments, done, fromCache, error? }).
 */

import { z } from 'zod';
import type { TrackingEvent } from '../core/events.ts';
import { countryName } from '../core/format-money.ts';
import { defaultFetch, requestJson } from './http.ts';
import {
  type AdapterOptions,
  type BatchResult,
  sleep as defaultSleep,
  type ParcelReport,
  type TrackerAdapter,
  type TrackerFailure,
} from './tracker-result.ts';

export const PARCELSAPP_URL = 'https://parcelsapp.com/api/v3/shipments/tracking';
/** Unverified limit; kept modest so one answer stays small. */
export const PARCELSAPP_BATCH = 20;
/** Polls of a pending request before giving up until the next check (waits 1, 2, 3, 4, 5, 5 s). */
export const PARCELSAPP_POLLS = 6;

const StateSchema = z.object({
  date: z.string().nullish(),
  status: z.string().nullish(),
  location: z.string().nullish(),
  carrier: z.union([z.number(), z.string()]).nullish(),
});

const ShipmentSchema = z.object({
  trackingId: z.string(),
  status: z.string().nullish(),
  states: z.array(StateSchema).nullish(),
  origin: z.string().nullish(),
  destination: z.string().nullish(),
  destinationCode: z.string().nullish(),
  error: z.string().nullish(),
});

const AnswerSchema = z.object({
  uuid: z.string().nullish(),
  done: z.boolean().nullish(),
  shipments: z.array(ShipmentSchema).nullish(),
  error: z.string().nullish(),
});

function failureOfError(error: string): TrackerFailure {
  const detail = `ParcelsApp: ${error.slice(0, 120)}`;
  if (/key|auth|token|unauthori[sz]ed/i.test(error)) return { kind: 'auth', detail };
  if (/quota|limit|subscription|credits|exceeded/i.test(error)) return { kind: 'quota', detail };
  return { kind: 'refused', detail };
}

function toEvent(raw: z.infer<typeof StateSchema>): TrackingEvent | null {
  const text = raw.status?.trim();
  if (!text) return null;
  return {
    text: text.slice(0, 2000),
    ...(raw.date && { time: raw.date.slice(0, 40) }),
    ...(raw.location?.trim() && { location: raw.location.trim().slice(0, 300) }),
    source: 'parcelsapp',
  };
}

function toReport(shipment: z.infer<typeof ShipmentSchema>): ParcelReport {
  const events = (shipment.states ?? []).map(toEvent).filter((e): e is TrackingEvent => e !== null);
  const code = shipment.destinationCode ?? undefined;
  return {
    trackingNumber: shipment.trackingId,
    found: events.length > 0,
    events,
    ...(shipment.status && { trackerStatus: shipment.status }),
    delivered: shipment.status === 'delivered',
    ...(code && code.length === 2 && { destCountry: code.toUpperCase() }),
  };
}

export const parcelsApp: TrackerAdapter = {
  id: 'parcelsapp',
  batchSize: PARCELSAPP_BATCH,
  async check(numbers: readonly string[], options: AdapterOptions = {}): Promise<BatchResult> {
    const fetchImpl = options.fetch ?? defaultFetch();
    const wait = options.sleep ?? defaultSleep;
    const apiKey = options.apiKey ?? '';
    const shipments = numbers.map((trackingId) => {
      const code = options.destCountries?.get(trackingId);
      // ParcelsApp takes the destination's English name.
      const country = code ? countryName(code, 'en') : undefined;
      return { trackingId, language: 'en', ...(country && { country }) };
    });
    let requests = 1;
    let answer = await requestJson(fetchImpl, PARCELSAPP_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ shipments, language: 'en', apiKey }),
    });
    for (let poll = 0; ; poll += 1) {
      if (!answer.ok) return { ok: false, failure: answer.failure, requests };
      const parsed = AnswerSchema.safeParse(answer.json);
      if (!parsed.success) return { ok: false, failure: { kind: 'malformed', detail: 'tracking answer' }, requests };
      const data = parsed.data;
      if (data.error) return { ok: false, failure: failureOfError(data.error), requests };
      if (data.done !== false || !data.uuid) {
        if (!data.shipments) return { ok: false, failure: { kind: 'malformed', detail: 'no shipments' }, requests };
        const byId = new Map(data.shipments.map((s) => [s.trackingId.toUpperCase(), s]));
        return {
          ok: true,
          requests,
          reports: numbers.map((n) => {
            const shipment = byId.get(n.toUpperCase());
            if (!shipment) return { trackingNumber: n, found: false, events: [] };
            if (shipment.error)
              return { trackingNumber: n, found: false, events: [], error: failureOfError(shipment.error) };
            return { ...toReport(shipment), trackingNumber: n };
          }),
        };
      }
      if (poll >= PARCELSAPP_POLLS) {
        return { ok: false, failure: { kind: 'network', detail: 'ParcelsApp did not finish in time' }, requests };
      }
      await wait(Math.min(5, poll + 1) * 1000);
      requests += 1;
      const url = `${PARCELSAPP_URL}?uuid=${encodeURIComponent(data.uuid)}&apiKey=${encodeURIComponent(apiKey)}`;
      answer = await requestJson(fetchImpl, url);
    }
  },
};

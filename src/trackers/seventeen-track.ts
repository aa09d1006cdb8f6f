/**
 * 17TRACK API v2.2 (the user's key, `17token` header): numbers are registered once (registration uses
 * quota), then `gettrackinfo` answers their events; both take up to 40 numbers a request. Error codes
 * are from 17TRACK's v2 error table (confirmed against a public client's copy of it).
 */
import { z } from 'zod';
import type { TrackingEvent } from '../core/events.ts';
import { defaultFetch, requestJson } from './http.ts';
import type { AdapterOptions, BatchResult, ParcelReport, TrackerAdapter, TrackerFailure } from './tracker-result.ts';

export const SEVENTEEN_BASE = 'https://api.17track.net/track/v2.2/';
export const SEVENTEEN_BATCH = 40;

/** 17TRACK's error codes (data.rejected[].error.code, or the top-level code). */
export const CODES = {
  ipNotWhitelisted: -18010001,
  invalidToken: -18010002,
  internalError: -18010003,
  accountDisabled: -18010004,
  unauthorized: -18010005,
  requestLimit: -18010014,
  alreadyRegistered: -18019901,
  notRegistered: -18019902,
  carrierNotDetected: -18019903,
  dailyLimit: -18019907,
  quotaExhausted: -18019908,
  noInfoYet: -18019909,
} as const;

const AUTH_CODES: ReadonlySet<number> = new Set([
  CODES.ipNotWhitelisted,
  CODES.invalidToken,
  CODES.accountDisabled,
  CODES.unauthorized,
]);

function failureOfCode(code: number, message = ''): TrackerFailure {
  const detail = `17TRACK ${code}${message ? `: ${message.slice(0, 120)}` : ''}`;
  if (AUTH_CODES.has(code)) return { kind: 'auth', detail };
  if (code === CODES.quotaExhausted || code === CODES.dailyLimit) return { kind: 'quota', detail };
  if (code === CODES.requestLimit) return { kind: 'rate_limited', detail };
  return { kind: 'refused', detail };
}

const ErrorSchema = z.object({ code: z.number(), message: z.string().optional() });
const RejectedSchema = z.object({ number: z.string(), error: ErrorSchema });

const RegisterSchema = z.object({
  code: z.number(),
  data: z
    .object({
      accepted: z.array(z.object({ number: z.string() })).optional(),
      rejected: z.array(RejectedSchema).optional(),
      errors: z.array(ErrorSchema).optional(),
    })
    .optional(),
});

const EventSchema = z.object({
  time_iso: z.string().nullish(),
  time_utc: z.string().nullish(),
  description: z.string().nullish(),
  location: z.string().nullish(),
  stage: z.string().nullish(),
  sub_status: z.string().nullish(),
});

const TrackInfoSchema = z.object({
  latest_status: z
    .object({ status: z.string().nullish(), sub_status: z.string().nullish(), sub_status_descr: z.string().nullish() })
    .nullish(),
  latest_event: EventSchema.nullish(),
  shipping_info: z.object({ recipient_address: z.object({ country: z.string().nullish() }).nullish() }).nullish(),
  tracking: z
    .object({
      providers: z
        .array(
          z.object({
            provider: z.object({ name: z.string().nullish() }).nullish(),
            events: z.array(EventSchema).nullish(),
          }),
        )
        .nullish(),
    })
    .nullish(),
});

const TrackInfoAnswerSchema = z.object({
  code: z.number(),
  data: z
    .object({
      accepted: z.array(z.object({ number: z.string(), track_info: TrackInfoSchema.nullish() })).optional(),
      rejected: z.array(RejectedSchema).optional(),
      errors: z.array(ErrorSchema).optional(),
    })
    .optional(),
});

function toEvent(raw: z.infer<typeof EventSchema>): TrackingEvent | null {
  const text = raw.description?.trim();
  if (!text) return null;
  const time = raw.time_iso || raw.time_utc;
  // The event's own sub_status is the most specific code; its stage word (e.g. "Delivered") is next.
  const code = raw.sub_status || raw.stage;
  return {
    text: text.slice(0, 2000),
    ...(time && { time: time.slice(0, 40) }),
    ...(raw.location?.trim() && { location: raw.location.trim().slice(0, 300) }),
    ...(code && { code: code.slice(0, 100) }),
    source: '17track',
  };
}

function toReport(number: string, info: z.infer<typeof TrackInfoSchema> | null | undefined): ParcelReport {
  const seen = new Set<string>();
  const events: TrackingEvent[] = [];
  for (const provider of info?.tracking?.providers ?? []) {
    for (const raw of provider.events ?? []) {
      const event = toEvent(raw);
      const key = `${event?.time}|${event?.text}`;
      if (event && !seen.has(key)) {
        seen.add(key);
        events.push(event);
      }
    }
  }
  if (!events.length && info?.latest_event) {
    const latest = toEvent(info.latest_event);
    if (latest) events.push(latest);
  }
  const status = info?.latest_status?.status ?? undefined;
  const sub = info?.latest_status?.sub_status ?? undefined;
  const country = info?.shipping_info?.recipient_address?.country ?? undefined;
  return {
    trackingNumber: number,
    found: events.length > 0 || (status !== undefined && status !== 'NotFound'),
    events,
    ...((sub || status) && { trackerStatus: sub || status }),
    delivered: status === 'Delivered',
    ...(country && country.length === 2 && { destCountry: country.toUpperCase() }),
    registered: true,
  };
}

async function post(options: AdapterOptions, path: string, numbers: readonly string[]) {
  return requestJson(options.fetch ?? defaultFetch(), `${SEVENTEEN_BASE}${path}`, {
    method: 'POST',
    headers: { '17token': options.apiKey ?? '', 'Content-Type': 'application/json' },
    body: JSON.stringify(numbers.map((number) => ({ number }))),
  });
}

function topLevelFailure(code: number, errors: Array<{ code: number; message?: string | undefined }> | undefined) {
  const first = errors?.[0];
  return failureOfCode(first?.code ?? code, first?.message);
}

export const seventeenTrack: TrackerAdapter = {
  id: '17track',
  batchSize: SEVENTEEN_BATCH,
  async check(numbers: readonly string[], options: AdapterOptions = {}): Promise<BatchResult> {
    let requests = 0;
    const perNumber = new Map<string, TrackerFailure>();
    const toRegister = numbers.filter((n) => !options.registered?.has(n));
    if (toRegister.length) {
      requests += 1;
      const answer = await post(options, 'register', toRegister);
      if (!answer.ok) return { ok: false, failure: answer.failure, requests };
      const parsed = RegisterSchema.safeParse(answer.json);
      if (!parsed.success) return { ok: false, failure: { kind: 'malformed', detail: 'register answer' }, requests };
      if (parsed.data.code !== 0 && !parsed.data.data?.accepted?.length && !parsed.data.data?.rejected?.length) {
        return { ok: false, failure: topLevelFailure(parsed.data.code, parsed.data.data?.errors), requests };
      }
      const rejected = parsed.data.data?.rejected ?? [];
      // All numbers refused for quota: the whole batch is a quota failure, not N parcel errors.
      if (
        rejected.length === toRegister.length &&
        rejected.every((r) => failureOfCode(r.error.code).kind === 'quota')
      ) {
        return {
          ok: false,
          failure: failureOfCode(rejected[0]?.error.code ?? 0, rejected[0]?.error.message),
          requests,
        };
      }
      for (const r of rejected) {
        if (r.error.code !== CODES.alreadyRegistered)
          perNumber.set(r.number, failureOfCode(r.error.code, r.error.message));
      }
    }
    const toAsk = numbers.filter((n) => !perNumber.has(n));
    const reports = new Map<string, ParcelReport>();
    if (toAsk.length) {
      requests += 1;
      const answer = await post(options, 'gettrackinfo', toAsk);
      if (!answer.ok) return { ok: false, failure: answer.failure, requests };
      const parsed = TrackInfoAnswerSchema.safeParse(answer.json);
      if (!parsed.success)
        return { ok: false, failure: { kind: 'malformed', detail: 'gettrackinfo answer' }, requests };
      const data = parsed.data.data;
      if (parsed.data.code !== 0 && !data?.accepted?.length && !data?.rejected?.length) {
        return { ok: false, failure: topLevelFailure(parsed.data.code, data?.errors), requests };
      }
      for (const item of data?.accepted ?? []) reports.set(item.number, toReport(item.number, item.track_info));
      for (const r of data?.rejected ?? []) {
        if (r.error.code === CODES.noInfoYet) {
          reports.set(r.number, { trackingNumber: r.number, found: false, events: [], registered: true });
        } else if (r.error.code === CODES.notRegistered) {
          // Registered elsewhere or expired: register again on the next check.
          reports.set(r.number, {
            trackingNumber: r.number,
            found: false,
            events: [],
            registered: false,
            error: failureOfCode(r.error.code, r.error.message),
          });
        } else perNumber.set(r.number, failureOfCode(r.error.code, r.error.message));
      }
    }
    return {
      ok: true,
      requests,
      reports: numbers.map((n) => {
        const error = perNumber.get(n);
        if (error) return { trackingNumber: n, found: false, events: [], error };
        return reports.get(n) ?? { trackingNumber: n, found: false, events: [], registered: true };
      }),
    };
  },
};

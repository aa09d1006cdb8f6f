/**
 * Cainiao global tracking (no key): `GET global.cainiao.com/global/detail.json?mailNos=a,b,…` answers one
 * `module` entry per number. An unknown number is HTTP 200 with an empty `detailList` (no news, not an
 * error); `success: false` is a refusal. Cainiao soft-bans unusual traffic, so the check loop sends one
 * batched request at a time, conservatively (see src/background/schedule-policy.ts).
 */
import { z } from 'zod';
import { instantIso, withZone } from '../core/event-time.ts';
import type { TrackingEvent } from '../core/events.ts';
import { defaultFetch, requestJson } from './http.ts';
import type { AdapterOptions, BatchResult, ParcelReport, TrackerAdapter } from './tracker-result.ts';

export const CAINIAO_URL = 'https://global.cainiao.com/global/detail.json';
/** The maintained Home Assistant integration batches 10 numbers a request; we do the same. */
export const CAINIAO_BATCH = 10;

const EventSchema = z.object({
  time: z.number().optional(),
  timeStr: z.string().optional(),
  timeZone: z.string().optional(),
  desc: z.string().optional(),
  standerdDesc: z.string().optional(),
  actionCode: z.string().optional(),
});

const ModuleSchema = z.object({
  mailNo: z.string(),
  originCountry: z.string().optional(),
  destCountry: z.string().optional(),
  status: z.string().optional(),
  statusDesc: z.string().optional(),
  latestTrace: EventSchema.optional(),
  detailList: z.array(EventSchema).optional(),
  destCpInfo: z.object({ cpName: z.string().optional() }).nullish(),
  copyRealMailNo: z.string().nullish(),
  realMailNo: z.string().nullish(),
});

/**
 * Alibaba's risk control: `ret: ["FAIL_SYS_USER_VALIDATE::…"]` (slider captcha), `FAIL_SYS_ILLEGAL_ACCESS`,
 * or an HTML verification page instead of JSON (reference trackers README). Each means "slow down": a
 * long pause, never a retry loop — a ban would cost the user every AliExpress service.
 */
const RISK_CONTROL = /FAIL_SYS_(?:USER_VALIDATE|ILLEGAL_ACCESS)|RGV587|punish|captcha|slide to verify|unusual traffic/i;
export const RISK_CONTROL_PAUSE_S = 6 * 3600;

function riskControl(detail: string): BatchResult {
  return {
    ok: false,
    failure: {
      kind: 'rate_limited',
      detail: `risk control: ${detail}`.slice(0, 200),
      retryAfter: RISK_CONTROL_PAUSE_S,
    },
    requests: 1,
  };
}

/** Cainiao's forecast of a last-mile hand-over, not something that happened. */
const FORECAST_CODES = new Set(['LAST_MILE_ASN_NOTIFY']);

const AnswerSchema = z.object({ success: z.boolean(), module: z.array(ModuleSchema).optional() });

/** `GTMS_STA_SIGNED` is a pickup point signing, not delivery (reference README). */
const DELIVERED_CODE = 'GTMS_SIGNED';

function toEvent(raw: z.infer<typeof EventSchema>): TrackingEvent | null {
  // Some descs are internal key:value notes ("preMainCode:…"); the standard text is then the readable one.
  const desc = raw.desc?.trim();
  const codeLike = desc ? /^\w+:\S+$/.test(desc) : true;
  const text = (codeLike ? raw.standerdDesc?.trim() || desc : desc)?.slice(0, 2000);
  if (!text) return null;
  // The epoch is the instant; the local timeStr is read in its timeZone only when the epoch is missing
  // or unusable (beyond ±8.64e15 ms a Date is invalid).
  const time = instantIso(raw.time) ?? (raw.timeStr ? withZone(raw.timeStr, raw.timeZone) : undefined);
  return {
    text,
    ...(time && { time: time.slice(0, 40) }),
    ...(raw.actionCode && { code: raw.actionCode.slice(0, 100) }),
    source: 'cainiao',
  };
}

function toReport(module: z.infer<typeof ModuleSchema>): ParcelReport {
  const events = (module.detailList ?? [])
    .filter((raw) => !FORECAST_CODES.has(raw.actionCode ?? ''))
    .map(toEvent)
    .filter((e): e is TrackingEvent => e !== null);
  if (!events.length && module.latestTrace) {
    const latest = toEvent(module.latestTrace);
    if (latest) events.push(latest);
  }
  const lastMileNumber = module.realMailNo || module.copyRealMailNo;
  const carrier = module.destCpInfo?.cpName;
  return {
    trackingNumber: module.mailNo,
    found: events.length > 0 || Boolean(module.status),
    events,
    ...(module.status && { trackerStatus: module.status }),
    delivered: events.some((e) => e.code === DELIVERED_CODE),
    ...(lastMileNumber &&
      lastMileNumber !== module.mailNo && {
        lastMile: { number: lastMileNumber.slice(0, 40), ...(carrier && { carrier: carrier.slice(0, 100) }) },
      }),
    ...(module.destCountry && module.destCountry.length === 2 && { destCountry: module.destCountry }),
  };
}

export const cainiao: TrackerAdapter = {
  id: 'cainiao',
  batchSize: CAINIAO_BATCH,
  async check(numbers: readonly string[], options: AdapterOptions = {}): Promise<BatchResult> {
    const url = `${CAINIAO_URL}?mailNos=${numbers.map(encodeURIComponent).join(',')}&lang=en-US`;
    const answer = await requestJson(options.fetch ?? defaultFetch(), url, { headers: { Accept: 'application/json' } });
    // A body that is not JSON (an HTML verification page) from Cainiao is its risk control speaking.
    if (!answer.ok) {
      return answer.failure.kind === 'malformed'
        ? riskControl(answer.failure.detail)
        : { ok: false, failure: answer.failure, requests: 1 };
    }
    const ret = (answer.json as { ret?: unknown } | null)?.ret;
    if (Array.isArray(ret) && ret.some((r) => typeof r === 'string' && RISK_CONTROL.test(r))) {
      return riskControl(String(ret.find((r) => typeof r === 'string' && RISK_CONTROL.test(r))));
    }
    const parsed = AnswerSchema.safeParse(answer.json);
    if (!parsed.success) {
      return {
        ok: false,
        failure: { kind: 'malformed', detail: parsed.error.issues[0]?.message ?? 'invalid' },
        requests: 1,
      };
    }
    if (!parsed.data.success) return { ok: false, failure: { kind: 'refused', detail: 'success: false' }, requests: 1 };
    const byNumber = new Map((parsed.data.module ?? []).map((m) => [m.mailNo.toUpperCase(), toReport(m)]));
    // A number the answer left out is reported as not found rather than silently dropped.
    const reports = numbers.map(
      (n) => byNumber.get(n.toUpperCase()) ?? { trackingNumber: n, found: false, events: [] as TrackingEvent[] },
    );
    return {
      ok: true,
      reports: reports.map((r, i) => ({ ...r, trackingNumber: numbers[i] ?? r.trackingNumber })),
      requests: 1,
    };
  },
};

/**
 * One HTTP request to a tracker, turned into JSON or a typed failure: network errors, HTTP status
 * codes (401/403 → auth, 429 → rate_limited with Retry-After, others → http) and unparseable bodies
 * (malformed) never escape as exceptions.
 */
import type { FetchLike, TrackerFailure } from './tracker-result.ts';

export type JsonResult = { ok: true; json: unknown } | { ok: false; failure: TrackerFailure };

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export async function requestJson(fetchImpl: FetchLike, url: string, init: RequestInit = {}): Promise<JsonResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    return { ok: false, failure: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
  }
  const status = response.status;
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    return {
      ok: false,
      failure: { kind: 'rate_limited', detail: 'HTTP 429', status, ...(retryAfter !== undefined && { retryAfter }) },
    };
  }
  if (status === 401 || status === 403)
    return { ok: false, failure: { kind: 'auth', detail: `HTTP ${status}`, status } };
  if (status < 200 || status >= 300) return { ok: false, failure: { kind: 'http', detail: `HTTP ${status}`, status } };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { ok: false, failure: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, failure: { kind: 'malformed', detail: `Not JSON: ${text.slice(0, 80)}` } };
  }
}

export function defaultFetch(): FetchLike {
  return (input, init) => fetch(input, init);
}

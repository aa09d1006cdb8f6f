/**
 * "Test key" from the options page: one cheap request that proves a key is accepted without spending
 * tracking quota where the service allows it (17TRACK `getquota`; ParcelsApp an empty tracking request).
 */
import { z } from 'zod';
import type { TrackerId } from '../core/schemas/store.ts';
import { defaultFetch, requestJson } from './http.ts';
import { PARCELSAPP_URL } from './parcelsapp.ts';
import { SEVENTEEN_BASE } from './seventeen-track.ts';
import type { FetchLike, TrackerFailure } from './tracker-result.ts';

export type KeyTest = { ok: true; remaining?: number } | { ok: false; failure: TrackerFailure };

const QuotaSchema = z.object({
  code: z.number(),
  data: z
    .object({ quota_remain: z.number().optional(), errors: z.array(z.object({ code: z.number() })).optional() })
    .optional(),
});

export async function testKey(
  tracker: TrackerId,
  apiKey: string,
  fetchImpl: FetchLike = defaultFetch(),
): Promise<KeyTest> {
  if (tracker === 'cainiao') return { ok: true };
  if (tracker === '17track') {
    const answer = await requestJson(fetchImpl, `${SEVENTEEN_BASE}getquota`, {
      method: 'POST',
      headers: { '17token': apiKey, 'Content-Type': 'application/json' },
      body: '{}',
    });
    if (!answer.ok) return answer;
    const parsed = QuotaSchema.safeParse(answer.json);
    if (!parsed.success) return { ok: false, failure: { kind: 'malformed', detail: 'getquota answer' } };
    if (parsed.data.code !== 0) return { ok: false, failure: { kind: 'auth', detail: `17TRACK ${parsed.data.code}` } };
    const remaining = parsed.data.data?.quota_remain;
    return remaining === undefined ? { ok: true } : { ok: true, remaining };
  }
  const answer = await requestJson(fetchImpl, PARCELSAPP_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ shipments: [], language: 'en', apiKey }),
  });
  if (!answer.ok) return answer;
  const error = (answer.json as { error?: unknown } | null)?.error;
  // An empty request may be refused for being empty; only a refused key is a failed test.
  if (typeof error === 'string' && /key|auth|token|unauthori[sz]ed/i.test(error)) {
    return { ok: false, failure: { kind: 'auth', detail: error.slice(0, 120) } };
  }
  return { ok: true };
}

import { describe, expect, it } from 'vitest';
import { fixture, json, scriptedFetch } from './fake-fetch.test-helper.ts';
import { SEVENTEEN_BASE, seventeenTrack } from './seventeen-track.ts';

const KEY = 'TEST-KEY';

describe('17TRACK adapter', () => {
  it('registers new numbers, then asks for their track info, with the 17token header', async () => {
    const fetch = scriptedFetch([
      json(fixture('seventeen-register-accepted.json')),
      json(fixture('seventeen-trackinfo-success.json')),
    ]);
    const result = await seventeenTrack.check(['RR123456785CN'], { fetch, apiKey: KEY });
    expect(fetch.calls.map((c) => c.url)).toEqual([`${SEVENTEEN_BASE}register`, `${SEVENTEEN_BASE}gettrackinfo`]);
    const headers = fetch.calls[0]?.init?.headers as Record<string, string>;
    expect(headers['17token']).toBe(KEY);
    expect(JSON.parse(String(fetch.calls[1]?.init?.body))).toEqual([{ number: 'RR123456785CN' }]);
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.requests).toBe(2);
    const report = result.reports[0];
    expect(report).toMatchObject({ found: true, registered: true, trackerStatus: 'InTransit_CustomsProcessing' });
    expect(report?.destCountry).toBe('ES');
    expect(report?.events[0]).toEqual({
      text: 'Held by customs for inspection',
      time: '2026-01-02T08:00:00+01:00',
      location: 'MADRID',
      code: 'InTransit_CustomsProcessing',
      source: '17track',
    });
    expect(report?.events).toHaveLength(3);
  });

  it('skips registration for numbers already registered (registration costs quota)', async () => {
    const fetch = scriptedFetch([json(fixture('seventeen-trackinfo-success.json'))]);
    const result = await seventeenTrack.check(['RR123456785CN'], {
      fetch,
      apiKey: KEY,
      registered: new Set(['RR123456785CN']),
    });
    expect(fetch.calls).toHaveLength(1);
    expect(result.ok && result.requests).toBe(1);
  });

  it('splits a partial batch: found, no info yet, and not registered (to register again)', async () => {
    const numbers = ['RR123456785CN', 'LP00999999999999', 'LP00888888888888'];
    const fetch = scriptedFetch([json(fixture('seventeen-trackinfo-partial.json'))]);
    const result = await seventeenTrack.check(numbers, { fetch, apiKey: KEY, registered: new Set(numbers) });
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.reports.map((r) => [r.trackingNumber, r.found, r.registered])).toEqual([
      ['RR123456785CN', true, true],
      ['LP00999999999999', false, true],
      ['LP00888888888888', false, false],
    ]);
    expect(result.reports[0]?.trackerStatus).toBe('InTransit_CustomsReleased');
    expect(result.reports[1]?.error).toBeUndefined();
  });

  it('reports an exhausted quota for the batch and an invalid key as auth', async () => {
    const quota = await seventeenTrack.check(['RR123456785CN', 'LP00123456789012'], {
      fetch: scriptedFetch([json(fixture('seventeen-register-quota.json'))]),
      apiKey: KEY,
    });
    expect(quota).toMatchObject({ ok: false, failure: { kind: 'quota' }, requests: 1 });
    const auth = await seventeenTrack.check(['RR123456785CN'], {
      fetch: scriptedFetch([json(fixture('seventeen-invalid-token.json'))]),
      apiKey: 'wrong',
    });
    expect(auth).toMatchObject({ ok: false, failure: { kind: 'auth' } });
    const http401 = await seventeenTrack.check(['RR123456785CN'], {
      fetch: scriptedFetch([json('{}', 401)]),
      apiKey: 'wrong',
    });
    expect(http401).toMatchObject({ ok: false, failure: { kind: 'auth', status: 401 } });
  });

  it('honours Retry-After on 429 and rejects a malformed answer without throwing', async () => {
    const limited = await seventeenTrack.check(['RR123456785CN'], {
      fetch: scriptedFetch([json('{}', 429, { 'Retry-After': '3' })]),
      apiKey: KEY,
      registered: new Set(['RR123456785CN']),
    });
    expect(limited).toMatchObject({ ok: false, failure: { kind: 'rate_limited', retryAfter: 3 } });
    const malformed = await seventeenTrack.check(['RR123456785CN'], {
      fetch: scriptedFetch([json(fixture('seventeen-malformed.json'))]),
      apiKey: KEY,
      registered: new Set(['RR123456785CN']),
    });
    expect(malformed).toMatchObject({ ok: false, failure: { kind: 'malformed' } });
  });
});

import { describe, expect, it } from 'vitest';
import { CAINIAO_URL, cainiao } from './cainiao.ts';
import { fixture, json, scriptedFetch } from './fake-fetch.test-helper.ts';

describe('cainiao adapter', () => {
  it('asks for the whole batch in one GET and normalises events, newest first', async () => {
    const fetch = scriptedFetch([json(fixture('cainiao-success.json'))]);
    const result = await cainiao.check(['LP00123456789012', 'LP00123456789013'], { fetch });
    expect(fetch.calls).toHaveLength(1);
    const url = new URL(fetch.calls[0]?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(CAINIAO_URL);
    expect(url.searchParams.get('mailNos')).toBe('LP00123456789012,LP00123456789013');
    expect(url.searchParams.get('lang')).toBe('en-US');
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.requests).toBe(1);
    const [first, second] = result.reports;
    expect(first?.found).toBe(true);
    expect(first?.events[0]).toEqual({
      text: 'Import customs clearance started',
      time: '2026-01-02T08:00:00.000Z',
      code: 'CC_IM_START',
      source: 'cainiao',
    });
    expect(first?.lastMile).toEqual({ number: 'PQ4F6P0703752130128001X', carrier: 'Correos' });
    expect(first?.destCountry).toBe('ES');
    expect(second?.events.map((e) => e.code)).toEqual([
      'GTMS_ACCEPT',
      'CC_IM_SUCCESS',
      'CUSTOMS_ARRIVED_IN_AREA_CALLBACK',
    ]);
    // An internal "key:value" desc falls back to the standard text.
    expect(second?.events[2]?.text).toBe('Carrier update');
    expect(second?.lastMile).toBeUndefined();
    expect(second?.delivered).toBe(false);
  });

  it('reports an unknown number as not found, not as an error', async () => {
    const fetch = scriptedFetch([json(fixture('cainiao-unknown.json'))]);
    const result = await cainiao.check(['LP00999999999999'], { fetch });
    expect(result).toEqual({
      ok: true,
      requests: 1,
      reports: [{ trackingNumber: 'LP00999999999999', found: false, events: [], delivered: false }],
    });
  });

  it('keeps every asked number in a partial answer', async () => {
    const fetch = scriptedFetch([json(fixture('cainiao-partial.json'))]);
    const result = await cainiao.check(['LP00123456789012', 'LP00999999999999', 'LP00777777777777'], { fetch });
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.reports.map((r) => [r.trackingNumber, r.found])).toEqual([
      ['LP00123456789012', true],
      ['LP00999999999999', false],
      ['LP00777777777777', false],
    ]);
    expect(result.reports[0]?.events[0]?.code).toBe('CC_IM_INSPECTION');
  });

  it('treats success:false as a refusal and 429 as rate limiting with Retry-After', async () => {
    const refused = await cainiao.check(['LP00123456789012'], {
      fetch: scriptedFetch([json(fixture('cainiao-refused.json'))]),
    });
    expect(refused).toMatchObject({ ok: false, failure: { kind: 'refused' } });
    const limited = await cainiao.check(['LP00123456789012'], {
      fetch: scriptedFetch([json('{}', 429, { 'Retry-After': '120' })]),
    });
    expect(limited).toMatchObject({ ok: false, failure: { kind: 'rate_limited', retryAfter: 120, status: 429 } });
  });

  it('never throws: malformed JSON, an HTML page and a network error are typed failures', async () => {
    const fetch = scriptedFetch([
      json(fixture('cainiao-malformed.json')),
      new Response('<html>slide to verify</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      new TypeError('Failed to fetch'),
      json('{}', 503),
    ]);
    const kinds = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await cainiao.check(['LP00123456789012'], { fetch });
      kinds.push(result.ok ? 'ok' : result.failure.kind);
    }
    // The HTML verification page is Cainiao's risk control: slow down, not "malformed".
    expect(kinds).toEqual(['malformed', 'rate_limited', 'network', 'http']);
  });

  it('reads risk control (captcha, FAIL_SYS_*) as a long pause, and drops forecast events', async () => {
    const fetch = scriptedFetch([
      json({ api: 'mtop', ret: ['FAIL_SYS_USER_VALIDATE::哎哟喂,被挤爆啦,请稍后重试'], data: {} }),
      json({ ret: ['FAIL_SYS_ILLEGAL_ACCESS::非法请求'] }),
      new Response('<!doctype html><title>Verification</title>unusual traffic', { status: 200 }),
    ]);
    for (let i = 0; i < 3; i += 1) {
      const result = await cainiao.check(['LP00123456789012'], { fetch });
      expect(result).toMatchObject({ ok: false, requests: 1, failure: { kind: 'rate_limited', retryAfter: 6 * 3600 } });
    }
    const forecast = {
      success: true,
      module: [
        {
          mailNo: 'LP00123456789012',
          detailList: [
            { time: 1767340800000, desc: 'Expected hand-over to local carrier', actionCode: 'LAST_MILE_ASN_NOTIFY' },
            { time: 1767254400000, desc: 'Import customs clearance started', actionCode: 'CC_IM_START' },
          ],
        },
      ],
    };
    const result = await cainiao.check(['LP00123456789012'], { fetch: scriptedFetch([json(forecast)]) });
    expect(result.ok && result.reports[0]?.events.map((e) => e.code)).toEqual(['CC_IM_START']);
  });
});

import { describe, expect, it } from 'vitest';
import { fixture, json, scriptedFetch } from './fake-fetch.test-helper.ts';
import { PARCELSAPP_POLLS, PARCELSAPP_URL, parcelsApp } from './parcelsapp.ts';

const KEY = 'pa-key';
const noWait = async () => {};

describe('ParcelsApp adapter', () => {
  it('creates a request, polls its uuid until done, and normalises the states', async () => {
    const fetch = scriptedFetch([
      json(fixture('parcelsapp-pending.json')),
      json(fixture('parcelsapp-pending.json')),
      json(fixture('parcelsapp-done.json')),
    ]);
    const result = await parcelsApp.check(['LP00123456789012'], {
      fetch,
      apiKey: KEY,
      sleep: noWait,
      destCountries: new Map([['LP00123456789012', 'ES']]),
    });
    expect(fetch.calls[0]?.url).toBe(PARCELSAPP_URL);
    expect(JSON.parse(String(fetch.calls[0]?.init?.body))).toEqual({
      shipments: [{ trackingId: 'LP00123456789012', language: 'en', country: 'Spain' }],
      language: 'en',
      apiKey: KEY,
    });
    expect(fetch.calls[1]?.url).toBe(`${PARCELSAPP_URL}?uuid=3fa85f64-5717-4562-b3fc-2c963f66afa6&apiKey=${KEY}`);
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.requests).toBe(3);
    expect(result.reports[0]).toMatchObject({ found: true, trackerStatus: 'transit', destCountry: 'ES' });
    expect(result.reports[0]?.events[0]).toEqual({
      text: "Customs update: We're inspecting your order",
      time: '2026-01-02T08:00:00.000Z',
      location: 'Madrid',
      source: 'parcelsapp',
    });
  });

  it('reports unknown numbers and numbers missing from a partial answer as not found', async () => {
    const fetch = scriptedFetch([json(fixture('parcelsapp-done.json'))]);
    const result = await parcelsApp.check(['LP00123456789012', 'LP00999999999999', 'LP00777777777777'], {
      fetch,
      apiKey: KEY,
      sleep: noWait,
    });
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.reports.map((r) => [r.trackingNumber, r.found])).toEqual([
      ['LP00123456789012', true],
      ['LP00999999999999', false],
      ['LP00777777777777', false],
    ]);
  });

  it('maps an exhausted subscription to quota and 401 to auth', async () => {
    const quota = await parcelsApp.check(['LP00123456789012'], {
      fetch: scriptedFetch([json(fixture('parcelsapp-quota.json'))]),
      apiKey: KEY,
      sleep: noWait,
    });
    expect(quota).toMatchObject({ ok: false, failure: { kind: 'quota' } });
    const auth = await parcelsApp.check(['LP00123456789012'], {
      fetch: scriptedFetch([json({ error: 'Invalid API key' }, 401)]),
      apiKey: 'bad',
      sleep: noWait,
    });
    expect(auth).toMatchObject({ ok: false, failure: { kind: 'auth' } });
  });

  it('fails typed on a malformed answer and gives up polling after a bounded number of tries', async () => {
    const malformed = await parcelsApp.check(['LP00123456789012'], {
      fetch: scriptedFetch([json(fixture('parcelsapp-malformed.json'))]),
      apiKey: KEY,
      sleep: noWait,
    });
    expect(malformed).toMatchObject({ ok: false, failure: { kind: 'malformed' } });
    const pending = Array.from({ length: PARCELSAPP_POLLS + 1 }, () => json(fixture('parcelsapp-pending.json')));
    const fetch = scriptedFetch(pending);
    const stuck = await parcelsApp.check(['LP00123456789012'], { fetch, apiKey: KEY, sleep: noWait });
    expect(stuck).toMatchObject({ ok: false, failure: { kind: 'network' }, requests: PARCELSAPP_POLLS + 1 });
  });
});

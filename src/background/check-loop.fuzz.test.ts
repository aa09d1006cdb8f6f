/**
 * Bad input for the check loop's pure part (applyBatch folds one tracker answer into the store): answers
 * produced by the real adapters from hostile HTTP answers, and arbitrary answers within the adapter
 * contract (hostile event text, odd times, errors per number). Every watched parcel must be kept, a
 * failure must be recorded on the parcel for the user, and the store must still read back clean — a
 * parcel that failed validation on the next read would be set aside, i.e. lost from the watch list.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseStore } from '../core/schemas/parse-store.ts';
import { defaultStore, type Parcel, type Store, TRACKER_IDS, type TrackerId } from '../core/schemas/store.ts';
import type { BatchResult, FailureKind, ParcelReport } from '../trackers/tracker-result.ts';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { ADAPTERS, applyBatch } = await import('./check-parcels.ts');

const NUMBERS = ['LP00123456789012', 'RR123456785CN', 'LP00999999999999'];
const KINDS: FailureKind[] = ['network', 'http', 'rate_limited', 'quota', 'auth', 'malformed', 'refused'];
const NOW = Date.parse('2026-03-10T12:00:00.000Z');

function storeWithParcels(): Store {
  const store = defaultStore();
  for (const n of NUMBERS) {
    const parcel: Parcel = {
      trackingNumber: n,
      addedAt: '2026-03-01T00:00:00.000Z',
      events: [{ text: 'Import customs clearance started', time: '2026-03-02T08:00:00Z', source: 'page' }],
      stage: 'import_received',
      baselined: true,
      notified: [],
      trackers: {},
    };
    store.parcels[n] = parcel;
  }
  return store;
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '\u202EdesaeleR\u202C',
    '\u200B\u200C\u200D\uFEFF',
    'Customs update: We\u2019re inspecting your order',
    'Import customs clearance complete',
    'x'.repeat(2000),
  ),
);
const failureArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  detail: fc.string({ maxLength: 200 }),
  status: fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }),
  retryAfter: fc.option(fc.nat({ max: 10 ** 9 }), { nil: undefined }),
});
const eventArb = fc.record(
  {
    text: hostileText,
    time: fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    ),
    location: fc.string({ maxLength: 300 }),
    code: fc.string({ maxLength: 100 }),
    source: fc.constantFrom('cainiao' as const, '17track' as const, 'parcelsapp' as const),
  },
  { requiredKeys: ['text'] },
);
const reportArb = (trackingNumber: string): fc.Arbitrary<ParcelReport> =>
  fc.record(
    {
      trackingNumber: fc.constant(trackingNumber),
      found: fc.boolean(),
      events: fc.array(eventArb, { maxLength: 80 }),
      trackerStatus: fc.string({ maxLength: 50 }),
      delivered: fc.boolean(),
      lastMile: fc.record({
        number: fc.string({ minLength: 1, maxLength: 40 }),
        carrier: fc.string({ maxLength: 100 }),
      }),
      destCountry: fc.constantFrom('ES', 'FR', 'IL', 'PL'),
      error: failureArb,
      registered: fc.boolean(),
    },
    { requiredKeys: ['trackingNumber', 'found', 'events'] },
  );
const resultArb: fc.Arbitrary<BatchResult> = fc.oneof(
  fc.record({ ok: fc.constant(false as const), failure: failureArb, requests: fc.integer({ min: 1, max: 7 }) }),
  fc.record({
    ok: fc.constant(true as const),
    reports: fc.tuple(...NUMBERS.map(reportArb)),
    requests: fc.integer({ min: 1, max: 7 }),
  }),
);

function expectKeptAndRecorded(store: Store, tracker: TrackerId, result: BatchResult): void {
  // Stored as JSON, read back as the next run would.
  const parsed = parseStore(JSON.parse(JSON.stringify(store)));
  expect(parsed.status).toBe('ok');
  expect(parsed.rejected).toEqual({});
  expect(Object.keys(parsed.store.parcels).sort()).toEqual([...NUMBERS].sort());
  for (const n of NUMBERS) {
    const state = parsed.store.parcels[n]?.trackers[tracker];
    expect(state?.lastCheck).toBeDefined();
    const failed = !result.ok || result.reports.find((r) => r.trackingNumber === n)?.error;
    if (failed) {
      expect(state?.failures).toBeGreaterThanOrEqual(1);
      expect(state?.lastError?.length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(state?.nextCheck ?? ''))).toBe(false);
    } else {
      expect(state?.failures).toBe(0);
      expect(state?.lastError).toBeUndefined();
    }
  }
}

describe('applyBatch with hostile tracker answers', () => {
  it('keeps every parcel, records failures and leaves a store that reads back clean', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TRACKER_IDS), resultArb, (tracker, result) => {
        const store = storeWithParcels();
        const blocks = {};
        const news = applyBatch(store, blocks, tracker, NUMBERS, result, NOW);
        expect(Array.isArray(news)).toBe(true);
        expectKeptAndRecorded(store, tracker, result);
      }),
      { numRuns: 300 },
    );
  });

  it('does the same for whatever the real adapters make of arbitrary HTTP answers', async () => {
    const answer = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((body) => () => new Response(JSON.stringify(body))),
      fc.string().map((body) => () => new Response(body)),
      fc.integer({ min: 400, max: 599 }).map((status) => () => new Response('{}', { status })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TRACKER_IDS),
        fc.array(answer, { minLength: 1, maxLength: 8 }),
        async (tracker, answers) => {
          let i = 0;
          const fetch = async () => (answers[Math.min(i++, answers.length - 1)] as () => Response)();
          const result = await ADAPTERS[tracker].check(NUMBERS, { fetch, sleep: async () => {}, apiKey: 'k' });
          const store = storeWithParcels();
          applyBatch(store, {}, tracker, NUMBERS, result, NOW);
          expectKeptAndRecorded(store, tracker, result);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a parcel unwatched while the tracker was asked is not brought back', () => {
    const store = storeWithParcels();
    delete store.parcels[NUMBERS[0] ?? ''];
    applyBatch(
      store,
      {},
      'cainiao',
      NUMBERS,
      { ok: false, failure: { kind: 'network', detail: 'x' }, requests: 1 },
      NOW,
    );
    expect(Object.keys(store.parcels)).toEqual(NUMBERS.slice(1));
  });
});

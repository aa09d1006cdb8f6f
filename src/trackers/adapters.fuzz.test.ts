/**
 * Bad input for the tracker adapters, property-based: any JSON, any text, any HTTP status, network
 * errors, and the real fixtures mutated at random (values replaced by hostile ones, keys deleted). Each
 * adapter must resolve — never throw — with either a typed failure or one valid report per asked number,
 * whose events pass the stored event schema (so nothing a tracker says can corrupt the store).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrackingEventSchema } from '../core/events.ts';
import { cainiao } from './cainiao.ts';
import { fixture, json } from './fake-fetch.test-helper.ts';
import { parcelsApp } from './parcelsapp.ts';
import { seventeenTrack } from './seventeen-track.ts';
import type { BatchResult, FailureKind, FetchLike, TrackerAdapter } from './tracker-result.ts';

const KINDS: FailureKind[] = ['network', 'http', 'rate_limited', 'quota', 'auth', 'malformed', 'refused'];
const NUMBERS = ['LP00123456789012', 'RR123456785CN', 'LP00999999999999'];
const FIXTURES = readdirSync(path.join(import.meta.dirname, 'fixtures')).filter((f) => f.endsWith('.json'));
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const ADAPTERS: Array<{ adapter: TrackerAdapter; prefix: string }> = [
  { adapter: cainiao, prefix: 'cainiao-' },
  { adapter: seventeenTrack, prefix: 'seventeen-' },
  { adapter: parcelsApp, prefix: 'parcelsapp-' },
];

/** Values that have broken parsers before: huge and odd numbers, long and control-laden strings. */
const hostileValue = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      1e300,
      -1e300,
      -1,
      8.64e15 + 1,
      Number.MAX_SAFE_INTEGER,
      -0,
      0.5,
      '',
      'x'.repeat(100_000),
      '\u202Egnitcepsni\u202C',
      '\u200B\u200B\u200B',
      '<img src=x onerror=alert(1)>',
      '2026-13-45T99:99:99',
      'NaN',
      '__proto__',
      null,
      true,
      [],
      {},
    ),
  },
  // Any finite number (JSON carries no NaN or Infinity), any text, any JSON.
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 50 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, Json]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

type Mutation = { at: number; op: 'replace' | 'delete'; value: unknown };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  // Unbiased: a small-biased index would almost only ever hit the first keys of a document.
  at: fc.noBias(fc.nat()),
  op: fc.constantFrom('replace' as const, 'delete' as const),
  value: hostileValue,
});

function mutate(original: Json, mutations: Mutation[]): Json {
  const doc = structuredClone(original);
  for (const m of mutations) {
    const all = paths(doc);
    if (!all.length) break;
    const where = all[m.at % all.length] ?? [];
    const parent = where.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key] ?? null, doc);
    const key = where.at(-1);
    if (parent === null || typeof parent !== 'object' || key === undefined) continue;
    if (m.op === 'delete' && !Array.isArray(parent)) delete (parent as Record<string, Json>)[key as string];
    else (parent as Record<string | number, unknown>)[key] = m.value;
  }
  return doc;
}

type Answer = { kind: 'json'; status: number; body: unknown } | { kind: 'text'; body: string } | { kind: 'throw' };
const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('json' as const), status: fc.constant(200), body: hostileValue }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      status: fc.integer({ min: 200, max: 599 }).filter((s) => ![204, 205, 304].includes(s)),
      body: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), body: fc.string({ maxLength: 200 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'throw' as const }) },
);

/** A fetch answering each request with the next scripted answer (the last one repeats). */
function fetchOf(answers: Array<() => Response | Error>): FetchLike {
  let i = 0;
  return async () => {
    const next = answers[Math.min(i, answers.length - 1)] ?? (() => new Error('no answer'));
    i += 1;
    const response = next();
    if (response instanceof Error) throw response;
    return response;
  };
}

const toResponse = (a: Answer) => (): Response | Error =>
  a.kind === 'throw' ? new TypeError('Failed to fetch') : a.kind === 'text' ? json(a.body) : json(a.body, a.status);

function expectWellFormed(result: BatchResult, numbers: readonly string[]): void {
  expect(result.requests).toBeGreaterThanOrEqual(1);
  if (!result.ok) {
    expect(KINDS).toContain(result.failure.kind);
    expect(typeof result.failure.detail).toBe('string');
    return;
  }
  expect(result.reports.map((r) => r.trackingNumber)).toEqual(numbers);
  for (const report of result.reports) {
    expect(typeof report.found).toBe('boolean');
    for (const event of report.events) expect(TrackingEventSchema.safeParse(event).success).toBe(true);
    if (report.error) expect(KINDS).toContain(report.error.kind);
  }
}

const noSleep = async () => {};

describe.each(ADAPTERS)('$adapter.id adapter with hostile answers', ({ adapter, prefix }) => {
  const options = (fetch: FetchLike) => ({ fetch, sleep: noSleep, apiKey: 'key' });

  it('never throws on arbitrary answers, statuses, bodies and network errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answerArb, { minLength: 1, maxLength: 8 }), async (answers) => {
        const result = await adapter.check(NUMBERS, options(fetchOf(answers.map(toResponse))));
        expectWellFormed(result, NUMBERS);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on its real fixtures mutated at random', async () => {
    const mine = FIXTURES.filter((f) => f.startsWith(prefix));
    expect(mine.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            file: fc.constantFrom(...mine),
            mutations: fc.array(mutationArb, { minLength: 1, maxLength: 10 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (answers) => {
          const responses = answers.map((a) => () => json(mutate(fixture(a.file) as Json, a.mutations)));
          const result = await adapter.check(NUMBERS, options(fetchOf(responses)));
          expectWellFormed(result, NUMBERS);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('answers found by the fuzzer', () => {
  it('cainiao: an event time out of the Date range is a bad answer, not an exception', async () => {
    const body = { success: true, module: [{ mailNo: NUMBERS[0], detailList: [{ time: 1e300, desc: 'Hi' }] }] };
    const result = await cainiao.check(NUMBERS, { fetch: fetchOf([() => json(body)]) });
    expectWellFormed(result, NUMBERS);
  });
});

describe('mutate (the fuzzer itself)', () => {
  it('changes the document it is given, so the properties above see altered answers', () => {
    const original = { a: { b: [1, 2] }, c: 'x' } as Json;
    const changed = mutate(original, [{ at: 0, op: 'replace', value: 'gone' }]);
    expect(changed).toEqual({ a: 'gone', c: 'x' });
    expect(original).toEqual({ a: { b: [1, 2] }, c: 'x' });
    expect(mutate(original, [{ at: 4, op: 'delete', value: null }])).toEqual({ a: { b: [1, 2] } });
  });
});

/**
 * Bad input for reading the stored document: anything at all under the store key (garbage, wrong types,
 * future versions, parcels of the wrong shape). parseStore must never throw, always give a usable store,
 * and account for every stored parcel: either kept or handed back in `rejected` to be set aside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStore } from './schemas/parse-store.ts';
import { StoreSchema } from './schemas/store.ts';

const goodParcel = (n: string) => ({
  trackingNumber: n,
  addedAt: '2026-03-01T00:00:00.000Z',
  events: [],
  stage: null,
  baselined: false,
  notified: [],
  trackers: {},
});

describe('parseStore with a corrupted document', () => {
  it('never throws and always returns a valid store', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (raw) => {
        const { store } = parseStore(raw);
        expect(StoreSchema.safeParse(store).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps or hands back every parcel, whatever is wrong with the others', () => {
    const numbers = fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}\d{9,14}$/), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(numbers, fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 6 }), (ns, junk) => {
        const parcels: Record<string, unknown> = {};
        ns.forEach((n, i) => {
          // Every other parcel broken: a value of the wrong type, or a wrong field.
          parcels[n] = i % 2 === 0 ? goodParcel(n) : (junk[i] ?? { ...goodParcel(n), addedAt: 42 });
        });
        const { store, rejected, status } = parseStore({ version: 1, settings: {}, parcels, panels: {} });
        expect(status).toBe('ok');
        for (const n of ns) expect(n in store.parcels || n in rejected).toBe(true);
        ns.forEach((n, i) => {
          if (i % 2 === 0) expect(store.parcels[n]?.trackingNumber).toBe(n);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reports a non-object, an array or a future version as corrupt', () => {
    for (const raw of ['garbage', 42, [1, 2], { version: 99, parcels: {} }, { version: 1.5 }]) {
      expect(parseStore(raw).status).toBe('corrupt');
    }
  });
});

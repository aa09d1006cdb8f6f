// Meta-test: every knowledge entry says where it comes from, as of when, and how sure it is.
import { describe, expect, it } from 'vitest';
import { CARRIER_FORMATS, S10_SOURCE } from './carriers.ts';
import { COUNTERFEIT_PRONE, counterfeitProneMatch } from './counterfeit-prone.ts';
import { COUNTRIES, countryRule, EU_MEMBERS, isEuMember } from './countries.ts';
import { activePeaks, blackFriday, PEAK_SOURCE, USUAL_DAYS } from './durations.ts';
import { convert, EXCHANGE_RATES_SOURCE } from './exchange-rates.ts';
import type { Sourced } from './sourced.ts';

const entries: Array<[string, Sourced]> = [
  ...Object.entries(COUNTRIES).map(([k, v]): [string, Sourced] => [`country ${k}`, v]),
  ...Object.values(COUNTRIES).flatMap((c) => (c.backlogs ?? []).map((b): [string, Sourced] => [`backlog ${b.id}`, b])),
  ...Object.entries(EU_MEMBERS).map(([k, v]): [string, Sourced] => [`EU post ${k}`, v]),
  ...Object.entries(USUAL_DAYS).map(([k, v]): [string, Sourced] => [`usual days ${k}`, v]),
  ...CARRIER_FORMATS.map((c): [string, Sourced] => [`carrier ${c.kind} ${c.pattern}`, c]),
  ...COUNTERFEIT_PRONE.map((c): [string, Sourced] => [`counterfeit ${c.label}`, c]),
  ['S10', S10_SOURCE],
  ['peaks', PEAK_SOURCE],
  ['exchange rates', EXCHANGE_RATES_SOURCE],
];

describe('knowledge tables', () => {
  it.each(entries)('%s has a source, a valid asOf date and a confidence', (_name, entry) => {
    expect(entry.source.trim().length).toBeGreaterThan(5);
    expect(entry.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(`${entry.asOf}T00:00:00Z`))).toBe(false);
    expect(entry.asOf <= new Date().toISOString().slice(0, 10)).toBe(true);
    expect(['confirmed', 'unverified']).toContain(entry.confidence);
  });

  it('has the 27 EU member states, all under the EU rule', () => {
    expect(Object.keys(EU_MEMBERS)).toHaveLength(27);
    expect(countryRule('es')).toMatchObject({ code: 'EU', collectedAtCheckoutUpTo: 150, postal: { name: 'Correos' } });
    expect(isEuMember('GB')).toBe(false);
    expect(countryRule('GB')?.collectedAtCheckoutUpTo).toBe(135);
    expect(countryRule('ZZ')).toBeUndefined();
  });

  it('postal templates carry the {number} placeholder', () => {
    const templates = [...Object.values(COUNTRIES).map((c) => c.postal), ...Object.values(EU_MEMBERS)]
      .map((p) => p.trackingUrlTemplate)
      .filter((t): t is string => t !== null);
    for (const t of templates) expect(t).toMatch(/^https:\/\/.+\{number\}/);
  });

  it('computes Black Friday and the peak windows per year', () => {
    expect(blackFriday(2025).toISOString().slice(0, 10)).toBe('2025-11-28');
    expect(blackFriday(2026).toISOString().slice(0, 10)).toBe('2026-11-27');
    expect(activePeaks(new Date('2026-01-10T00:00:00Z')).map((p) => p.id)).toContain('singles_day');
    expect(activePeaks(new Date('2026-02-20T00:00:00Z')).map((p) => p.id)).toEqual(['chinese_new_year']);
    expect(activePeaks(new Date('2026-05-12T00:00:00Z'))).toEqual([]);
  });

  it('converts roughly between currencies', () => {
    expect(convert(100, 'EUR', 'EUR')).toBe(100);
    expect(convert(100, 'USD', 'EUR')).toBeCloseTo(86);
    expect(convert(1, 'XXX', 'EUR')).toBeUndefined();
  });

  it('finds counterfeit-prone brands and kinds in titles', () => {
    expect(counterfeitProneMatch(['Eau de Parfum 100ml'])?.label).toBe('perfume');
    expect(counterfeitProneMatch(['Pandora style charm bracelet'])?.label).toBe('Pandora');
    expect(counterfeitProneMatch(['USB cable'])).toBeUndefined();
  });
});

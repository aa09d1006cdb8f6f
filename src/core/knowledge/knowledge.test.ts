// Meta-test: every knowledge entry says where it comes from, as of when, and how sure it is.
import { describe, expect, it } from 'vitest';
import { DISPUTE_AFTER_COMPLETION, ESCALATION, ONLY_SELLER_EXTENDS } from './buyer-protection.ts';
import { CARRIER_FORMATS, S10_SOURCE } from './carriers.ts';
import { COUNTERFEIT_PRONE, counterfeitProneMatch } from './counterfeit-prone.ts';
import {
  COUNTRIES,
  countryRule,
  EU_MEMBERS,
  EU_RULE,
  importTaxFreeUpTo,
  isEuMember,
  NATIONAL_HANDLING_FEES,
} from './countries.ts';
import { activePeaks, blackFriday, PEAK_SOURCE, USUAL_DAYS } from './durations.ts';
import { convert, EXCHANGE_RATES_SOURCE, OTHER_RATES_SOURCE } from './exchange-rates.ts';
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
  ['other exchange rates', OTHER_RATES_SOURCE],
  ...Object.entries(NATIONAL_HANDLING_FEES).map(([k, v]): [string, Sourced] => [`handling fee ${k}`, v]),
  ['dispute after completion', DISPUTE_AFTER_COMPLETION],
  ['only the seller extends', ONLY_SELLER_EXTENDS],
  ['escalation margins', ESCALATION],
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

  it('says what is true today (late 2026) for the rules that changed', () => {
    // EU: the €150 duty relief ended on 2026-07-01; the number must say what the notes say.
    expect(EU_RULE.dutyDeMinimis).toBeNull();
    expect(EU_RULE.flatDuty).toEqual({ amount: 3, currency: 'EUR', from: '2026-07-01', until: '2028-07-01' });
    expect(EU_RULE.notes).toMatch(/EUR 3 per tariff category/);
    expect(EU_RULE.source).toMatch(/2026\/382/);
    // Switzerland: platform VAT at checkout on every order since 2025.
    expect(COUNTRIES.CH?.platformVatOnEveryOrderSince).toBe('2025-01-01');
    // United States: the China/Hong Kong date, the one AliExpress parcels meet.
    expect(COUNTRIES.US?.deMinimisEndedOn).toBe('2025-05-02');
    // Israel: one meaning per field — VAT from USD 130, duty from about USD 500.
    expect(COUNTRIES.IL).toMatchObject({ vatDeMinimis: 130, dutyDeMinimis: 500 });
    expect(importTaxFreeUpTo(COUNTRIES.IL ?? EU_RULE)).toBe(130);
    expect(COUNTRIES.NO?.notes).toMatch(/never covers foodstuffs/);
    expect(COUNTRIES.BR?.notes).toMatch(/20% in 16 states since 2025-04-01/);
    for (const code of ['MX', 'CL', 'JP']) expect(countryRule(code)?.code).toBe(code);
    // Turkey only with a current source (knowledge-2026.md MISS-TR): none was found.
    expect(countryRule('TR')).toBeUndefined();
  });

  it('calls a secondary source unverified', () => {
    for (const code of ['BR', 'MX', 'CL', 'JP', 'IL']) expect(COUNTRIES[code]?.confidence).toBe('unverified');
    expect(EXCHANGE_RATES_SOURCE.confidence).toBe('unverified');
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
    expect(convert(100, 'USD', 'EUR')).toBeCloseTo(88.74, 1);
    expect(convert(100, 'EUR', 'CHF')).toBeCloseTo(93.59, 1);
    expect(convert(3.75, 'SAR', 'USD')).toBeCloseTo(1, 3);
    expect(convert(1, 'XXX', 'EUR')).toBeUndefined();
  });

  it('finds counterfeit-prone brands and kinds in titles', () => {
    expect(counterfeitProneMatch(['Eau de Parfum 100ml'])?.label).toBe('perfume');
    expect(counterfeitProneMatch(['Pandora style charm bracelet'])?.label).toBe('Pandora');
    expect(counterfeitProneMatch(['USB cable'])).toBeUndefined();
  });
});

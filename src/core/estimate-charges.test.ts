import { describe, expect, it } from 'vitest';
import { type ChargesEstimate, type EstimateInput, estimateCharges } from './estimate-charges.ts';
import { COUNTRIES, EU_MEMBERS } from './knowledge/countries.ts';
import { IMPORT_RATES } from './knowledge/import-rates.ts';
import {
  CARRIER_FEES,
  COURIER_PAYMENT_PAGES,
  isOfficialPaymentUrl,
  officialPaymentPage,
  POST_PAYMENT_PAGES,
} from './knowledge/payment-pages.ts';
import { COURIER_WARNINGS, carrierWarning, POST_WARNINGS } from './knowledge/scam-guidance.ts';

const TODAY = new Date('2026-12-02T12:00:00Z');
const est = (input: Omit<EstimateInput, 'today'> & { today?: Date }) => estimateCharges({ today: TODAY, ...input });
const money = (amount: number, currency: string) => ({ amount, currency });

function expectKind<K extends ChargesEstimate['kind']>(
  e: ChargesEstimate,
  kind: K,
): Extract<ChargesEstimate, { kind: K }> {
  expect(e.kind).toBe(kind);
  return e as Extract<ChargesEstimate, { kind: K }>;
}

describe('estimateCharges: paid at checkout', () => {
  it('FR under EUR 150: IOSS, with the EU flat duty per category and the French EUR 2 per line as possible extras', () => {
    const e = expectKind(est({ destCountry: 'FR', total: money(40, 'EUR'), itemCount: 2 }), 'prepaid');
    expect(e.regime).toBe('ioss');
    expect(e.doubleCharge).toBe('eu_ioss');
    expect(e.limit).toEqual(money(150, 'EUR'));
    const flat = e.extras.find((x) => x.id === 'flat_duty');
    expect(flat).toMatchObject({ low: 3, high: 6 });
    expect(e.extras.find((x) => x.id === 'national_fee')).toMatchObject({ low: 2, high: 4 });
  });

  it('EU flat duty only from 2026-07-01', () => {
    const e = expectKind(
      est({ destCountry: 'DE', total: money(40, 'EUR'), today: new Date('2026-06-30T12:00:00Z') }),
      'prepaid',
    );
    expect(e.extras).toEqual([]);
  });

  it('GB up to GBP 135: marketplace VAT, UK double-charge guidance', () => {
    const e = expectKind(est({ destCountry: 'GB', total: money(60, 'GBP'), itemCount: 1 }), 'prepaid');
    expect(e.regime).toBe('uk_vat');
    expect(e.doubleCharge).toBe('uk');
  });

  it('CH: platform VAT on every order, even CHF 900; a bill on arrival is a likely double charge', () => {
    const e = expectKind(est({ destCountry: 'CH', total: money(900, 'CHF') }), 'prepaid');
    expect(e.regime).toBe('ch_platform');
    expect(e.doubleCharge).toBe('ch');
    expect(e.limit).toBeUndefined();
  });

  it('CH before 2025 is not prepaid', () => {
    expect(est({ destCountry: 'CH', total: money(900, 'CHF'), today: new Date('2024-12-31T12:00:00Z') }).kind).not.toBe(
      'prepaid',
    );
  });

  it.each([
    ['AU', 300, 'AUD', 'gst'],
    ['NZ', 300, 'NZD', 'gst'],
    ['NO', 1200, 'NOK', 'voec'],
    ['CL', 100, 'USD', 'cl_iva'],
    ['BR', 250, 'BRL', 'remessa_conforme'],
    ['SG', 120, 'SGD', 'gst'],
  ] as const)('%s %d %s: prepaid (%s)', (destCountry, amount, currency, regime) => {
    const e = expectKind(est({ destCountry, total: money(amount, currency), itemCount: 1 }), 'prepaid');
    expect(e.regime).toBe(regime);
    expect(e.doubleCharge).toBeUndefined();
  });
});

describe('estimateCharges: ranges', () => {
  it('GB GBP 200: VAT 20% on value + duty, duty 0–12%, Royal Mail GBP 8', () => {
    const e = expectKind(est({ destCountry: 'GB', total: money(200, 'GBP'), itemCount: 1 }), 'estimate');
    expect(e.currency).toBe('GBP');
    expect(e.lines.map((l) => l.id)).toEqual(['vat', 'duty', 'fee']);
    // low: 40 VAT + 0 duty + 8 fee; high: 20% of 224 = 44.80 + 24 duty + 8 fee
    expect(e.low).toBe(48);
    expect(e.high).toBe(76.8);
    expect(e.feeUnknown).toBe(false);
    expect(e.sources.length).toBeGreaterThan(1);
  });

  it('NL EUR 200: VAT 21%, duty 0–12%, PostNL EUR 10–12', () => {
    const e = expectKind(est({ destCountry: 'NL', total: money(200, 'EUR'), itemCount: 1 }), 'estimate');
    expect(e.lines.find((l) => l.id === 'vat')?.rate).toEqual([21, 21]);
    expect(e.lines.find((l) => l.id === 'fee')).toMatchObject({ low: 10, high: 12 });
    expect(e.low).toBe(52);
    // high: 21% of 224 = 47.04 + 24 duty + 12 fee
    expect(e.high).toBe(83.04);
  });

  it('DE EUR 300: VAT 19%, Deutsche Post EUR 6 (unverified → cautious)', () => {
    const e = expectKind(est({ destCountry: 'DE', total: money(300, 'EUR') }), 'estimate');
    expect(e.lines.find((l) => l.id === 'vat')?.low).toBe(57);
    expect(e.lines.find((l) => l.id === 'fee')?.low).toBe(6);
    expect(e.cautious).toBe(true);
  });

  it('FR EUR 180: no La Poste fee in the table → the range leaves it out and says so', () => {
    const e = expectKind(est({ destCountry: 'FR', total: money(180, 'EUR') }), 'estimate');
    expect(e.feeUnknown).toBe(true);
    expect(e.lines.some((l) => l.id === 'fee')).toBe(false);
  });

  it('ES EUR 160 via DHL Express: the courier fee is unknown, not the Correos one', () => {
    const e = expectKind(est({ destCountry: 'ES', total: money(160, 'EUR'), carrier: 'DHL Express' }), 'estimate');
    expect(e.feeUnknown).toBe(true);
  });

  it('PL in PLN over EUR 150: VAT 23%, Poczta Polska PLN 8.50', () => {
    const e = expectKind(est({ destCountry: 'PL', total: money(1000, 'PLN') }), 'estimate');
    expect(e.currency).toBe('PLN');
    expect(e.lines.find((l) => l.id === 'vat')?.low).toBe(230);
    expect(e.lines.find((l) => l.id === 'fee')?.low).toBe(8.5);
  });

  it('CA CAD 100: GST/HST 5–15% + duty 0–18%', () => {
    const e = expectKind(est({ destCountry: 'CA', total: money(100, 'CAD') }), 'estimate');
    expect(e.low).toBe(5);
    expect(e.high).toBeCloseTo(0.15 * 118 + 18, 2);
    expect(e.feeUnknown).toBe(true);
  });

  it('KR USD 300: VAT 10% + duty', () => {
    const e = expectKind(est({ destCountry: 'KR', total: money(300, 'USD') }), 'estimate');
    expect(e.low).toBe(30);
  });

  it('SA SAR 500: VAT 15% at any value, no duty under SAR 1000', () => {
    const e = expectKind(est({ destCountry: 'SA', total: money(500, 'SAR') }), 'estimate');
    expect(e.lines.map((l) => l.id)).toEqual(['vat']);
    expect(e.low).toBe(75);
  });

  it('IL USD 200: VAT 18% only (between the VAT ceiling and the duty one)', () => {
    const e = expectKind(est({ destCountry: 'IL', total: money(200, 'USD') }), 'estimate');
    expect(e.lines.map((l) => l.id)).toEqual(['vat']);
    expect(e.low).toBe(36);
  });

  it('CL USD 800: 6% duty + 19% IVA', () => {
    const e = expectKind(est({ destCountry: 'CL', total: money(800, 'USD'), itemCount: 1 }), 'estimate');
    expect(e.low).toBeCloseTo(48 + 0.19 * 848, 2);
  });

  it('MX USD 100: flat 33.5%, always cautious', () => {
    const e = expectKind(est({ destCountry: 'MX', total: money(100, 'USD') }), 'estimate');
    expect(e.lines[0]).toMatchObject({ id: 'flat_rate', low: 33.5 });
    expect(e.cautious).toBe(true);
  });

  it('JP JPY 30000: taxes on 60% of the price', () => {
    const e = expectKind(est({ destCountry: 'JP', total: money(30000, 'JPY') }), 'estimate');
    expect(e.lines.find((l) => l.id === 'vat')?.low).toBe(1800);
  });

  it('SG one item over SGD 400: GST 9%, no duty', () => {
    const e = expectKind(est({ destCountry: 'SG', total: money(500, 'SGD'), itemCount: 1 }), 'estimate');
    expect(e.low).toBe(45);
  });

  it('converts for a limit in another currency and marks the range cautious', () => {
    const e = expectKind(est({ destCountry: 'GB', total: money(300, 'EUR') }), 'estimate');
    expect(e.currency).toBe('EUR');
    expect(e.cautious).toBe(true);
  });
});

describe('estimateCharges: nothing due on arrival', () => {
  it.each([
    ['CA', 15, 'CAD'],
    ['KR', 100, 'USD'],
    ['IL', 90, 'USD'],
    ['JP', 15000, 'JPY'],
  ] as const)('%s %d %s', (destCountry, amount, currency) => {
    expect(est({ destCountry, total: money(amount, currency) }).kind).toBe('nothing_due');
  });
});

describe('estimateCharges: honest "can\'t estimate"', () => {
  it.each([
    ['no country', {}, 'no_country'],
    ['no total', { destCountry: 'GB' }, 'no_total'],
    ['a country not in the table', { destCountry: 'TR', total: money(50, 'EUR') }, 'no_rule'],
    ['US rules', { destCountry: 'US', total: money(50, 'USD') }, 'us_changing'],
    ['a converted total at the limit', { destCountry: 'GB', total: money(159, 'EUR') }, 'near_limit'],
    ['several items over a per-item limit', { destCountry: 'NO', total: money(5000, 'NOK'), itemCount: 3 }, 'per_item'],
    [
      'goods VOEC never covers',
      { destCountry: 'NO', total: money(300, 'NOK'), titles: ['Vitamin D3 supplements 120 caps'] },
      'excluded_goods',
    ],
    ['AU over AUD 1000', { destCountry: 'AU', total: money(1500, 'AUD'), itemCount: 1 }, 'formal_entry'],
    ['IL over the duty ceiling', { destCountry: 'IL', total: money(800, 'USD') }, 'over_duty_free'],
    ['a currency without a rate', { destCountry: 'GB', total: money(50, 'XYZ') }, 'no_rate'],
  ] as const)('%s', (_name, input, reason) => {
    const e = expectKind(est(input as Omit<EstimateInput, 'today'>), 'unknown');
    expect(e.reason).toBe(reason);
  });
});

describe('official payment pages', () => {
  it.each([
    ['GB', undefined, 'royal_mail'],
    ['BR', undefined, 'correios'],
    ['CA', undefined, 'canada_post'],
    ['NL', undefined, 'postnl'],
    ['ES', undefined, 'correos'],
    ['FR', 'Colissimo', 'la_poste'],
    ['PL', undefined, 'poczta_polska'],
    ['IL', undefined, 'israel_post'],
    ['AU', undefined, 'australia_post'],
    ['CH', undefined, 'swiss_post'],
    ['DE', 'DHL', 'deutsche_post'],
    ['DE', 'DHL Express', 'dhl_express'],
    ['US', 'FedEx', 'fedex'],
    ['GB', 'UPS', 'ups'],
  ] as const)('%s via %s → %s', (country, carrier, id) => {
    expect(officialPaymentPage(country, carrier)?.id).toBe(id);
  });

  it('has no page for a country it does not know', () => {
    expect(officialPaymentPage('TR')).toBeUndefined();
  });

  it('every link is https on its own host and passes the allow-list; others do not', () => {
    const pages = [...Object.values(POST_PAYMENT_PAGES), ...Object.values(COURIER_PAYMENT_PAGES)];
    for (const p of pages) if (p.url) expect(isOfficialPaymentUrl(p.url), p.url).toBe(true);
    expect(isOfficialPaymentUrl('http://www.post.ch/en/receiving-mail/customs-clearance-fees')).toBe(false);
    expect(isOfficialPaymentUrl('https://correios-taxa.site/pagar')).toBe(false);
    expect(isOfficialPaymentUrl('https://www.royalmail.com.evil.example/')).toBe(false);
    expect(isOfficialPaymentUrl('javascript:alert(1)')).toBe(false);
  });

  it('pages without a link say the charge is paid on delivery', () => {
    for (const p of Object.values(POST_PAYMENT_PAGES)) if (!p.url) expect(p.paidOnDelivery).toBe(true);
  });
});

describe('scam guidance', () => {
  it('names the post’s own warning where one is recorded, the courier’s for a courier parcel', () => {
    expect(carrierWarning('BR')?.carrier).toBe('Correios');
    expect(carrierWarning('NL')?.says).toBe('no_direct_link');
    expect(carrierWarning('NL', 'DHL Express')?.carrier).toBe('DHL Express');
    expect(carrierWarning('FR')).toBeUndefined();
  });
});

describe('knowledge tables carry source, date and confidence', () => {
  const all = [
    ...Object.values(POST_PAYMENT_PAGES),
    ...Object.values(COURIER_PAYMENT_PAGES),
    ...Object.values(CARRIER_FEES),
    ...Object.values(IMPORT_RATES),
    ...Object.values(POST_WARNINGS),
    ...Object.values(COURIER_WARNINGS),
  ];
  it.each(all.map((e, i) => [i, e] as const))('entry %d', (_i, e) => {
    expect(e.source.length).toBeGreaterThan(10);
    expect(e.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['confirmed', 'unverified']).toContain(e.confidence);
  });

  it('has import rates for every EU member and the countries it estimates', () => {
    for (const code of Object.keys(EU_MEMBERS)) expect(IMPORT_RATES[code], code).toBeDefined();
    for (const code of ['GB', 'CA', 'KR', 'SA', 'IL', 'CL', 'JP', 'SG']) expect(COUNTRIES[code], code).toBeDefined();
  });
});

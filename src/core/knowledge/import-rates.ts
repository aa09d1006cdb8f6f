/**
 * Import VAT/GST and the usual customs duty range on consumer goods, per destination, for the charges
 * estimate (estimate-charges.ts). Duty depends on the tariff line of each item, which a page does not
 * show, so duty is a range over the lines AliExpress orders usually fall in (electronics near 0%,
 * clothing and shoes at the top). A destination missing here cannot be estimated.
 */
import type { Sourced } from './sourced.ts';

export type ImportRates = Sourced & {
  /** VAT/GST on import, percent; a range where it depends on the region (Canada's GST/HST). */
  vat: readonly [number, number];
  /** Customs duty on usual AliExpress goods, percent of the value. */
  duty: readonly [number, number];
};

const EU_VAT_SOURCE =
  'European Commission, "VAT rates applied in the Member States" (standard rates; EE 24% from 2025-07-01, FI 25.5% ' +
  'from 2024-09-01, RO 21% from 2025-08-01, SK 23% from 2025-01-01) — from the Commission list as known to us, not ' +
  're-read; PL 23% confirmed by kis.gov.pl, ES 21% by Correos, DE 19% by DHL (stored copies)';
const EU_DUTY =
  'EU Common Customs Tariff: most consumer goods 0–12% (clothing 12%, shoes up to 17% left out, electronics mostly ' +
  '0–4%); range ours, not a published figure';

const EU_STANDARD_VAT: Readonly<Record<string, number>> = {
  AT: 20,
  BE: 21,
  BG: 20,
  HR: 25,
  CY: 19,
  CZ: 21,
  DK: 25,
  EE: 24,
  FI: 25.5,
  FR: 20,
  DE: 19,
  GR: 24,
  HU: 27,
  IE: 23,
  IT: 22,
  LV: 21,
  LT: 21,
  LU: 17,
  MT: 18,
  NL: 21,
  PL: 23,
  PT: 23,
  RO: 21,
  SK: 23,
  SI: 22,
  ES: 21,
  SE: 25,
};

const EU_RATES: Readonly<Record<string, ImportRates>> = Object.fromEntries(
  Object.entries(EU_STANDARD_VAT).map(([code, vat]) => [
    code,
    {
      vat: [vat, vat],
      duty: [0, 12],
      source: `${EU_VAT_SOURCE}; ${EU_DUTY}`,
      asOf: '2025-08-01',
      confidence: 'unverified',
    } satisfies ImportRates,
  ]),
);

export const IMPORT_RATES: Readonly<Record<string, ImportRates>> = {
  ...EU_RATES,
  GB: {
    vat: [20, 20],
    duty: [0, 12],
    source:
      'gov.uk import VAT 20% (also quoted by Royal Mail guides); UK Global Tariff: consumer goods mostly 0–12% (range ' +
      'ours)',
    asOf: '2026-01-09',
    confidence: 'unverified',
  },
  CA: {
    vat: [5, 15],
    duty: [0, 18],
    source:
      'GST 5% to HST 15% depending on the province (CBSA collects the provincial part for HST provinces); MFN tariff on ' +
      'consumer goods from China 0–18% (clothing 18%); Canada Post FAQ: duty rates vary by goods and origin',
    asOf: '2026-12-02',
    confidence: 'unverified',
  },
  CH: {
    vat: [8.1, 8.1],
    duty: [0, 0],
    source:
      'Swiss VAT 8.1% since 2024-01-01 (2.6% reduced rate left out); industrial tariffs abolished 2024-01-01 (bazg.admin.ch, ' +
      'see countries.ts CH)',
    asOf: '2025-09-15',
    confidence: 'confirmed',
  },
  KR: {
    vat: [10, 10],
    duty: [0, 13],
    source: 'Korean VAT 10%; basic tariff 8%, consumer goods 0–13% (range ours, Korea Customs Service not re-read)',
    asOf: '2026-12-02',
    confidence: 'unverified',
  },
  SA: {
    vat: [15, 15],
    duty: [5, 12],
    source:
      'ZATCA e-store customers FAQ (VAT 15% at any value, see countries.ts SA); GCC common tariff mostly 5%, some goods ' +
      'up to 12% (range ours)',
    asOf: '2026-11-25',
    confidence: 'unverified',
  },
  IL: {
    vat: [18, 18],
    duty: [0, 0],
    source:
      'VAT 18% (countries.ts IL); between the VAT ceiling and about USD 500 only VAT is due (duty waived), per the same ' +
      'sources',
    asOf: '2026-02-25',
    confidence: 'unverified',
  },
  CL: {
    vat: [19, 19],
    duty: [6, 6],
    source: 'Ley 21.713 as reported in the press (countries.ts CL): above USD 500, 6% duty and 19% IVA at customs',
    asOf: '2025-10-25',
    confidence: 'unverified',
  },
  SG: {
    vat: [9, 9],
    duty: [0, 0],
    source:
      'IRAS GST on low-value goods (countries.ts SG): goods over SGD 400 pay import GST (9% since 2024) to Singapore ' +
      'Customs; Singapore levies customs duty only on alcohol, tobacco, motor vehicles and petroleum',
    asOf: '2026-11-25',
    confidence: 'confirmed',
  },
  JP: {
    vat: [10, 10],
    duty: [0, 10],
    source:
      'Japanese consumption tax 10% (8% on food left out), on 60% of the retail price for personal imports; simplified ' +
      'duty rates for small parcels mostly 0–10% (range ours; countries.ts JP)',
    asOf: '2025-12-31',
    confidence: 'unverified',
  },
};

/**
 * Rough exchange rates, only to compare an order total with a threshold in another currency. Rates move,
 * so every comparison made with them is worded "about", and a total close to a threshold is not called
 * either way (see advice.ts).
 */
import type { Sourced } from './sourced.ts';

/**
 * Units of each currency per euro, as the ECB publishes them (euro foreign exchange reference rates of
 * 2026-10-06). Taken from a copy of that day's ECB daily file kept in public code, not from the ECB
 * site itself, hence `unverified` below; the figures match the ECB's format and the neighbouring day.
 */
const ECB_PER_EURO_2026_10_06: Readonly<Record<string, number>> = {
  USD: 1.1269,
  JPY: 178.15,
  CZK: 24.405,
  DKK: 7.4747,
  GBP: 0.8488,
  HUF: 364.95,
  PLN: 4.365,
  RON: 5.351,
  SEK: 11.2425,
  CHF: 0.9359,
  NOK: 10.778,
  TRY: 55.4196,
  AUD: 1.614,
  BRL: 5.5991,
  CAD: 1.6058,
  CNY: 7.5554,
  HKD: 8.8438,
  ILS: 3.4348,
  INR: 108.6615,
  KRW: 1508.67,
  MXN: 20.2217,
  MYR: 4.6034,
  NZD: 2.0061,
  SGD: 1.4392,
  THB: 37.836,
  ZAR: 18.5829,
};

export const EXCHANGE_RATES_SOURCE: Sourced = {
  source:
    'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html ' +
    '(ECB reference rates of 2026-10-06, read from a copy of the ECB daily XML kept in public code, index id ' +
    '71201928313; not re-read from the ECB site)',
  asOf: '2026-10-06',
  confidence: 'unverified',
};

/** Currencies the ECB does not quote. */
export const OTHER_RATES_SOURCE: Sourced = {
  source:
    'SAR and AED from their fixed US dollar pegs (SAR 3.75, AED 3.6725 per USD) and the ECB USD rate of 2026-10-06; ' +
    'CLP and UAH: rounded market levels of 2025-11-01, not refreshed (no ECB quote)',
  asOf: '2025-11-01',
  confidence: 'unverified',
};

const USD_PER_EURO = ECB_PER_EURO_2026_10_06.USD ?? 1;

/** Value of one unit of the currency in euros. */
export const EUR_PER_UNIT: Readonly<Record<string, number>> = {
  EUR: 1,
  ...Object.fromEntries(Object.entries(ECB_PER_EURO_2026_10_06).map(([code, perEuro]) => [code, 1 / perEuro])),
  SAR: 1 / (USD_PER_EURO * 3.75),
  AED: 1 / (USD_PER_EURO * 3.6725),
  CLP: 0.00092,
  UAH: 0.021,
};

/** Amount converted between currencies, or undefined when either currency is not in the table. */
export function convert(amount: number, from: string, to: string): number | undefined {
  const a = EUR_PER_UNIT[from.toUpperCase()];
  const b = EUR_PER_UNIT[to.toUpperCase()];
  if (a === undefined || b === undefined) return undefined;
  return (amount * a) / b;
}

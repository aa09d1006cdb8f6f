/**
 * Rough exchange rates, only to compare an order total with a threshold in another currency. Rates move,
 * so every comparison made with them is worded "about", and a total close to a threshold is not called
 * either way (see advice.ts).
 */
import type { Sourced } from './sourced.ts';

/** Value of one unit of the currency in euros, rounded. */
export const EUR_PER_UNIT: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 0.86,
  GBP: 1.14,
  CAD: 0.62,
  AUD: 0.56,
  NZD: 0.5,
  NOK: 0.085,
  SEK: 0.091,
  DKK: 0.134,
  CHF: 1.07,
  PLN: 0.235,
  CZK: 0.041,
  HUF: 0.0026,
  RON: 0.197,
  BRL: 0.16,
  MXN: 0.047,
  CLP: 0.00092,
  ILS: 0.26,
  SAR: 0.23,
  AED: 0.234,
  KRW: 0.00061,
  JPY: 0.0057,
  CNY: 0.12,
  TRY: 0.021,
  UAH: 0.021,
};

export const EXCHANGE_RATES_SOURCE: Sourced = {
  source:
    'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html (rounded)',
  asOf: '2025-11-01',
  confidence: 'unverified',
};

/** Amount converted between currencies, or undefined when either currency is not in the table. */
export function convert(amount: number, from: string, to: string): number | undefined {
  const a = EUR_PER_UNIT[from.toUpperCase()];
  const b = EUR_PER_UNIT[to.toUpperCase()];
  if (a === undefined || b === undefined) return undefined;
  return (amount * a) / b;
}

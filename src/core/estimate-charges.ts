/**
 * "What will I pay?" for one order: from its total, item count and destination (and today's date, which
 * decides which rules apply), either the taxes were paid at checkout (nothing more is owed; a bill on
 * arrival is to be checked and contested), or a range of VAT + duty + the carrier's fee in the buyer's
 * currency with the source of every number, or an honest "can't estimate". Pure: no DOM, no I/O.
 */
import { type CountryRule, importTaxFreeUpTo } from './knowledge/countries.ts';
import { type Destination, destinationOf } from './knowledge/destination.ts';
import { convert, EXCHANGE_RATES_SOURCE } from './knowledge/exchange-rates.ts';
import { courierOf } from './knowledge/payment-pages.ts';
import type { Sourced } from './knowledge/sourced.ts';

export type Money = { amount: number; currency: string };

export type EstimateInput = {
  total?: Money;
  itemCount?: number;
  destCountry?: string;
  titles?: readonly string[];
  /** Last-mile carrier as the page or tracker names it: a courier bills its own fee, unknown to us. */
  carrier?: string;
  today: Date;
};

/** Why taxes count as paid at checkout (locale keys charges_prepaid_<regime>). */
export type PrepaidRegime = 'ioss' | 'uk_vat' | 'gst' | 'voec' | 'ch_platform' | 'cl_iva' | 'remessa_conforme';

/** Where a second bill for the same VAT is a known problem (locale keys charges_double_<id>). */
export type DoubleCharge = 'ch' | 'eu_ioss' | 'uk';

export type UnknownReason =
  | 'no_country'
  | 'no_rule'
  | 'no_total'
  | 'no_rate'
  | 'near_limit'
  | 'per_item'
  | 'excluded_goods'
  | 'formal_entry'
  | 'us_changing'
  | 'no_rates'
  | 'over_duty_free';

export type ChargeLine = {
  id: 'vat' | 'duty' | 'flat_rate' | 'fee' | 'flat_duty' | 'national_fee';
  /** In the buyer's currency, rounded to 2 decimals. */
  low: number;
  high: number;
  /** Percent rates behind a tax line. */
  rate?: readonly [number, number];
  /** The fee as the carrier states it, for the "why". */
  fee?: Money;
  source: Sourced;
};

type Base = { country?: string; sources: Sourced[] };

export type ChargesEstimate =
  | (Base & {
      kind: 'prepaid';
      country: string;
      regime: PrepaidRegime;
      /** The checkout limit the order is under, in its own currency (none for Switzerland). */
      limit?: Money;
      doubleCharge?: DoubleCharge;
      /** Small charges that may still come (EU flat duty, national fees), usually also collected at checkout. */
      extras: ChargeLine[];
      currency: string;
    })
  | (Base & { kind: 'nothing_due'; country: string; limit: Money })
  | (Base & {
      kind: 'estimate';
      country: string;
      currency: string;
      low: number;
      high: number;
      lines: ChargeLine[];
      /** The carrier's fee is not known to us: the range leaves it out and says so. */
      feeUnknown: boolean;
      /** A number rests on an unverified source or on a converted amount. */
      cautious: boolean;
      /** Value above which the taxes are due, in its own currency. */
      limit?: Money;
    })
  | (Base & { kind: 'unknown'; reason: UnknownReason });

/** A converted total this close to a limit is not called either way (rates move). */
const CONVERSION_MARGIN = 0.05;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const round2 = (n: number) => Math.round(n * 100) / 100;

const PREPAID_REGIME: Readonly<Record<string, PrepaidRegime>> = {
  EU: 'ioss',
  GB: 'uk_vat',
  AU: 'gst',
  NZ: 'gst',
  SG: 'gst',
  NO: 'voec',
  CL: 'cl_iva',
  BR: 'remessa_conforme',
};

const DOUBLE_CHARGE: Readonly<Record<string, DoubleCharge>> = { EU: 'eu_ioss', GB: 'uk', CH: 'ch' };

function unknown(reason: UnknownReason, country?: string, sources: Sourced[] = []): ChargesEstimate {
  return { kind: 'unknown', reason, sources, ...(country ? { country } : {}) };
}

function sourceOf(rule: CountryRule): Sourced {
  return { source: rule.source, asOf: rule.asOf, confidence: rule.confidence };
}

type Compared = { value: number; converted: boolean };

/** The total in another currency; undefined when a rate is missing. */
function inCurrency(total: Money, currency: string): Compared | undefined {
  if (total.currency.toUpperCase() === currency.toUpperCase()) return { value: total.amount, converted: false };
  const value = convert(total.amount, total.currency, currency);
  return value === undefined ? undefined : { value, converted: true };
}

function tooClose(c: Compared, limit: number): boolean {
  return c.converted && Math.abs(c.value - limit) / limit < CONVERSION_MARGIN;
}

function excluded(rule: CountryRule, titles: readonly string[] | undefined): boolean {
  if (!rule.checkoutExcludes?.length || !titles?.length) return false;
  const patterns = rule.checkoutExcludes.map((p) => new RegExp(p, 'i'));
  return titles.some((t) => patterns.some((p) => p.test(t.toLowerCase())));
}

/** EU flat duty and national handling fees a parcel under the IOSS limit may still carry. */
function lowValueExtras(
  rule: CountryRule,
  destination: Destination,
  input: EstimateInput,
  currency: string,
): ChargeLine[] {
  const today = iso(input.today);
  const lines: ChargeLine[] = [];
  const flat = rule.flatDuty;
  if (flat && today >= flat.from && today < flat.until) {
    // One flat amount per tariff category: at least one, at most one per item.
    const perCategory = convert(flat.amount, flat.currency, currency);
    if (perCategory !== undefined) {
      lines.push({
        id: 'flat_duty',
        low: round2(perCategory),
        high: round2(perCategory * Math.max(1, input.itemCount ?? 1)),
        fee: { amount: flat.amount, currency: flat.currency },
        source: sourceOf(rule),
      });
    }
  }
  const national = destination.handlingFee;
  if (national && today >= national.from) {
    const fee = convert(national.amount, national.currency, currency);
    if (fee !== undefined) {
      const lines_ = national.per === 'item line' ? Math.max(1, input.itemCount ?? 1) : 1;
      lines.push({
        id: 'national_fee',
        low: round2(fee),
        high: round2(fee * lines_),
        fee: { amount: national.amount, currency: national.currency },
        source: national,
      });
    }
  }
  return lines;
}

function prepaid(
  rule: CountryRule,
  destination: Destination,
  input: EstimateInput,
  currency: string,
  regime: PrepaidRegime,
): ChargesEstimate {
  const ruleKey = rule.code;
  const country = destination.code;
  const extras = ruleKey === 'EU' ? lowValueExtras(rule, destination, input, currency) : [];
  const doubleCharge = DOUBLE_CHARGE[ruleKey];
  return {
    kind: 'prepaid',
    country,
    regime,
    currency,
    extras,
    sources: [sourceOf(rule), ...extras.map((e) => e.source)],
    ...(rule.collectedAtCheckoutUpTo !== null
      ? { limit: { amount: rule.collectedAtCheckoutUpTo, currency: rule.thresholdCurrency } }
      : {}),
    ...(doubleCharge ? { doubleCharge } : {}),
  };
}

/** VAT + duty (+ fee) on the value, in the buyer's currency. */
function rangeEstimate(
  rule: CountryRule,
  destination: Destination,
  input: EstimateInput,
  total: Money,
  opts: { converted: boolean; dutyFree?: boolean; limit?: Money },
): ChargesEstimate {
  const country = destination.code;
  const rates = destination.importRates;
  if (!rates) return unknown('no_rates', country, [sourceOf(rule)]);
  const base = total.amount * (rule.valuedAtShareOfPrice ?? 1);
  const duty: [number, number] = opts.dutyFree ? [0, 0] : [rates.duty[0], rates.duty[1]];
  const dutyLow = (base * duty[0]) / 100;
  const dutyHigh = (base * duty[1]) / 100;
  const vatLow = ((base + dutyLow) * rates.vat[0]) / 100;
  const vatHigh = ((base + dutyHigh) * rates.vat[1]) / 100;
  const lines: ChargeLine[] = [
    { id: 'vat', low: round2(vatLow), high: round2(vatHigh), rate: rates.vat, source: rates },
  ];
  if (duty[1] > 0) lines.push({ id: 'duty', low: round2(dutyLow), high: round2(dutyHigh), rate: duty, source: rates });

  // A courier sets its own fee; the post's is in the table when known.
  const fee = courierOf(input.carrier) ? undefined : destination.postFee;
  let feeUnknown = true;
  if (fee) {
    const valueInFeeCurrency = convert(total.amount, total.currency, fee.currency);
    const extra =
      fee.percentOfValue && valueInFeeCurrency !== undefined ? (valueInFeeCurrency * fee.percentOfValue) / 100 : 0;
    const cap = fee.cap ?? Number.POSITIVE_INFINITY;
    const low = convert(Math.min(fee.low + extra, cap), fee.currency, total.currency);
    const high = convert(Math.min(fee.high + extra, cap), fee.currency, total.currency);
    if (low !== undefined && high !== undefined && (!fee.percentOfValue || valueInFeeCurrency !== undefined)) {
      lines.push({
        id: 'fee',
        low: round2(low),
        high: round2(high),
        fee: { amount: fee.low, currency: fee.currency },
        source: fee,
      });
      feeUnknown = false;
    }
  }
  const used = [sourceOf(rule), ...lines.map((l) => l.source)];
  const feeConverted = lines.some((l) => l.fee && l.fee.currency.toUpperCase() !== total.currency.toUpperCase());
  if (opts.converted || feeConverted) used.push(EXCHANGE_RATES_SOURCE);
  const low = lines.reduce((s, l) => s + l.low, 0);
  const high = lines.reduce((s, l) => s + l.high, 0);
  return {
    kind: 'estimate',
    country,
    currency: total.currency.toUpperCase(),
    low: round2(low),
    high: round2(high),
    lines,
    feeUnknown,
    cautious: used.some((s) => s.confidence !== 'confirmed'),
    sources: dedupe(used),
    ...(opts.limit ? { limit: opts.limit } : {}),
  };
}

function dedupe(sources: Sourced[]): Sourced[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    if (seen.has(s.source)) return false;
    seen.add(s.source);
    return true;
  });
}

/** The estimate from the full tables (popup, worker, tests). */
export function estimateCharges(input: EstimateInput): ChargesEstimate {
  return estimateChargesFor(input, destinationOf(input.destCountry));
}

/** The estimate from what is known about the parcel's destination (destinationOf: the panel's view asks once for all its parts). */
export function estimateChargesFor(input: EstimateInput, destination: Destination | undefined): ChargesEstimate {
  const country = input.destCountry?.trim().toUpperCase();
  if (!country) return unknown('no_country');
  const rule = destination?.code === country ? destination.rule : undefined;
  if (!destination || !rule) return unknown('no_rule', country);
  const today = iso(input.today);

  // Switzerland: the platform charges Swiss VAT on every order, whatever the total.
  if (rule.platformVatOnEveryOrderSince && today >= rule.platformVatOnEveryOrderSince) {
    return prepaid(rule, destination, input, input.total?.currency.toUpperCase() ?? rule.currency, 'ch_platform');
  }
  // The US rules changed four times in a year and are often prepaid at checkout: no honest estimate.
  if (rule.code === 'US') return unknown('us_changing', country, [sourceOf(rule)]);

  const total = input.total;
  if (!total || !(total.amount > 0)) return unknown('no_total', country, [sourceOf(rule)]);
  const currency = total.currency.toUpperCase();
  const inLimit = inCurrency(total, rule.thresholdCurrency);
  if (!inLimit) return unknown('no_rate', country, [sourceOf(rule)]);

  // Checkout collection (IOSS, UK, AU/NZ/SG GST, VOEC, Chile, Remessa Conforme).
  const checkoutLimit = rule.collectedAtCheckoutUpTo;
  if (checkoutLimit !== null) {
    if (excluded(rule, input.titles)) return unknown('excluded_goods', country, [sourceOf(rule)]);
    if (tooClose(inLimit, checkoutLimit))
      return unknown('near_limit', country, [sourceOf(rule), EXCHANGE_RATES_SOURCE]);
    const regime = PREPAID_REGIME[rule.code];
    if (inLimit.value <= checkoutLimit && regime) return prepaid(rule, destination, input, currency, regime);
    // Over the limit with several items: each item may still be under a per-item limit.
    if (rule.checkoutLimitPerItem && input.itemCount !== 1) return unknown('per_item', country, [sourceOf(rule)]);
    if (rule.code === 'AU' || rule.code === 'NZ' || rule.code === 'BR') {
      return unknown('formal_entry', country, [sourceOf(rule)]);
    }
    return rangeEstimate(rule, destination, input, total, {
      converted: inLimit.converted,
      limit: { amount: checkoutLimit, currency: rule.thresholdCurrency },
    });
  }

  // Mexico: one flat rate on the value replaces duty and VAT (courier procedure).
  if (rule.flatRate && today >= rule.flatRate.since) {
    if (inLimit.value > rule.flatRate.upTo) return unknown('formal_entry', country, [sourceOf(rule)]);
    const amount = (total.amount * rule.flatRate.percent) / 100;
    const line: ChargeLine = {
      id: 'flat_rate',
      low: round2(amount),
      high: round2(amount),
      rate: [rule.flatRate.percent, rule.flatRate.percent],
      source: sourceOf(rule),
    };
    const sources = inLimit.converted ? [sourceOf(rule), EXCHANGE_RATES_SOURCE] : [sourceOf(rule)];
    return {
      kind: 'estimate',
      country,
      currency,
      low: line.low,
      high: line.high,
      lines: [line],
      feeUnknown: true,
      cautious: true,
      sources,
    };
  }

  // No checkout collection: a tax-free limit on arrival, then VAT and duty.
  const freeUpTo = importTaxFreeUpTo(rule);
  const valued = inLimit.value * (rule.valuedAtShareOfPrice ?? 1);
  if (freeUpTo !== null) {
    if (tooClose({ ...inLimit, value: valued }, freeUpTo)) {
      return unknown('near_limit', country, [sourceOf(rule), EXCHANGE_RATES_SOURCE]);
    }
    if (valued <= freeUpTo) {
      return {
        kind: 'nothing_due',
        country,
        limit: { amount: freeUpTo, currency: rule.thresholdCurrency },
        sources: [sourceOf(rule)],
      };
    }
  }
  // Over the VAT ceiling but under the duty one (Israel): VAT only. Over both where more taxes join: unknown.
  const dutyFrom = rule.dutyDeMinimis;
  const dutyFree = dutyFrom !== null && valued <= dutyFrom;
  if (rule.code === 'IL' && !dutyFree) return unknown('over_duty_free', country, [sourceOf(rule)]);
  return rangeEstimate(rule, destination, input, total, {
    converted: inLimit.converted,
    dutyFree,
    ...(freeUpTo !== null ? { limit: { amount: freeUpTo, currency: rule.thresholdCurrency } } : {}),
  });
}

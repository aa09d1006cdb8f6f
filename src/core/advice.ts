/**
 * Stage + order + date → why this parcel is likely held, how long such holds usually last, and what to
 * do now, escalating with the days spent at customs and the buyer-protection deadline.
 *
 * Everything the reader sees is a message key with parameters (src/locales/<lang>/advice.ts); money is
 * preformatted in the reader's language. Reasons built on unverified knowledge are marked `cautious` so
 * the UI can soften them.
 */
import type { MessageKey, UiLang } from '../locales/index.ts';
import type { CustomsEpisode } from './customs-episode.ts';
import { countryName, formatApproxMoney, formatMoney } from './format-money.ts';
import { DISPUTE_AFTER_COMPLETION, ESCALATION, ONLY_SELLER_EXTENDS } from './knowledge/buyer-protection.ts';
import { counterfeitProneMatch } from './knowledge/counterfeit-prone.ts';
import { type CountryRule, importTaxFreeUpTo } from './knowledge/countries.ts';
import { type Destination, destinationOf } from './knowledge/destination.ts';
import { activePeaks, PEAK_SOURCE, USUAL_DAYS } from './knowledge/durations.ts';
import { convert, EXCHANGE_RATES_SOURCE } from './knowledge/exchange-rates.ts';
import type { Sourced } from './knowledge/sourced.ts';
import { isHeld, type Stage } from './stages.ts';

export type AdviceInput = {
  stage: Stage;
  episode?: CustomsEpisode;
  order: {
    /** ISO 3166-1 alpha-2. */
    destCountry?: string;
    total?: { amount: number; currency: string };
    itemCount?: number;
    itemTitles?: string[];
    protectionDaysLeft?: number;
    orderId?: string;
    trackingNumber?: string;
  };
  today: Date;
  /** Language of the formatted money and country names in params; English when absent. */
  lang?: UiLang;
};

export type Params = Record<string, string | number>;

export type ReasonId =
  | 'vat_not_collected'
  | 'vat_check'
  | 'several_items'
  | 'counterfeit_check'
  | 'peak_season'
  | 'country_backlog'
  | 'duties_due'
  | 'prepaid_taxes'
  | 'vat_paid_platform'
  | 'checkout_excluded'
  | 'flat_rate'
  | 'eu_flat_duty'
  | 'handling_fee';

export type Reason = { id: ReasonId; key: MessageKey; params: Params; weight: number; cautious: boolean };

export type StepId = 'retrack' | 'wait' | 'contact_seller' | 'open_dispute' | 'pay_duties' | 'contest_vat' | 'watch';

export type Step = { id: StepId; key: MessageKey; params: Params; urgent: boolean };

export type Advice = {
  stage: Stage;
  meaningKey: MessageKey;
  /** AliExpress marks inspection and delay statuses with a red X; the UI explains it is not a failure. */
  redXNote: boolean;
  /** Most likely first. */
  reasons: Reason[];
  usualDays: { min: number; max: number; key: MessageKey; params: Params };
  elapsedDays?: number;
  overdue: boolean;
  /** Urgent first, then in the order a buyer would take them. */
  steps: Step[];
  sources: Array<{ label: string; url: string }>;
};

/** Days of buyer protection left at which a dispute must be opened now (our margin: knowledge/buyer-protection). */
export const DISPUTE_AT_PROTECTION_DAYS = ESCALATION.disputeAtDays;
/** Days of buyer protection left at which to ask the seller for an extension (our margin). */
export const EXTEND_AT_PROTECTION_DAYS = ESCALATION.askSellerAtDays;
/** Totals this close to a threshold in another currency are not called either way: rates move. */
const CONVERSION_MARGIN = 0.05;

const MEANING: Record<Stage, MessageKey> = {
  export_clearance: 'advice_meaning_export_clearance',
  import_received: 'advice_meaning_import_received',
  inspection: 'advice_meaning_inspection',
  delay: 'advice_meaning_delay',
  action_required: 'advice_meaning_action_required',
  released: 'advice_meaning_released',
  returned: 'advice_meaning_returned',
};

const PEAK_KEY = {
  singles_day: 'advice_reason_peak_singles_day',
  black_friday: 'advice_reason_peak_black_friday',
  chinese_new_year: 'advice_reason_peak_chinese_new_year',
} as const satisfies Record<string, MessageKey>;

const BACKLOG_KEY: Readonly<Record<string, MessageKey>> = {
  ca_holidays: 'advice_reason_backlog_ca_holidays',
};

type Total = { amount: number; currency: string };
type Comparison = { over: boolean; shownTotal: string; limit: string; cautious: boolean };

/** Compares an order total with a threshold; undefined when it cannot be called (unknown rate, too close). */
function compare(total: Total, limit: number, limitCurrency: string, lang: UiLang): Comparison | undefined {
  const same = total.currency.toUpperCase() === limitCurrency.toUpperCase();
  const inLimitCurrency = same ? total.amount : convert(total.amount, total.currency, limitCurrency);
  if (inLimitCurrency === undefined) return undefined;
  if (!same && Math.abs(inLimitCurrency - limit) / limit < CONVERSION_MARGIN) return undefined;
  return {
    over: inLimitCurrency > limit,
    shownTotal: same
      ? formatMoney(total.amount, total.currency, lang)
      : formatApproxMoney(inLimitCurrency, limitCurrency, lang),
    limit: formatMoney(limit, limitCurrency, lang),
    cautious: !same && EXCHANGE_RATES_SOURCE.confidence !== 'confirmed',
  };
}

type Collected = { reasons: Reason[]; used: Sourced[] };

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The platform has charged this country's VAT at checkout on every order since a date (Switzerland). */
export function vatPaidAtCheckoutByPlatform(rule: CountryRule | undefined, today: Date): boolean {
  const since = rule?.platformVatOnEveryOrderSince;
  return !!since && isoDay(today) >= since;
}

/** Taxes on this order were most likely paid at checkout: a bill on arrival deserves a check first. */
function taxesNormallyPrepaid(rule: CountryRule | undefined, today: Date): boolean {
  return !!rule?.prepaidProgramme || vatPaidAtCheckoutByPlatform(rule, today);
}

function excludedFromCheckout(rule: CountryRule, titles: readonly string[] | undefined): boolean {
  if (!rule.checkoutExcludes?.length || !titles?.length) return false;
  const patterns = rule.checkoutExcludes.map((p) => new RegExp(p, 'i'));
  return titles.some((title) => patterns.some((re) => re.test(title)));
}

function taxReasons(
  input: AdviceInput,
  destination: Destination,
  rule: CountryRule,
  lang: UiLang,
  out: Collected,
): void {
  const { stage, order, today } = input;
  const total = order.total;
  const unverified = rule.confidence !== 'confirmed';
  const actionBoost = stage === 'action_required' ? 15 : 0;
  const country = countryName(rule.code === 'EU' ? (order.destCountry ?? 'EU') : rule.code, lang);

  if (vatPaidAtCheckoutByPlatform(rule, today)) {
    out.used.push(rule);
    out.reasons.push({
      id: 'vat_paid_platform',
      key: 'advice_reason_vat_paid_platform',
      params: { country },
      weight: 85 + actionBoost,
      cautious: unverified,
    });
    return;
  }
  if (rule.flatRate && isoDay(today) >= rule.flatRate.since) {
    out.used.push(rule);
    out.reasons.push({
      id: 'flat_rate',
      key: 'advice_reason_flat_rate',
      params: {
        country,
        rate: new Intl.NumberFormat(lang.replace('_', '-'), { style: 'percent', maximumFractionDigits: 1 }).format(
          rule.flatRate.percent / 100,
        ),
        limit: formatMoney(rule.flatRate.upTo, rule.thresholdCurrency, lang),
      },
      weight: 75 + actionBoost,
      cautious: unverified,
    });
    return;
  }
  if (excludedFromCheckout(rule, order.itemTitles)) {
    // Norway: food, supplements, alcohol… are never VOEC, so they are taxed at the border whatever their value.
    out.used.push(rule);
    out.reasons.push({
      id: 'checkout_excluded',
      key: 'advice_reason_checkout_excluded',
      params: { country },
      weight: 88 + actionBoost,
      // Read from item titles: a guess about what the parcel holds, however sure the rule itself is.
      cautious: true,
    });
    return;
  }

  if (rule.prepaidProgramme) {
    out.used.push(rule);
    out.reasons.push({
      id: 'prepaid_taxes',
      key: 'advice_reason_prepaid_programme',
      params: { programme: rule.prepaidProgramme },
      weight: 50 + actionBoost,
      cautious: unverified,
    });
    return;
  }
  if (rule.deMinimisEndedOn) {
    // Only the US has ended its de minimis so far; before that date its USD 800 exemption covered these parcels.
    if (input.today.toISOString().slice(0, 10) < rule.deMinimisEndedOn) return;
    out.used.push(rule);
    out.reasons.push({
      id: 'duties_due',
      key: 'advice_reason_duties_due_us',
      params: {},
      weight: 80 + actionBoost,
      cautious: unverified,
    });
    return;
  }
  if (rule.dutiesOnEveryParcel) {
    out.used.push(rule);
    out.reasons.push({
      id: 'duties_due',
      key: 'advice_reason_duties_every_parcel',
      params: { country },
      weight: 70 + actionBoost,
      cautious: unverified,
    });
    return;
  }
  if (!total) return;
  if (rule.collectedAtCheckoutUpTo !== null) {
    const c = compare(total, rule.collectedAtCheckoutUpTo, rule.thresholdCurrency, lang);
    if (!c) return;
    out.used.push(rule);
    if (!c.cautious && total.currency.toUpperCase() !== rule.thresholdCurrency) out.used.push(EXCHANGE_RATES_SOURCE);
    // With a per-item limit, only a single item over it shows that VAT was not collected.
    const overForSure = c.over && (!rule.checkoutLimitPerItem || order.itemCount === 1);
    out.reasons.push(
      overForSure
        ? {
            id: 'vat_not_collected',
            key: 'advice_reason_vat_not_collected',
            params: { total: c.shownTotal, limit: c.limit },
            weight: 90 + actionBoost,
            cautious: unverified || c.cautious,
          }
        : {
            id: 'vat_check',
            key: 'advice_reason_vat_check',
            params: { total: c.shownTotal, limit: c.limit },
            weight: 20,
            cautious: unverified || c.cautious,
          },
    );
    if (!c.over) lowValueCharges(input, destination, rule, lang, out);
    return;
  }
  const taxFreeUpTo = importTaxFreeUpTo(rule);
  if (taxFreeUpTo !== null) {
    // Japan compares 60% of the price with its limit: the same as comparing the price with limit / 0.6.
    const limitOnPrice = taxFreeUpTo / (rule.valuedAtShareOfPrice ?? 1);
    const c = compare(total, limitOnPrice, rule.thresholdCurrency, lang);
    if (!c?.over) return;
    c.limit = formatMoney(taxFreeUpTo, rule.thresholdCurrency, lang);
    out.used.push(rule);
    out.reasons.push({
      id: 'duties_due',
      key: 'advice_reason_duties_due',
      params: { country, limit: c.limit, total: c.shownTotal },
      weight: 70 + actionBoost,
      cautious: unverified || c.cautious,
    });
  }
}

/**
 * What a parcel under the checkout limit may still owe on arrival: the EU's flat duty per tariff category
 * (from 2026-07-01) and national handling fees. Both are normally charged at checkout or small, so they are
 * worded as possibilities, weighted up when the carrier is asking for money.
 */
function lowValueCharges(
  input: AdviceInput,
  destination: Destination,
  rule: CountryRule,
  lang: UiLang,
  out: Collected,
): void {
  const today = isoDay(input.today);
  const asking = input.stage === 'action_required';
  if (rule.flatDuty && today >= rule.flatDuty.from) {
    out.reasons.push({
      id: 'eu_flat_duty',
      key: 'advice_reason_eu_flat_duty',
      params: {
        amount: formatMoney(rule.flatDuty.amount, rule.flatDuty.currency, lang),
        limit: formatMoney(rule.collectedAtCheckoutUpTo ?? 0, rule.thresholdCurrency, lang),
      },
      weight: asking ? 40 : 15,
      cautious: rule.confidence !== 'confirmed',
    });
  }
  const member = destination.code;
  const fee = destination.handlingFee;
  if (fee && today >= fee.from) {
    out.used.push(fee);
    out.reasons.push({
      id: 'handling_fee',
      key: fee.per === 'item line' ? 'advice_reason_handling_fee_line' : 'advice_reason_handling_fee_parcel',
      params: { country: countryName(member, lang), fee: formatMoney(fee.amount, fee.currency, lang) },
      weight: asking ? 60 : 12,
      cautious: fee.confidence !== 'confirmed',
    });
  }
}

function reasonsFor(input: AdviceInput, destination: Destination | undefined, lang: UiLang): Collected {
  const rule = destination?.rule;
  const out: Collected = { reasons: [], used: [] };
  const { stage, order, today } = input;
  if (stage === 'export_clearance' || stage === 'released') return out;
  if (destination && rule) taxReasons(input, destination, rule, lang, out);
  if (stage === 'returned') return sortReasons(out);

  const inspecting = stage === 'inspection';
  if (order.itemTitles?.length) {
    const match = counterfeitProneMatch(order.itemTitles);
    if (match) {
      out.used.push(match);
      out.reasons.push({
        id: 'counterfeit_check',
        key: 'advice_reason_counterfeit_check',
        params: { brand: match.label },
        weight: inspecting ? 60 : 40,
        cautious: match.confidence !== 'confirmed',
      });
    }
  }
  if ((order.itemCount ?? 0) >= 3) {
    out.reasons.push({
      id: 'several_items',
      key: 'advice_reason_several_items',
      params: { count: order.itemCount ?? 0 },
      weight: inspecting ? 35 : 25,
      cautious: true,
    });
  }
  const peak = activePeaks(today)[0];
  if (peak) {
    out.used.push(PEAK_SOURCE);
    out.reasons.push({
      id: 'peak_season',
      key: PEAK_KEY[peak.id],
      params: {},
      weight: 35,
      cautious: PEAK_SOURCE.confidence !== 'confirmed',
    });
  }
  for (const backlog of activeBacklogs(rule, today)) {
    const key = BACKLOG_KEY[backlog.id];
    if (!key) continue;
    out.used.push(backlog);
    out.reasons.push({
      id: 'country_backlog',
      key,
      params: {},
      weight: 45,
      cautious: backlog.confidence !== 'confirmed',
    });
  }
  return sortReasons(out);
}

function sortReasons(out: Collected): Collected {
  out.reasons.sort((a, b) => b.weight - a.weight);
  return out;
}

function activeBacklogs(rule: CountryRule | undefined, today: Date) {
  const month = today.getUTCMonth() + 1;
  return (rule?.backlogs ?? []).filter((b) => b.months.includes(month));
}

function usualDaysFor(stage: Stage, rule: CountryRule | undefined, today: Date): Advice['usualDays'] {
  const base = USUAL_DAYS[stage];
  if (stage === 'returned') return { min: 0, max: 0, key: 'advice_usual_days_none', params: {} };
  // Seasons stretch the hold at import customs, not the export formalities.
  const busy = stage === 'export_clearance' ? 0 : extraDays(rule, today);
  const min = base.min;
  const max = base.max + busy;
  return { min, max, key: busy ? 'advice_usual_days_busy' : 'advice_usual_days', params: { min, max } };
}

function extraDays(rule: CountryRule | undefined, today: Date): number {
  const peak = activePeaks(today)[0]?.extraDays ?? 0;
  const backlog = activeBacklogs(rule, today).reduce((sum, b) => sum + b.extraDays, 0);
  return peak + backlog;
}

function stepsFor(
  input: AdviceInput,
  rule: CountryRule | undefined,
  usualMax: number,
  elapsed: number | undefined,
): Step[] {
  const { stage, order } = input;
  const protection = order.protectionDaysLeft;
  const retrack: Step = rule?.postal.trackingUrlTemplate
    ? { id: 'retrack', key: 'advice_step_retrack', params: { carrier: rule.postal.name }, urgent: false }
    : { id: 'retrack', key: 'advice_step_retrack_generic', params: {}, urgent: false };

  if (stage === 'returned') {
    return [
      { id: 'open_dispute', key: 'advice_step_open_dispute_returned', params: {}, urgent: true },
      { id: 'contact_seller', key: 'advice_step_contact_seller', params: {}, urgent: false },
    ];
  }
  if (stage === 'export_clearance') {
    return [
      { id: 'wait', key: 'advice_step_wait_export', params: {}, urgent: false },
      { id: 'watch', key: 'advice_step_watch', params: {}, urgent: false },
    ];
  }

  const steps: Step[] = [];
  if (stage === 'action_required' && vatPaidAtCheckoutByPlatform(rule, input.today)) {
    // Switzerland: the VAT was charged at checkout; a bill on arrival is most likely a double charge.
    steps.push({
      id: 'contest_vat',
      key: 'advice_step_contest_vat',
      params: { carrier: rule?.postal.name ?? '' },
      urgent: true,
    });
  } else if (stage === 'action_required') {
    steps.push({ id: 'pay_duties', key: 'advice_step_pay_duties', params: {}, urgent: true });
  }

  const overdue = elapsed !== undefined && elapsed > usualMax;
  if (stage === 'released') {
    steps.push({ id: 'watch', key: 'advice_step_watch_released', params: {}, urgent: false }, retrack);
  } else {
    if (!overdue && stage !== 'action_required') {
      const left = Math.max(1, usualMax - (elapsed ?? 0));
      steps.push({ id: 'wait', key: 'advice_step_wait', params: { days: left }, urgent: false });
    }
    steps.push(retrack, { id: 'watch', key: 'advice_step_watch', params: {}, urgent: false });
  }

  const protectionLow = protection !== undefined && protection <= EXTEND_AT_PROTECTION_DAYS;
  if (isHeld(stage) && protectionLow && protection > DISPUTE_AT_PROTECTION_DAYS) {
    steps.push({
      id: 'contact_seller',
      key: 'advice_step_contact_seller_extend',
      params: { days: protection },
      urgent: true,
    });
  } else if (isHeld(stage) && overdue) {
    steps.push({ id: 'contact_seller', key: 'advice_step_contact_seller', params: {}, urgent: false });
  }
  if (stage !== 'released' && protection !== undefined && protection <= DISPUTE_AT_PROTECTION_DAYS) {
    steps.push({
      id: 'open_dispute',
      key: 'advice_step_open_dispute',
      params: { days: Math.max(0, protection), after: DISPUTE_AFTER_COMPLETION.days },
      urgent: true,
    });
  }
  // Stable sort: urgent steps first, the rest keep their escalation order.
  return steps.sort((a, b) => Number(b.urgent) - Number(a.urgent));
}

function sourceList(used: Sourced[]): Advice['sources'] {
  const seen = new Set<string>();
  const sources: Advice['sources'] = [];
  for (const s of used) {
    for (const part of s.source.split(/;\s*/)) {
      const url = /https?:\/\/\S+/.exec(part)?.[0]?.replace(/[),.]+$/, '');
      if (!url || seen.has(url)) continue;
      seen.add(url);
      sources.push({ label: new URL(url).hostname.replace(/^www\./, ''), url });
    }
  }
  return sources;
}

/** The advice from the full tables (popup, worker, tests). */
export function buildAdvice(input: AdviceInput): Advice {
  return adviceFor(input, destinationOf(input.order.destCountry));
}

/** The advice from what is known about the order's destination (destinationOf, gathered once for the panel's view). */
export function adviceFor(input: AdviceInput, destination: Destination | undefined): Advice {
  const lang = input.lang ?? 'en';
  const { stage } = input;
  const rule = destination?.rule;
  const { reasons, used } = reasonsFor(input, destination, lang);
  const usualDays = usualDaysFor(stage, rule, input.today);
  const elapsed = isHeld(stage) ? input.episode?.daysInCustoms : undefined;
  const steps = stepsFor(input, rule, usualDays.max, elapsed);
  // The escalation steps rest on AliExpress' rules: list where those come from.
  if (steps.some((s) => s.key === 'advice_step_contact_seller_extend')) used.push(ONLY_SELLER_EXTENDS, ESCALATION);
  if (steps.some((s) => s.id === 'open_dispute' && s.key === 'advice_step_open_dispute')) {
    used.push(DISPUTE_AFTER_COMPLETION, ESCALATION);
  }
  const prepaid = stage === 'action_required' && taxesNormallyPrepaid(rule, input.today);
  const advice: Advice = {
    stage,
    meaningKey: prepaid ? 'advice_meaning_action_required_prepaid' : MEANING[stage],
    redXNote: stage === 'inspection' || stage === 'delay',
    reasons,
    usualDays,
    overdue: elapsed !== undefined && elapsed > usualDays.max,
    steps,
    sources: sourceList([...used, USUAL_DAYS[stage]]),
  };
  if (elapsed !== undefined) advice.elapsedDays = elapsed;
  return advice;
}

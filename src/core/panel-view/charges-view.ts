/**
 * The panel's "What you may pay" section, already translated: core's charges estimate, the official
 * payment page for the destination and last-mile carrier, the scam warning and the double-charge advice.
 * Links are only the payment table's own https pages (isOfficialPaymentUrl), never a page's text.
 */

import type { MessageKey } from '../../locales/index.ts';
import type { Locale } from '../../locales/locale-for.ts';
import type { ChargeLine, ChargesEstimate, DoubleCharge, PrepaidRegime, UnknownReason } from '../estimate-charges.ts';
import { estimateChargesFor } from '../estimate-charges.ts';
import { countryName, formatMoney } from '../format-money.ts';
import type { Destination } from '../knowledge/destination.ts';
import { isSafePaymentLink, paymentPageVia } from '../knowledge/payment-pages.ts';
import { SCAM_RULES, type ScamRule, warningVia } from '../knowledge/scam-guidance.ts';
import type { Sourced } from '../knowledge/sourced.ts';
import type { Stage } from '../stages.ts';

export type ChargesView = {
  kind: ChargesEstimate['kind'];
  headline: string;
  notes: Array<{ id: string; text: string }>;
  lines: Array<{ id: string; text: string }>;
  why: Array<{ text: string; unconfirmed: boolean }>;
  pay?: { id: string; carrier: string; url?: string; text: string };
  doubleCharge?: string;
  scam: { title: string; rules: string[]; carrier?: string };
};

/** The stages at which the section shows: customs holds the parcel or wants something. */
export const CHARGE_STAGES: ReadonlySet<Stage> = new Set(['import_received', 'inspection', 'delay', 'action_required']);

const PREPAID: Readonly<Record<PrepaidRegime, MessageKey>> = {
  ioss: 'charges_prepaid_ioss',
  uk_vat: 'charges_prepaid_uk_vat',
  gst: 'charges_prepaid_gst',
  voec: 'charges_prepaid_voec',
  ch_platform: 'charges_prepaid_ch_platform',
  cl_iva: 'charges_prepaid_cl_iva',
  remessa_conforme: 'charges_prepaid_remessa_conforme',
};

const DOUBLE: Readonly<Record<DoubleCharge, MessageKey>> = {
  ch: 'charges_double_ch',
  eu_ioss: 'charges_double_eu_ioss',
  uk: 'charges_double_uk',
};

const UNKNOWN: Readonly<Record<UnknownReason, MessageKey>> = {
  no_country: 'charges_unknown_no_country',
  no_rule: 'charges_unknown_no_rule',
  no_total: 'charges_unknown_no_total',
  no_rate: 'charges_unknown_no_rate',
  near_limit: 'charges_unknown_near_limit',
  per_item: 'charges_unknown_per_item',
  excluded_goods: 'charges_unknown_excluded_goods',
  formal_entry: 'charges_unknown_formal_entry',
  us_changing: 'charges_unknown_us_changing',
  no_rates: 'charges_unknown_no_rates',
  over_duty_free: 'charges_unknown_over_duty_free',
};

const LINE: Readonly<Record<ChargeLine['id'], MessageKey>> = {
  vat: 'charges_line_vat',
  duty: 'charges_line_duty',
  flat_rate: 'charges_line_flat_rate',
  fee: 'charges_line_fee',
  flat_duty: 'charges_extra_flat_duty',
  national_fee: 'charges_extra_national_fee',
};

const RULE: Readonly<Record<ScamRule, MessageKey>> = {
  no_link: 'charges_scam_rule_no_link',
  check_official: 'charges_scam_rule_check_official',
  no_small_fee: 'charges_scam_rule_no_small_fee',
};

const SAYS: Readonly<Record<string, MessageKey>> = {
  no_messages: 'charges_scam_says_no_messages',
  no_direct_link: 'charges_scam_says_no_direct_link',
  no_phone: 'charges_scam_says_no_phone',
  no_bank_codes: 'charges_scam_says_no_bank_codes',
  no_unsolicited: 'charges_scam_says_no_unsolicited',
  waybill_number: 'charges_scam_says_waybill_number',
};

function range(low: number, high: number, currency: string, locale: Locale): string {
  const a = formatMoney(low, currency, locale.lang);
  return Math.abs(high - low) < 0.005 ? a : `${a} – ${formatMoney(high, currency, locale.lang)}`;
}

function rate(r: readonly [number, number] | undefined, locale: Locale): string {
  if (!r) return '';
  const pct = (n: number) =>
    new Intl.NumberFormat(locale.lang.replace('_', '-'), { maximumFractionDigits: 1 }).format(n);
  return r[0] === r[1] ? `${pct(r[0])} %` : `${pct(r[0])}–${pct(r[1])} %`;
}

function lineText(line: ChargeLine, currency: string, locale: Locale): string {
  return locale.t(LINE[line.id], {
    rate: rate(line.rate, locale),
    range: range(line.low, line.high, currency, locale),
    fee: line.fee ? formatMoney(line.fee.amount, line.fee.currency, locale.lang) : '',
  });
}

function whyOf(sources: Sourced[], locale: Locale): ChargesView['why'] {
  const seen = new Set<string>();
  return sources
    .filter((s) => !seen.has(s.source) && !!seen.add(s.source))
    .map((s) => ({
      text: locale.t('charges_source_line', { source: s.source, date: s.asOf }),
      unconfirmed: s.confidence !== 'confirmed',
    }));
}

export function buildChargesView(input: {
  stage: Stage;
  locale: Locale;
  now: Date;
  destCountry?: string;
  total?: { amount: number; currency: string };
  itemCount?: number;
  titles?: readonly string[];
  carrier?: string;
  /** What the tables know of destCountry (destinationOf). */
  destination?: Destination | undefined;
}): ChargesView | undefined {
  const { locale } = input;
  const { t, lang } = locale;
  if (!CHARGE_STAGES.has(input.stage)) return undefined;
  const e = estimateChargesFor(
    {
      today: input.now,
      ...(input.destCountry ? { destCountry: input.destCountry } : {}),
      ...(input.total ? { total: input.total } : {}),
      ...(input.itemCount ? { itemCount: input.itemCount } : {}),
      ...(input.titles?.length ? { titles: input.titles } : {}),
      ...(input.carrier ? { carrier: input.carrier } : {}),
    },
    input.destination,
  );
  const country = e.country ? countryName(e.country, lang) : '';
  const notes: ChargesView['notes'] = [];
  const lines: ChargesView['lines'] = [];
  let headline: string;
  let doubleCharge: string | undefined;
  if (e.kind === 'prepaid') {
    headline = t('charges_prepaid');
    const limit = e.limit ? formatMoney(e.limit.amount, e.limit.currency, lang) : '';
    notes.push({ id: e.regime, text: t(PREPAID[e.regime], { country, limit }) });
    for (const x of e.extras) lines.push({ id: x.id, text: lineText(x, e.currency, locale) });
    notes.push({ id: 'contest', text: t('charges_contest') });
    if (e.doubleCharge) doubleCharge = t(DOUBLE[e.doubleCharge]);
  } else if (e.kind === 'nothing_due') {
    headline = t('charges_nothing_due', { limit: formatMoney(e.limit.amount, e.limit.currency, lang), country });
    notes.push({ id: 'contest', text: t('charges_contest') });
  } else if (e.kind === 'estimate') {
    headline = t('charges_estimate', { range: range(e.low, e.high, e.currency, locale) });
    for (const l of e.lines) lines.push({ id: l.id, text: lineText(l, e.currency, locale) });
    if (e.feeUnknown) notes.push({ id: 'fee_unknown', text: t('charges_fee_unknown') });
    if (e.cautious) notes.push({ id: 'cautious', text: t('charges_cautious') });
  } else {
    headline = t('charges_unknown');
    notes.push({ id: e.reason, text: t(UNKNOWN[e.reason], { country }) });
  }

  const page = paymentPageVia(input.destination?.code, input.destination?.postPaymentPage, input.carrier);
  let pay: ChargesView['pay'];
  // The destination module holds only pages that passed isOfficialPaymentUrl (destination.ts); checked again.
  if (page?.url && isSafePaymentLink(page.url)) {
    pay = {
      id: page.id,
      carrier: page.carrier,
      url: page.url,
      text: t('charges_pay_official', { carrier: page.carrier }),
    };
  } else if (page?.paidOnDelivery) {
    pay = { id: page.id, carrier: page.carrier, text: t('charges_pay_on_delivery', { carrier: page.carrier }) };
  }
  const warning = warningVia(input.destination?.postWarning, input.carrier);
  const saysKey = warning ? SAYS[warning.says] : undefined;
  const sources = [...e.sources, ...(page ? [page] : []), ...(warning ? [warning] : [])];
  return {
    kind: e.kind,
    headline,
    notes,
    lines,
    why: whyOf(sources, locale),
    ...(pay ? { pay } : {}),
    ...(doubleCharge ? { doubleCharge } : {}),
    scam: {
      title: t('charges_scam_title'),
      rules: SCAM_RULES.map((r) => t(RULE[r])),
      ...(warning && saysKey ? { carrier: t(saysKey, { carrier: warning.carrier }) } : {}),
    },
  };
}

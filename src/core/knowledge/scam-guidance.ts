/**
 * Fake "customs fee" messages exploit the moment a parcel is held. The general rules hold everywhere;
 * where a post or courier publishes its own warning, the panel names it (with its source). Texts live in
 * the locales; this table says which apply and where they come from.
 */
import type { Courier } from './payment-pages.ts';
import { courierOf } from './payment-pages.ts';
import type { Sourced } from './sourced.ts';

/** The rules every warning carries, in this order (locale keys charges_scam_rule_<id>). */
export const SCAM_RULES = ['no_link', 'check_official', 'no_small_fee'] as const;
export type ScamRule = (typeof SCAM_RULES)[number];

export const SCAM_RULES_SOURCE: Sourced = {
  source:
    "Common ground of the carriers' own warnings below (Correios, Receita Federal, Royal Mail, PostNL, Israel Post, " +
    'Australia Post, DHL) and of consumer guides on fake customs-fee texts (small fee, link, deadline)',
  asOf: '2026-12-02',
  confidence: 'confirmed',
};

/** What one carrier says about payment requests, in a form the locales can word. */
export type CarrierWarning = Sourced & {
  carrier: string;
  /** Locale key suffix: charges_scam_says_<says>. */
  says: 'no_messages' | 'no_direct_link' | 'no_phone' | 'no_bank_codes' | 'no_unsolicited' | 'waybill_number';
};

const CHECKED = '2026-12-02';

/** Warnings published by national posts, by destination. */
export const POST_WARNINGS: Readonly<Record<string, CarrierWarning>> = {
  BR: {
    carrier: 'Correios',
    says: 'no_messages',
    source:
      'Correios note via Secom (mercadoeconsumo.com.br 2024-07-31; cassilandianoticias.com.br): Correios send no e-mail ' +
      'or message about parcels held at customs; taxes are paid only in "Minhas Importações"; Receita Federal never ' +
      'asks for payment by Pix, card or message (exame.com 2024-06)',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  GB: {
    carrier: 'Royal Mail',
    says: 'no_phone',
    source: 'Royal Mail help a_id 143 (stored copy): "we will never call you and ask for payment over the phone"',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  NL: {
    carrier: 'PostNL',
    says: 'no_direct_link',
    source:
      'PostNL "Receive an international parcel" (stored copy): "we never send you a direct payment link", payment goes ' +
      'through track & trace',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  IL: {
    carrier: 'Israel Post',
    says: 'no_bank_codes',
    source:
      'Israel Post quoted by globes.co.il (2026): it never asks to link a private account or for a one-time bank code; ' +
      'its address ends in .co.il; Israel Police (mynet.co.il): check the customs payment in the personal area of the site',
    asOf: CHECKED,
    confidence: 'unverified',
  },
  AU: {
    carrier: 'Australia Post',
    says: 'no_unsolicited',
    source:
      'ACCC/Scamwatch and Australia Post quoted by upnewsinfo.com (2021-03-26) and psnews.com.au: Australia Post never ' +
      'contacts you out of the blue to request payment, nor texts a link to access your package',
    asOf: CHECKED,
    confidence: 'unverified',
  },
  PL: {
    carrier: 'Poczta Polska',
    says: 'no_messages',
    source:
      'Poczta Polska communiqué of 2021-07-22 quoted by ksiegowosc.infor.pl: it sends no electronic messages asking to ' +
      'complete customs documents for goods bought abroad',
    asOf: '2021-07-22',
    confidence: 'unverified',
  },
};

export const COURIER_WARNINGS: Readonly<Partial<Record<Courier, CarrierWarning>>> = {
  dhl_express: {
    carrier: 'DHL Express',
    says: 'waybill_number',
    source:
      'dhlexpress.nl/en/helpdesk/fraude (stored copy): a DHL Express request for VAT/duties always carries the waybill ' +
      'number and DHL e-mail ends with dhl.com; lot.dhl.com/fraud-awareness',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
};

/** The carrier's own warning for this parcel, if one is recorded. */
export function carrierWarning(country: string | undefined, carrier?: string): CarrierWarning | undefined {
  const code = country?.trim().toUpperCase();
  return warningVia(code && Object.hasOwn(POST_WARNINGS, code) ? POST_WARNINGS[code] : undefined, carrier);
}

/** The same when the destination's post warning is already known (destinationOf, gathered once for the panel's view). */
export function warningVia(postWarning: CarrierWarning | undefined, carrier?: string): CarrierWarning | undefined {
  const courier = courierOf(carrier);
  if (courier) return COURIER_WARNINGS[courier];
  return postWarning;
}

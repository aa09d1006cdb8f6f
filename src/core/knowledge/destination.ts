/**
 * Everything the knowledge tables say about one destination, gathered in one plain (JSON-safe) object:
 * its rule, national handling fee, import rates, the post's clearance fee, payment page and scam warning.
 *
 * Why: the panel's view (core/panel-view/) needs one country's entries from five tables for the advice,
 * the charges, the re-track links and the scam warning; gathered once here, each of them reads the same
 * object, and the official-page check is made once (only pages isOfficialPaymentUrl vouches for).
 */
import { type CountryRule, countryRule, type HandlingFee, NATIONAL_HANDLING_FEES } from './countries.ts';
import { IMPORT_RATES, type ImportRates } from './import-rates.ts';
import {
  CARRIER_FEES,
  type CarrierFee,
  isOfficialPaymentUrl,
  type PaymentPage,
  POST_PAYMENT_PAGES,
} from './payment-pages.ts';
import { type CarrierWarning, POST_WARNINGS } from './scam-guidance.ts';

export type Destination = {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  rule?: CountryRule;
  handlingFee?: HandlingFee;
  importRates?: ImportRates;
  /** The national post's clearance fee (a courier sets its own). */
  postFee?: CarrierFee;
  /** Where the national post takes customs payments. */
  postPaymentPage?: PaymentPage;
  /** The national post's own warning about fake payment requests. */
  postWarning?: CarrierWarning;
};

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

const officialOnly = (page: PaymentPage | undefined): PaymentPage | undefined =>
  page && (page.url === null || isOfficialPaymentUrl(page.url)) ? page : undefined;

/** Codes written `XX`; anything else (a page's odd text) has no destination. */
const ISO = /^[A-Z]{2}$/;

/** The destination as the full tables describe it; undefined when nothing is known about it. */
export function destinationOf(iso: string | undefined): Destination | undefined {
  const code = iso?.trim().toUpperCase();
  if (!code || !ISO.test(code)) return undefined;
  const parts: Omit<Destination, 'code'> = {
    rule: countryRule(code),
    handlingFee: own(NATIONAL_HANDLING_FEES, code),
    importRates: own(IMPORT_RATES, code),
    postFee: own(CARRIER_FEES, code),
    // Only a page the payment tables vouch for (an https page on its own host) travels to the panel.
    postPaymentPage: officialOnly(own(POST_PAYMENT_PAGES, code)),
    postWarning: own(POST_WARNINGS, code),
  };
  const known = Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined));
  return Object.keys(known).length ? { code, ...known } : undefined;
}

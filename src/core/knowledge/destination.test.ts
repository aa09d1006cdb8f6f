import { describe, expect, it } from 'vitest';
import { COUNTRIES, EU_MEMBERS, NATIONAL_HANDLING_FEES } from './countries.ts';
import { destinationOf } from './destination.ts';
import { IMPORT_RATES } from './import-rates.ts';
import { CARRIER_FEES, isOfficialPaymentUrl, isSafePaymentLink, POST_PAYMENT_PAGES } from './payment-pages.ts';
import { POST_WARNINGS } from './scam-guidance.ts';

const tableKeys = [
  COUNTRIES,
  EU_MEMBERS,
  NATIONAL_HANDLING_FEES,
  IMPORT_RATES,
  CARRIER_FEES,
  POST_PAYMENT_PAGES,
  POST_WARNINGS,
]
  .flatMap((table) => Object.keys(table))
  // 'EU' keys the shared EU entries; no parcel is addressed to it.
  .filter((code) => /^[A-Z]{2}$/.test(code) && code !== 'EU');

/** Every destination the tables know something about. */
const DESTINATION_CODES = [...new Set(tableKeys)];

describe('destinationOf', () => {
  it('gathers something for every country a table keys', () => {
    expect(DESTINATION_CODES.length).toBeGreaterThan(30);
    for (const code of DESTINATION_CODES) expect(destinationOf(code), code).toBeDefined();
  });

  it('has a destination for every code, and none for an unknown one', () => {
    for (const code of DESTINATION_CODES) expect(destinationOf(code)?.code).toBe(code);
    expect(destinationOf('TR')).toBeUndefined();
    expect(destinationOf('<b>')).toBeUndefined();
  });

  it('is plain data (JSON-safe), whatever the tables hold', () => {
    for (const code of DESTINATION_CODES) {
      const destination = destinationOf(code);
      expect(JSON.parse(JSON.stringify(destination))).toEqual(destination);
    }
  });
});

describe('payment pages a destination carries', () => {
  it('carry only pages on the tables’ own hosts, over https', () => {
    const pages = [...DESTINATION_CODES].flatMap((code) => destinationOf(code)?.postPaymentPage ?? []);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      if (page.url !== null) expect(isOfficialPaymentUrl(page.url)).toBe(true);
    }
  });

  it('a link the panel shows must be https without credentials', () => {
    expect(isSafePaymentLink('https://personal.help.royalmail.com/app/answers/detail/a_id/143')).toBe(true);
    expect(isSafePaymentLink('http://personal.help.royalmail.com/')).toBe(false);
    expect(isSafePaymentLink('https://user:pw@personal.help.royalmail.com/')).toBe(false);
    expect(isSafePaymentLink('javascript:alert(1)')).toBe(false);
    expect(isSafePaymentLink('not a url')).toBe(false);
  });
});

/**
 * Tracking-number formats seen on AliExpress orders, most specific first, with the carrier they name.
 * tracking-number.ts tries them in this order; UPU S10 numbers are handled there (check digit, origin).
 */
import type { Sourced } from './sourced.ts';

export type TrackingKind =
  | 'cainiao'
  | 'upu_s10'
  | 'china_post'
  | '4px'
  | 'yunexpress'
  | 'yanwen'
  | 'last_mile'
  | 'unknown';

export type CarrierFormat = Sourced & {
  kind: TrackingKind;
  /** Anchored pattern over the normalised number (upper case, no spaces or dashes). */
  pattern: RegExp;
  carrierName: string;
  originCountry?: string;
};

export const CARRIER_FORMATS: readonly CarrierFormat[] = [
  {
    kind: 'cainiao',
    pattern: /^LP\d{14}$/,
    carrierName: 'Cainiao',
    originCountry: 'CN',
    source:
      'real AliExpress tracking pages (LP00664492365524, LP00671472073489 in mr8ug/AliHelper-for-Buddies orders.json, ' +
      'aliexpress-pages.md); shared reference trackers/README.md. Public samples like LP00123456789CN do not fit and ' +
      'look like placeholders (knowledge-2026.md TN1)',
    asOf: '2026-11-25',
    confidence: 'confirmed',
  },
  {
    // Cainiao's own numbers for AliExpress Standard Shipping: "CN" + destination-ish letters + digits.
    kind: 'cainiao',
    pattern: /^CN[A-Z]{2}\d{9,14}[A-Z]{0,2}$/,
    carrierName: 'Cainiao',
    originCountry: 'CN',
    source:
      'AliExpress buyer reports of CN… Cainiao numbers (shape only). parceldetect.com\'s FAQ "AliExpress Standard ' +
      'Shipping tracking number format" describes CN + 12–15 digits instead, so the shape is unsettled; no Cainiao document found',
    asOf: '2025-06-01',
    confidence: 'unverified',
  },
  {
    kind: 'cainiao',
    pattern: /^AE\d{9,12}$/,
    carrierName: 'Cainiao',
    originCountry: 'CN',
    source: 'public Cainiao client test data (mailNos=AE010698498)',
    asOf: '2025-06-01',
    confidence: 'confirmed',
  },
  {
    kind: '4px',
    pattern: /^4PX\d{10,16}(?:CN)?$/,
    carrierName: '4PX',
    originCountry: 'CN',
    source: '4PX Worldwide Express tracking number shape (4PX + digits [+ CN])',
    asOf: '2025-06-01',
    confidence: 'unverified',
  },
  {
    kind: 'yunexpress',
    pattern: /^YT\d{16}$/,
    carrierName: 'YunExpress',
    originCountry: 'CN',
    source: 'public YunExpress tracker clients (yuntrack.com regex [A-Z]{2}[0-9]{16}; YT22 + 14 digits)',
    asOf: '2025-06-01',
    confidence: 'confirmed',
  },
  {
    kind: 'yanwen',
    pattern: /^(?:U[A-Z]\d{9}YP|YW\d{9,12})$/,
    carrierName: 'Yanwen',
    originCountry: 'CN',
    source: 'Yanwen number shape from buyer reports (not checked against Yanwen)',
    asOf: '2025-06-01',
    confidence: 'unverified',
  },
];

/** UPU S10 service indicators China Post uses for small packets (R = registered, L = e-packet, U = untracked). */
export const CHINA_POST_S10 = /^(?:R[A-Z]|L[A-Z]|U[A-Z]|E[A-Z]|C[A-Z])\d{9}CN$/;

export const S10_SOURCE: Sourced = {
  source: 'UPU standard S10 (identifiers for postal items): 2 letters, 8 digits + mod-11 check digit, ISO country',
  asOf: '2025-06-01',
  confidence: 'confirmed',
};

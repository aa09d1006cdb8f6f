/**
 * Destination rules that explain customs holds: up to what value VAT is charged at checkout (above it,
 * customs collects on arrival and holds the parcel until someone pays), duty thresholds, the national
 * postal operator and its tracking page, and known seasonal backlogs.
 *
 * Started from the shared reference countries.json (copy in src/core/fixtures/reference/); each entry records what was checked and where.
 * Rechecked against ../shared/reference/knowledge-2026.md (late 2026). Turkey is left out on purpose: the only rule
 * found (a EUR 75 allowance, 2014) is long outdated and no current source was found (MISS-TR).
 */
import type { Sourced } from './sourced.ts';

export type Backlog = Sourced & {
  /** Stable id, used in message keys: advice_reason_backlog_<id>. */
  id: string;
  /** Months (1–12) in which the backlog usually applies. */
  months: readonly number[];
  /** Extra days on top of the usual hold. */
  extraDays: number;
};

export type PostalOperator = {
  name: string;
  /** Tracking page with a `{number}` placeholder, or null when the site needs more than the number. */
  trackingUrlTemplate: string | null;
};

export type CountryRule = Sourced & {
  /** ISO 3166-1 alpha-2, or 'EU' for the shared EU rule. */
  code: string;
  name: string;
  currency: string;
  /** Highest order value on which the marketplace charges VAT/GST at checkout; null when none. */
  collectedAtCheckoutUpTo: number | null;
  thresholdCurrency: string;
  regime: string;
  /**
   * The checkout limit applies to each item, not the order (Norway's VOEC): an order over it may still
   * be made of items under it, so the total alone cannot say VAT was left unpaid.
   */
  checkoutLimitPerItem?: boolean;
  /**
   * Goods the checkout scheme never covers, whatever their value (Norway: food, supplements, alcohol,
   * tobacco, restricted goods): regular expressions over item titles, lower-case.
   */
  checkoutExcludes?: readonly string[];
  /**
   * The platform charges the country's VAT at checkout on *every* order, without an upper limit
   * (Switzerland since 2025-01-01): a VAT bill on arrival is then most likely a double charge.
   */
  platformVatOnEveryOrderSince?: string;
  /** Value up to which no customs *duty* is due (customs duty only); null when duty may apply to any value. */
  dutyDeMinimis: number | null;
  /** Value up to which no import VAT/GST is due on arrival; absent when the table does not record one. */
  vatDeMinimis?: number | null;
  /** Thresholds apply to this share of the retail price (Japan values personal imports at 60%). */
  valuedAtShareOfPrice?: number;
  /** Date a former de minimis ended, when that is the news buyers have not caught up with. */
  deMinimisEndedOn?: string;
  /** Every parcel may owe duty or tax on arrival regardless of value (US, SA). */
  dutiesOnEveryParcel?: boolean;
  /** One flat rate on the parcel's value replaces duty and VAT (Mexico's courier procedure). */
  flatRate?: { percent: number; since: string; upTo: number };
  /** A flat customs duty per tariff category on low-value parcels (the EU from 2026-07-01). */
  flatDuty?: { amount: number; currency: string; from: string; until: string };
  /** Taxes are normally prepaid at checkout under a national programme (Brazil's Remessa Conforme). */
  prepaidProgramme?: string;
  postal: PostalOperator;
  backlogs?: readonly Backlog[];
  notes: string;
};

/**
 * The value up to which a parcel owes no import tax at all on arrival (neither VAT nor duty): the lower of
 * the two de minimis when both are known. Israel: VAT from USD 130 although duty only from about USD 500.
 */
export function importTaxFreeUpTo(rule: CountryRule): number | null {
  const limits = [rule.dutyDeMinimis, rule.vatDeMinimis].filter((v): v is number => typeof v === 'number');
  if (rule.vatDeMinimis === null) return null;
  return limits.length ? Math.min(...limits) : null;
}

/** A national handling fee charged on low-value parcels on top of any duty and VAT. */
export type HandlingFee = Sourced & { amount: number; currency: string; per: 'item line' | 'parcel'; from: string };

/**
 * National handling fees on low-value parcels from outside the EU, already in force or announced for a
 * date (secondary sources, not checked against national gazettes: knowledge-2026.md EU4). An EU-wide fee
 * of about EUR 2 per item is expected but not settled, so it is only in the EU notes.
 */
export const NATIONAL_HANDLING_FEES: Readonly<Record<string, HandlingFee>> = {
  FR: {
    amount: 2,
    currency: 'EUR',
    per: 'item line',
    from: '2026-03-01',
    source:
      'France, EUR 2 per line from 2026-03-01: passportglobal.com/blog/eu-uk-customs-developments; eurotoday.org (secondary)',
    asOf: '2026-03-01',
    confidence: 'unverified',
  },
  RO: {
    amount: 25,
    currency: 'RON',
    per: 'parcel',
    from: '2026-01-01',
    source:
      'Romania, 25 lei per parcel from 2026-01-01: passportglobal.com/blog/eu-uk-customs-developments (secondary)',
    asOf: '2026-01-01',
    confidence: 'unverified',
  },
  IT: {
    amount: 2,
    currency: 'EUR',
    per: 'parcel',
    from: '2026-07-01',
    source: 'Italy, EUR 2 postponed to 2026-07-01: passportglobal.com/blog/eu-uk-customs-developments (secondary)',
    asOf: '2026-07-01',
    confidence: 'unverified',
  },
};

export const EU_RULE: CountryRule = {
  code: 'EU',
  name: 'European Union',
  currency: 'EUR',
  collectedAtCheckoutUpTo: 150,
  thresholdCurrency: 'EUR',
  regime: 'IOSS',
  // The EUR 150 duty relief ended for IOSS parcels on 2026-07-01: a flat duty replaced it (flatDuty).
  dutyDeMinimis: null,
  flatDuty: { amount: 3, currency: 'EUR', from: '2026-07-01', until: '2028-07-01' },
  postal: { name: 'the national postal operator', trackingUrlTemplate: null },
  notes:
    'VAT is charged at checkout through the Import One-Stop Shop on consignments of intrinsic value up to EUR 150; ' +
    'above, VAT and duty are collected on import, usually with a carrier handling fee. The EUR 150 customs duty relief ' +
    'ended on 2026-07-01: from then until 2028-07-01 (may be extended) IOSS consignments under EUR 150 owe a flat ' +
    'customs duty of EUR 3 per tariff category (a silk blouse and two wool blouses: EUR 6), then normal duty rates ' +
    'once the EU customs data hub runs. Some member states add their own handling fee (NATIONAL_HANDLING_FEES); an ' +
    'EU-wide fee of about EUR 2 per item is expected but not settled.',
  source:
    'https://taxation-customs.ec.europa.eu/taxation/vat/vat-e-commerce/import-one-stop-shop_en; ' +
    'EUR 3 flat duty: Council Regulation (EU) 2026/382, adopted 2026-02-11 (Council press release of the 2025-12-12 ' +
    'agreement quoted by spielwarenmesse.de; agenceurope.eu, theportugalnews.com 2026-02-12; crowleysdfk.ie)',
  asOf: '2026-07-01',
  confidence: 'confirmed',
};

/** EU member states with their postal operator. The VAT rule is EU_RULE for all of them. */
export const EU_MEMBERS: Readonly<Record<string, PostalOperator & Sourced>> = {
  AT: {
    name: 'Österreichische Post',
    trackingUrlTemplate: 'https://www.post.at/s/sendungsdetails?snr={number}',
    ...seen('including a client built on Österreichische Post’s own app deep link'),
  },
  BE: { name: 'bpost', trackingUrlTemplate: 'https://track.bpost.cloud/btr/web/#/search?itemCode={number}', ...seen() },
  BG: { name: 'Bulgarian Posts', trackingUrlTemplate: null, ...u() },
  HR: { name: 'Hrvatska pošta', trackingUrlTemplate: null, ...u() },
  CY: { name: 'Cyprus Post', trackingUrlTemplate: null, ...u() },
  CZ: {
    name: 'Česká pošta',
    trackingUrlTemplate: 'https://www.postaonline.cz/trackandtrace/-/zasilka/cislo?parcelNumbers={number}',
    ...seen('including WooCommerce shipping plugins'),
  },
  DK: {
    name: 'PostNord',
    trackingUrlTemplate: 'https://www.postnord.dk/varktojer/track-trace?shipmentId={number}',
    ...seen(),
  },
  EE: {
    name: 'Omniva',
    trackingUrlTemplate: 'https://www.omniva.ee/era/jalgimine?barcode={number}',
    ...seen('including Omniva’s own shop plugins (omnivalt)'),
  },
  FI: { name: 'Posti', trackingUrlTemplate: 'https://www.posti.fi/en/tracking#/lahetys/{number}', ...seen() },
  FR: {
    name: 'La Poste',
    trackingUrlTemplate: 'https://www.laposte.fr/outils/suivre-vos-envois?code={number}',
    ...seen(),
  },
  DE: {
    name: 'Deutsche Post DHL',
    trackingUrlTemplate: 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={number}',
    ...seen(),
  },
  GR: { name: 'ELTA', trackingUrlTemplate: null, ...u() },
  HU: { name: 'Magyar Posta', trackingUrlTemplate: null, ...u() },
  IE: {
    name: 'An Post',
    trackingUrlTemplate: 'https://www.anpost.com/Post-Parcels/Track/History?item={number}',
    ...seen(),
  },
  IT: {
    name: 'Poste Italiane',
    trackingUrlTemplate: 'https://www.poste.it/cerca/index.html#/risultati-spedizioni/{number}',
    ...seen(),
  },
  LV: { name: 'Latvijas Pasts', trackingUrlTemplate: null, ...u() },
  LT: { name: 'Lietuvos paštas', trackingUrlTemplate: null, ...u() },
  LU: { name: 'POST Luxembourg', trackingUrlTemplate: null, ...u() },
  MT: { name: 'MaltaPost', trackingUrlTemplate: null, ...u() },
  // PostNL's page also wants the postcode, so a number alone cannot open it.
  NL: { name: 'PostNL', trackingUrlTemplate: null, ...u() },
  PL: { name: 'Poczta Polska', trackingUrlTemplate: 'https://emonitoring.poczta-polska.pl/?numer={number}', ...seen() },
  PT: {
    name: 'CTT',
    trackingUrlTemplate:
      'https://appserver.ctt.pt/CustomerArea/PublicArea_Detail?ObjectCodeInput={number}&SearchInput={number}',
    ...seen(),
  },
  RO: { name: 'Poșta Română', trackingUrlTemplate: null, ...u() },
  SK: { name: 'Slovenská pošta', trackingUrlTemplate: null, ...u() },
  SI: { name: 'Pošta Slovenije', trackingUrlTemplate: null, ...u() },
  ES: {
    name: 'Correos',
    trackingUrlTemplate:
      'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={number}',
    ...seen(),
  },
  SE: {
    name: 'PostNord',
    trackingUrlTemplate: 'https://www.postnord.se/en/our-tools/track-and-trace?shipmentId={number}',
    ...seen(),
  },
};

/**
 * A tracking URL shape found, character for character, in several independent public shop and tracking
 * integrations (code search of public repositories, 2026-11-25). That shows the deep link is the one
 * people actually use; the operator can still change it, so retrack-links keeps a fallback.
 */
function seen(detail?: string): Sourced {
  return {
    source: `URL shape used verbatim by several independent public tracking integrations (public code search${detail ? `; ${detail}` : ''})`,
    asOf: '2026-11-25',
    confidence: 'confirmed',
  };
}

/** Operators with no number-only tracking link known to us: not checked one by one. */
function u(): Sourced {
  return {
    source: 'no number-only tracking link recorded for this operator (not checked one by one)',
    asOf: '2025-06-01',
    confidence: 'unverified',
  };
}

export const COUNTRIES: Readonly<Record<string, CountryRule>> = {
  EU: EU_RULE,
  GB: {
    code: 'GB',
    name: 'United Kingdom',
    currency: 'GBP',
    collectedAtCheckoutUpTo: 135,
    thresholdCurrency: 'GBP',
    regime: 'marketplace VAT',
    dutyDeMinimis: 135,
    postal: {
      name: 'Royal Mail',
      trackingUrlTemplate: 'https://www.royalmail.com/track-your-item#/tracking-results/{number}',
    },
    notes:
      'VAT charged at checkout on consignments up to GBP 135; above, import VAT and duty on arrival plus a handling fee. ' +
      'The GBP 135 duty relief (excise goods excluded) still applies; the Autumn Budget of 2025-11-26 announced its ' +
      'abolition "by March 2029 at the latest" (consultation closed 2026-03-06, no date set yet).',
    source:
      'https://www.gov.uk/guidance/charging-vat-on-goods-sold-direct-to-customers-in-the-uk; ' +
      'https://www.gov.uk/government/consultations/reforming-the-customs-treatment-of-low-value-imports-into-the-united-kingdom ' +
      '(updated 2026-01-09)',
    asOf: '2026-01-09',
    confidence: 'confirmed',
  },
  US: {
    code: 'US',
    name: 'United States',
    currency: 'USD',
    collectedAtCheckoutUpTo: null,
    thresholdCurrency: 'USD',
    regime: 'no de minimis',
    dutyDeMinimis: null,
    // AliExpress goods come from China/Hong Kong, whose de minimis ended first.
    deMinimisEndedOn: '2025-05-02',
    dutiesOnEveryParcel: true,
    postal: { name: 'USPS', trackingUrlTemplate: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={number}' },
    notes:
      'No de minimis: for goods from China and Hong Kong the USD 800 duty-free treatment ended on 2025-05-02 (Executive ' +
      'Order 14256), for all countries on 2025-08-29 (Executive Order 14324). After the Supreme Court struck down the ' +
      'IEEPA tariffs (2026-02-20), an order of 2026-02-20 continued the suspension from 2026-02-24: postal parcels pay a ' +
      'duty equal to the temporary Section 122 surcharge, collected by the carrier or a qualified party (the old USD ' +
      '80–200 per-item postal option is gone). CBP proposed in June 2026 to base the suspension on 19 U.S.C. 1321; the ' +
      'statute repeals commercial de minimis from 2027-07-01. Duties are due on every parcel, often prepaid at checkout.',
    source:
      'https://www.govinfo.gov/content/pkg/CDOC-119hdoc85/html/CDOC-119hdoc85.htm (Executive Order 14324); ' +
      'https://www.supplychaindive.com/news/de-minimis-status-supreme-court-trump/812785/ (2026 basis); natlawreview.com ' +
      '(2026-02-23); rvia.org (CBP proposed rules, 2026-06-25)',
    asOf: '2026-06-25',
    confidence: 'confirmed',
  },
  CA: {
    code: 'CA',
    name: 'Canada',
    currency: 'CAD',
    collectedAtCheckoutUpTo: null,
    thresholdCurrency: 'CAD',
    regime: 'postal and courier imports remission orders (CAD 20)',
    dutyDeMinimis: 20,
    vatDeMinimis: 20,
    postal: {
      name: 'Canada Post',
      trackingUrlTemplate: 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={number}',
    },
    backlogs: [
      {
        id: 'ca_holidays',
        months: [11, 12, 1],
        extraDays: 7,
        source:
          'Heuristic: Canada Post labour disruptions (national strike 2024-11-15 to 12-17, strikes from 2025-09-25) and ' +
          'holiday volumes; the "+7 days every November to January" figure is ours, not a published one',
        asOf: '2025-10-01',
        confidence: 'unverified',
      },
    ],
    notes:
      'From China, by mail or courier: duty and taxes free up to CAD 20, due on the full value above. The CAD 40/150 ' +
      'CUSMA thresholds only apply to courier shipments shipped from the US or Mexico. Canada Post collects what is due ' +
      'plus a handling fee; no marketplace collects GST on imported parcels.',
    source: 'https://cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html (CBSA); CBSA Customs Notice 20-18',
    asOf: '2026-11-25',
    confidence: 'confirmed',
  },
  AU: {
    code: 'AU',
    name: 'Australia',
    currency: 'AUD',
    collectedAtCheckoutUpTo: 1000,
    thresholdCurrency: 'AUD',
    regime: 'low value imported goods GST',
    dutyDeMinimis: 1000,
    postal: { name: 'Australia Post', trackingUrlTemplate: 'https://auspost.com.au/mypost/track/#/details/{number}' },
    notes:
      'GST charged at checkout on goods up to AUD 1000 (customs value, without transport and insurance; alcohol and ' +
      'tobacco excluded); above, a formal import declaration with GST and duty.',
    source:
      'https://www.ato.gov.au/businesses-and-organisations/international-tax-for-business/gst-on-imported-goods-and-services',
    asOf: '2026-11-25',
    confidence: 'confirmed',
  },
  NZ: {
    code: 'NZ',
    name: 'New Zealand',
    currency: 'NZD',
    collectedAtCheckoutUpTo: 1000,
    thresholdCurrency: 'NZD',
    regime: 'low value goods GST',
    dutyDeMinimis: 1000,
    postal: { name: 'NZ Post', trackingUrlTemplate: 'https://www.nzpost.co.nz/tools/tracking/item/{number}' },
    notes:
      'GST charged at checkout on goods valued up to NZD 1000; consignments above that are cleared by NZ Customs with GST, ' +
      'duty and fees (import entry transaction fee, biosecurity levy) collected at the border. Alcohol and tobacco are ' +
      'always taxed.',
    source:
      'https://www.ird.govt.nz/gst/gst-for-overseas-businesses/gst-on-low-value-imported-goods (IRD); ' +
      'https://www.customs.govt.nz/about-us/news/important-notices/new-gst-rules-for-low-value-imported-goods/ (NZ Customs, 2019-07-12)',
    asOf: '2026-11-25',
    confidence: 'confirmed',
  },
  NO: {
    code: 'NO',
    name: 'Norway',
    currency: 'NOK',
    collectedAtCheckoutUpTo: 3000,
    checkoutLimitPerItem: true,
    // Never VOEC: foodstuffs (supplements included), alcohol, tobacco, restricted goods such as medicines. Only the
    // kinds a title names unambiguously are listed: "wine glass", "food container", "cigarette lighter", "coffee
    // grinder" are not consumables, so food and alcohol in general are left to the notes.
    checkoutExcludes: [
      '\\b(?:dietary |food |nutritional )?supplements?\\b(?! (?:organi[sz]er|box|case|pill))',
      '\\b(?:protein powder|probiotics?|melatonin|multivitamins?)\\b',
      '\\bvitamins? [a-e]\\d*\\b(?! (?:serum|cream|shower|filter))',
      '\\b(?:tobacco|nicotine|e-?liquid)\\b',
      '\\b(?:medicine|medication)\\b(?! (?:box|organi[sz]er|case|bag|cabinet|dispenser))',
    ],
    thresholdCurrency: 'NOK',
    regime: 'VOEC',
    dutyDeMinimis: null,
    postal: { name: 'Posten', trackingUrlTemplate: 'https://sporing.posten.no/sporing/{number}' },
    notes:
      'VAT charged at checkout under the VOEC scheme on goods worth under NOK 3000 per item (not per order), and such ' +
      'goods owe no customs duty. VOEC never covers foodstuffs (supplements included), alcohol, tobacco or other excise ' +
      'and restricted goods (medicines): those are always cleared with VAT and duties at the border. Since 2024-01-01 ' +
      'goods outside VOEC are stopped at the border for VAT whatever their value, usually with a carrier fee.',
    source:
      'https://www.skatteetaten.no/en/business-and-organisation/vat-and-duties/vat/foreign/e-commerce-voec/low-value/ (Skatteetaten); ' +
      'https://toll.no/en/online-shopping/the-voec-scheme (Norwegian Customs); posten.no "need to know when shopping online"',
    asOf: '2026-11-25',
    confidence: 'confirmed',
  },
  CH: {
    code: 'CH',
    name: 'Switzerland',
    currency: 'CHF',
    collectedAtCheckoutUpTo: null,
    platformVatOnEveryOrderSince: '2025-01-01',
    thresholdCurrency: 'CHF',
    regime: 'platform VAT at checkout (mail-order platforms are the supplier)',
    // Industrial goods (tariff chapters 25–97) owe no Swiss duty since 2024-01-01; farm products still do.
    dutyDeMinimis: null,
    postal: { name: 'Swiss Post', trackingUrlTemplate: 'https://service.post.ch/ekp-web/ui/entry/search/{number}' },
    notes:
      'Since 2025-01-01 mail-order platforms with at least CHF 100,000 Swiss turnover are the supplier for Swiss VAT: ' +
      'AliExpress charges Swiss VAT at checkout on every order, with no upper limit. A VAT bill on arrival for such a ' +
      "parcel is usually a double charge (the label lacks the platform's name and Swiss VAT number) and can be " +
      'contested with Swiss Post or the carrier. Industrial goods owe no Swiss customs duty since 2024-01-01. Duty and ' +
      'import VAT under CHF 5 are not invoiced at all; otherwise the carrier adds a clearance fee (Swiss Post: CHF 16 + 3 % of the value, at most CHF 70, for goods from outside DE/FR/IT/AT — see knowledge/payment-pages.ts).',
    source:
      'https://www.post.ch/en/business-solutions/cross-border/mail-order-platforms (Swiss Post, platform taxation); ' +
      'https://www.bazg.admin.ch/bazg/en/home/topics/abolition-of-industrial-tariffs.html (FOCBS: industrial tariffs ' +
      'abolished 2024-01-01); https://ch.ch/en/ordering-goods-abroad (duties and VAT under CHF 5 not invoiced); ' +
      'srf.ch Espresso 2025-09-15 (double VAT on platform orders, names AliExpress)',
    asOf: '2025-09-15',
    confidence: 'confirmed',
  },
  BR: {
    code: 'BR',
    name: 'Brazil',
    currency: 'BRL',
    collectedAtCheckoutUpTo: 3000,
    thresholdCurrency: 'USD',
    regime: 'Remessa Conforme',
    dutyDeMinimis: null,
    prepaidProgramme: 'Remessa Conforme',
    postal: {
      name: 'Correios',
      trackingUrlTemplate: 'https://rastreamento.correios.com.br/app/index.php?objeto={number}',
    },
    notes:
      'Under Remessa Conforme the federal import tax (20% up to USD 50, 60% with a USD 20 deduction from USD 50.01 to ' +
      'USD 3000; medicines for personal use exempt) and the state ICMS (20% in 16 states since 2025-04-01, 17% in the ' +
      'others) are charged at checkout; orders outside it are taxed on arrival and Correios asks for payment in ' +
      '"Minhas Importações". A repeal of the 20% rate was floated for the 2026 election; none found in force.',
    source:
      'Lei 14.902/2024 and the MP of 2024-06-28 (rates from 2024-08-01), as reported by economia.uol.com.br ' +
      '(2025-07-29, 2025-03-28: ICMS 20% in 16 states from 2025-04-01, Comsefaz) and guiatributario.net; USD 3000 limit ' +
      'of postal/express remittances: IN RFB 1.737/2017. No Receita Federal page in the stored copies',
    asOf: '2025-11-15',
    confidence: 'unverified',
  },
  MX: {
    code: 'MX',
    name: 'Mexico',
    currency: 'MXN',
    collectedAtCheckoutUpTo: null,
    thresholdCurrency: 'USD',
    regime: 'courier simplified procedure (flat global rate)',
    dutyDeMinimis: null,
    flatRate: { percent: 33.5, since: '2025-08-15', upTo: 2500 },
    dutiesOnEveryParcel: true,
    postal: { name: 'Correos de México', trackingUrlTemplate: null },
    notes:
      'Courier parcels from countries without a trade agreement with Mexico (China) pay one flat global rate of 33.5% ' +
      'of their value since 2025-08-15 (19% from 2025-01-01), up to USD 2,500 (RGCE rule 3.7.35). Goods under the ' +
      'T-MEC/USMCA: USD 0–50 exempt, 50–117 17%, above 19%. The rate schedule was said to run to 2026-04-23: recheck.',
    source:
      'expansion.mx (2025-08-14); unotv.com (2025-08-13); vinculum.mx (2025-07-31) — press reports of the RGCE change, ' +
      'not checked against the DOF',
    asOf: '2025-08-15',
    confidence: 'unverified',
  },
  CL: {
    code: 'CL',
    name: 'Chile',
    currency: 'CLP',
    collectedAtCheckoutUpTo: 500,
    thresholdCurrency: 'USD',
    regime: 'IVA on foreign online purchases (Ley 21.713)',
    dutyDeMinimis: null,
    postal: { name: 'Correos de Chile', trackingUrlTemplate: null },
    notes:
      'Since 2025-10-25 (Ley 21.713) every foreign online purchase owes 19% IVA. Registered platforms (AliExpress among ' +
      'them) charge it at checkout on purchases up to USD 500, which then owe no 6% duty and no import IVA; above USD ' +
      '500, customs collects 6% duty and 19% IVA. The former USD 41 exemption is gone.',
    source:
      'eldinamo.cl (2025-10-02); cnnchile.com (2025-10-24); dedecon.cl; meganoticias.cl — press reports of Ley 21.713, ' +
      'not checked against the SII',
    asOf: '2025-10-25',
    confidence: 'unverified',
  },
  JP: {
    code: 'JP',
    name: 'Japan',
    currency: 'JPY',
    collectedAtCheckoutUpTo: null,
    thresholdCurrency: 'JPY',
    regime: 'small-amount exemption (JPY 10,000 taxable value)',
    dutyDeMinimis: 10000,
    vatDeMinimis: 10000,
    valuedAtShareOfPrice: 0.6,
    postal: {
      name: 'Japan Post',
      trackingUrlTemplate: 'https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={number}',
    },
    notes:
      'No duty or consumption tax when the taxable value is JPY 10,000 or less; personal imports are valued at 60% of ' +
      'the retail price. The FY2026 tax reform outline (December 2025) abolishes this exemption for cross-border mail ' +
      'orders and makes large platforms liable, on or after 2028-04-01.',
    source:
      'skadvisory.jp/en/japan-platform-taxation; vatabout.com (secondary); Japan Post tracking link as used by public ' +
      'integrations (index id 56274475264)',
    asOf: '2025-12-31',
    confidence: 'unverified',
  },
  SG: {
    code: 'SG',
    name: 'Singapore',
    currency: 'SGD',
    collectedAtCheckoutUpTo: 400,
    // IRAS values low-value goods item by item, so an order over SGD 400 may still be items under it.
    checkoutLimitPerItem: true,
    thresholdCurrency: 'SGD',
    regime: 'GST on low-value goods (overseas vendor registration)',
    dutyDeMinimis: null,
    postal: { name: 'SingPost', trackingUrlTemplate: null },
    notes:
      'Since 2023-01-01 registered overseas sellers and marketplaces charge GST (9% since 2024) at checkout on goods ' +
      'delivered by air or post and valued up to SGD 400 each; dearer goods pay import GST to Singapore Customs. Alcohol ' +
      'and tobacco (dutiable) are excluded. A consignment of several low-value items worth over SGD 400 in total risks ' +
      'being charged GST twice.',
    source:
      'https://www.iras.gov.sg/taxes/goods-services-tax-(gst)/gst-and-digital-economy/gst-on-imports-of-low-value-goods ' +
      '(IRAS); item-by-item valuation and double-taxation risk: avalara.com blog (2022-09), luwjistik.com guide',
    asOf: '2026-11-25',
    confidence: 'confirmed',
  },
  IL: {
    code: 'IL',
    name: 'Israel',
    currency: 'ILS',
    collectedAtCheckoutUpTo: null,
    thresholdCurrency: 'USD',
    regime: 'VAT exemption for personal imports',
    // Customs duty is waived up to about USD 500; VAT only up to the (moving) ceiling below.
    dutyDeMinimis: 500,
    vatDeMinimis: 130,
    postal: { name: 'Israel Post', trackingUrlTemplate: 'https://israelpost.co.il/itemtrace?itemcode={number}' },
    notes:
      'Personal imports are VAT-exempt (VAT 18%) up to a ceiling that has moved: USD 75 for years, USD 150 from ' +
      '2025-12-24 (revoked by the Knesset on 2026-02-23/24), then USD 130 by a new order from 2026-02-25 that the ' +
      'Chambers of Commerce challenged in the High Court the same day (outcome not found). Customs duty is waived up to ' +
      'about USD 500. Check the Israel Tax Authority for the current ceiling.',
    source:
      'https://taxes.gov.il/English/customs/PersonalImport/Pages/Personal%20Importation%20by%20Parcel%20Post.aspx ' +
      '(Israel Tax Authority guide; thresholds not shown in the stored copy); USD 150 and USD 130 orders: en.globes.co.il ' +
      '(2026-02-24), globes.co.il (2026-02-25, petition), Times of Israel and israelnationalnews.com (2026-02-25); USD 500 ' +
      'duty ceiling: Globes (2014-11-11)',
    asOf: '2026-02-25',
    confidence: 'unverified',
  },
  SA: {
    code: 'SA',
    name: 'Saudi Arabia',
    currency: 'SAR',
    collectedAtCheckoutUpTo: null,
    thresholdCurrency: 'SAR',
    regime: 'no de minimis for VAT',
    dutyDeMinimis: 1000,
    vatDeMinimis: null,
    dutiesOnEveryParcel: true,
    postal: { name: 'SPL (Saudi Post)', trackingUrlTemplate: null },
    notes:
      'VAT (15%) is due on imports of any value; personal purchases from online shops worth under SAR 1000 (goods, ' +
      'shipping and insurance) are exempt from customs duty. The carrier clears the parcel and collects what is due.',
    source:
      'https://zatca.gov.sa/en/RulesRegulations/Taxes/Pages/customs_individual/e-stores-customers.aspx (ZATCA, ' +
      'e-store customers FAQ); same statement reported by saudigazette.com.sa/article/611390 (2021-09)',
    asOf: '2026-11-25',
    confidence: 'confirmed',
  },
  KR: {
    code: 'KR',
    name: 'South Korea',
    currency: 'KRW',
    collectedAtCheckoutUpTo: null,
    thresholdCurrency: 'USD',
    regime: 'personal-use list clearance',
    dutyDeMinimis: 150,
    vatDeMinimis: 150,
    postal: { name: 'Korea Post', trackingUrlTemplate: null },
    notes:
      'Personal-use goods up to USD 150 (USD 200 for goods shipped from the US) can be cleared on the item list without ' +
      'duty or VAT; food, medicines, supplements and some cosmetics are excluded from list clearance. Same-day purchases ' +
      'from one site are added together. A personal customs clearance code (PCCC, "P" + 12 digits) is required.',
    source:
      'https://customs.go.kr/english/cm/cntnts/cntntsView.do?mi=8057&cntntsId=2733 (Korea Customs Service, list import ' +
      'declaration up to USD 150 / USD 200 from the US, personal clearance code); duty and VAT exemption at that value: ' +
      'Incheon international postal customs notice (US$150; copy on docest.com); krutils.com 2026 guide',
    asOf: '2026-11-25',
    confidence: 'confirmed',
  },
};

/** The rule for a destination (ISO alpha-2, any case); EU members get the EU rule with their own post. */
export function countryRule(iso: string | undefined): CountryRule | undefined {
  if (!iso) return undefined;
  const code = iso.trim().toUpperCase();
  const direct = COUNTRIES[code];
  if (direct) return direct;
  const member = EU_MEMBERS[code];
  if (!member) return undefined;
  const { name, trackingUrlTemplate } = member;
  return { ...EU_RULE, postal: { name, trackingUrlTemplate } };
}

export function isEuMember(iso: string | undefined): boolean {
  return !!iso && Object.hasOwn(EU_MEMBERS, iso.trim().toUpperCase());
}

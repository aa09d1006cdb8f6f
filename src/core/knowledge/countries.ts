/**
 * Destination rules that explain customs holds: up to what value VAT is charged at checkout (above it,
 * customs collects on arrival and holds the parcel until someone pays), duty thresholds, the national
 * postal operator and its tracking page, and known seasonal backlogs.
 *
 * Started from the shared reference countries.json (copy in src/core/fixtures/reference/); each entry records what was checked and where.
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
  /** Value up to which no customs duty is due; null when duty may apply to any value. */
  dutyDeMinimis: number | null;
  /** Date a former de minimis ended, when that is the news buyers have not caught up with. */
  deMinimisEndedOn?: string;
  /** Every parcel may owe duty or tax on arrival regardless of value (US, SA). */
  dutiesOnEveryParcel?: boolean;
  /** Taxes are normally prepaid at checkout under a national programme (Brazil's Remessa Conforme). */
  prepaidProgramme?: string;
  postal: PostalOperator;
  backlogs?: readonly Backlog[];
  notes: string;
};

export const EU_RULE: CountryRule = {
  code: 'EU',
  name: 'European Union',
  currency: 'EUR',
  collectedAtCheckoutUpTo: 150,
  thresholdCurrency: 'EUR',
  regime: 'IOSS',
  dutyDeMinimis: 150,
  postal: { name: 'the national postal operator', trackingUrlTemplate: null },
  notes:
    'VAT is charged at checkout through the Import One-Stop Shop on consignments of intrinsic value up to EUR 150; ' +
    'above, VAT and duty are collected on import, usually with a carrier handling fee. Since 2026-07-01 an interim ' +
    'flat customs duty of EUR 3 per item category applies to low-value IOSS parcels (until 2028-07-01).',
  source:
    'https://taxation-customs.ec.europa.eu/taxation/vat/vat-e-commerce/import-one-stop-shop_en; ' +
    'EUR 3 flat duty: Council of the EU agreement of 2025-12-12, adopted 2026-02-11 (reported by vatupdate.com, crowleysdfk.ie)',
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
      'VAT charged at checkout on consignments up to GBP 135; above, import VAT and duty on arrival plus a handling fee.',
    source: 'https://www.gov.uk/guidance/charging-vat-on-goods-sold-direct-to-customers-in-the-uk',
    asOf: '2021-01-01',
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
    deMinimisEndedOn: '2025-08-29',
    dutiesOnEveryParcel: true,
    postal: { name: 'USPS', trackingUrlTemplate: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={number}' },
    notes:
      'Executive Order 14324 (2025-07-30) suspended the USD 800 duty-free de minimis for all countries from 2025-08-29; ' +
      'duties are due on every parcel, often prepaid at checkout or collected by the carrier.',
    source: 'https://www.govinfo.gov/content/pkg/CDOC-119hdoc85/html/CDOC-119hdoc85.htm (Executive Order 14324)',
    asOf: '2025-08-29',
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
          'Canada Post labour disruptions (Nov–Dec 2024, autumn 2025) and holiday volumes; shared reference countries.json',
        asOf: '2025-10-01',
        confidence: 'unverified',
      },
    ],
    notes:
      'From China, by mail or courier: duty and taxes free up to CAD 20, due on the full value above (the CAD 40/150 ' +
      'CUSMA thresholds only apply to goods from the US and Mexico). Canada Post collects them plus a handling fee.',
    source: 'https://cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html',
    asOf: '2020-07-01',
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
    notes: 'GST charged at checkout on goods up to AUD 1000; above, a formal import declaration with GST and duty.',
    source:
      'https://www.ato.gov.au/businesses-and-organisations/international-tax-for-business/gst-on-imported-goods-and-services',
    asOf: '2018-07-01',
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
      'duty and fees collected at the border.',
    source:
      'https://www.ird.govt.nz/gst/gst-for-overseas-businesses/gst-on-low-value-imported-goods (IRD); ' +
      'https://www.customs.govt.nz/about-us/news/important-notices/new-gst-rules-for-low-value-imported-goods/ (NZ Customs, 2019-07-12)',
    asOf: '2019-12-01',
    confidence: 'confirmed',
  },
  NO: {
    code: 'NO',
    name: 'Norway',
    currency: 'NOK',
    collectedAtCheckoutUpTo: 3000,
    checkoutLimitPerItem: true,
    thresholdCurrency: 'NOK',
    regime: 'VOEC',
    dutyDeMinimis: null,
    postal: { name: 'Posten', trackingUrlTemplate: 'https://sporing.posten.no/sporing/{number}' },
    notes:
      'VAT charged at checkout under the VOEC scheme on goods worth under NOK 3000 per item (not per order), and such ' +
      'goods owe no customs duty. Since 2024-01-01 goods outside VOEC are stopped at the border for VAT whatever their ' +
      'value, usually with a carrier fee.',
    source:
      'https://www.skatteetaten.no/en/business-and-organisation/vat-and-duties/vat/foreign/e-commerce-voec/low-value/ (Skatteetaten); ' +
      'https://toll.no/en/online-shopping/the-voec-scheme (Norwegian Customs)',
    asOf: '2024-01-01',
    confidence: 'confirmed',
  },
  CH: {
    code: 'CH',
    name: 'Switzerland',
    currency: 'CHF',
    collectedAtCheckoutUpTo: null,
    thresholdCurrency: 'CHF',
    regime: 'import VAT with small-amount exemption',
    dutyDeMinimis: null,
    postal: { name: 'Swiss Post', trackingUrlTemplate: 'https://service.post.ch/ekp-web/ui/entry/search/{number}' },
    notes:
      'Duty and import VAT are not invoiced when they come to less than CHF 5; above that the carrier collects them with a ' +
      'clearance fee. Since 2025-01-01 electronic platforms can be treated as the seller for Swiss VAT.',
    source:
      'https://ch.ch/en/ordering-goods-abroad (Swiss federal portal: duties and VAT under CHF 5 not invoiced); ' +
      'https://efk.admin.ch/en/?p=7303 (Swiss Federal Audit Office, mail-order rule); platform rule from 2025-01-01 ' +
      '(Art. 20a VAT Act) reported by Deloitte and law firms, not checked against ESTV',
    asOf: '2025-01-01',
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
      'Under Remessa Conforme the federal import tax (20% up to USD 50, 60% with a USD 20 deduction above) and ICMS are ' +
      'charged at checkout; orders outside it are taxed on arrival and Correios asks for payment.',
    source:
      'Receita Federal, Programa Remessa Conforme; rates from 2024-08-01 after Lei 14.902/2024, as reported by ' +
      'opovo.com.br (2024-06-28, quoting Receita Federal staff: 20% up to USD 50, 60% less USD 20 from USD 50.01 to ' +
      'USD 3000) and economia.uol.com.br (2025-07-29); USD 3000 limit of postal/express remittances: IN RFB 1.737/2017. ' +
      'No Receita Federal page was found to check against',
    asOf: '2024-08-01',
    confidence: 'unverified',
  },
  IL: {
    code: 'IL',
    name: 'Israel',
    currency: 'ILS',
    collectedAtCheckoutUpTo: null,
    thresholdCurrency: 'USD',
    regime: 'VAT exemption for personal imports',
    dutyDeMinimis: 130,
    postal: { name: 'Israel Post', trackingUrlTemplate: 'https://israelpost.co.il/itemtrace?itemcode={number}' },
    notes:
      'Personal imports are VAT-exempt up to a ceiling that has moved: USD 75 for years, USD 150 from late December 2025 ' +
      '(cancelled by the Knesset in February 2026), then USD 130 by a new order from 2026-02-25 that business groups ' +
      'challenged in court. Customs duty is waived up to about USD 500. Check the Israel Tax Authority for the current ceiling.',
    source:
      'https://taxes.gov.il/English/customs/PersonalImport/Pages/Personal%20Importation%20by%20Parcel%20Post.aspx ' +
      '(Israel Tax Authority guide; thresholds not shown in the stored copy); USD 150 and USD 130 orders: en.globes.co.il ' +
      '(2026-02-24), Times of Israel and israelnationalnews.com (2026-02-25); USD 500 duty ceiling: Globes (2014-11-11)',
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
    postal: { name: 'Korea Post', trackingUrlTemplate: null },
    notes:
      'Personal-use goods up to USD 150 (USD 200 for goods shipped from the US) can be cleared on the item list without ' +
      'duty or VAT; food, medicines, supplements and some cosmetics are excluded from list clearance. A personal customs ' +
      'clearance code (PCCC) is required.',
    source:
      'https://customs.go.kr/english/cm/cntnts/cntntsView.do?mi=8057&cntntsId=2733 (Korea Customs Service, list import ' +
      'declaration up to USD 150 / USD 200 from the US, personal clearance code); duty and VAT exemption at that value: ' +
      'Incheon international postal customs notice (US$150; copy on docest.com) and Korean press',
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

/**
 * Where a buyer pays customs charges the official way, per destination and last-mile carrier, and what
 * the carrier adds for clearing the parcel. Read from stored copies of the carriers' own pages (search
 * corpus, 2026-12-02) where they were found; otherwise the entry says what it rests on and is
 * `unverified`. Only `https` links on these hosts may ever be shown (isOfficialPaymentUrl).
 */
import type { Sourced } from './sourced.ts';

/** Couriers that deliver some AliExpress parcels and bill duties themselves, whatever the country. */
export type Courier = 'dhl_express' | 'fedex' | 'ups';

export type PaymentPage = Sourced & {
  /** Stable id, used in test ids and data attributes. */
  id: string;
  /** The carrier as the buyer knows it. */
  carrier: string;
  /**
   * The official page that takes the payment or says exactly how to pay; null when the carrier takes no
   * online payment (the amount is paid to the driver or at the counter).
   */
  url: string | null;
  /** How the payment is made when there is no page: on delivery or at the counter. */
  paidOnDelivery?: boolean;
};

const CHECKED = '2026-12-02';

/** National posts (the usual last mile of AliExpress Standard Shipping), by ISO country code. */
export const POST_PAYMENT_PAGES: Readonly<Record<string, PaymentPage>> = {
  GB: {
    id: 'royal_mail',
    carrier: 'Royal Mail',
    url: 'https://personal.help.royalmail.com/app/answers/detail/a_id/143',
    source:
      'Royal Mail help "Fee to pay" (personal.help.royalmail.com a_id 143, stored copy): pay the fee online from this ' +
      'page; customs-charge items held 21 days; GBP 8 handling fee',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  BR: {
    id: 'correios',
    carrier: 'Correios',
    // "Minhas Importações" lives inside the Correios portal; its deep link was not found in a stored copy.
    url: 'https://www.correios.com.br/',
    source:
      'Correios note via Secom (mercadoeconsumo.com.br 2024-07-31): taxes on postal imports are paid only in ' +
      '"Minhas Importações" on the correios.com.br portal or the Correios app; Receita Federal (exame.com 2024-06)',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  CA: {
    id: 'canada_post',
    carrier: 'Canada Post',
    url: 'https://www.canadapost-postescanada.ca/cpc/en/support/kb/receiving/tracking/how-to-pay-duty-and-taxes-online-canada-post',
    source:
      'Canada Post support "How do I pay duty and taxes online?" (stored copy on origin-www.canadapost.ca, same path; ' +
      'the public host is assumed) and "Paying duty and taxes FAQ" (CAD 20 exemption, duplicate payments refunded)',
    asOf: CHECKED,
    confidence: 'unverified',
  },
  NL: {
    id: 'postnl',
    carrier: 'PostNL',
    url: 'https://www.postnl.nl/en/receiving/parcels/receiving-from-abroad/',
    source:
      'PostNL "Receive an international parcel" and "Customs clearance costs" (stored copies): payment request by ' +
      'e-mail or post, "we never send you a direct payment link"; handling fee per parcel paid online',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  ES: {
    id: 'correos',
    carrier: 'Correos',
    url: 'https://www.correos.es/es/es/particulares/recibir/tramitacion-aduanera-en-la-importacion/importacion-en-peninsula-y-baleares/DUA-ordinario',
    source:
      'Correos "DUA ordinario" (stored copy): over EUR 150 a quote is sent by e-mail and paid on www.correosaduanas.es; ' +
      'under EUR 150 without IOSS, VAT and the simplified-DUA fee are paid on delivery',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  FR: {
    id: 'la_poste',
    carrier: 'La Poste / Colissimo',
    url: 'https://aide.laposte.fr/categorie/droits-et-taxes-de-douane/payer-ses-droits-et-taxes',
    source:
      'La Poste help "Payer ses droits et taxes" (stored copy): pay duties, VAT and "frais de gestion" online before ' +
      'delivery, or to the postman (full-rate fee)',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  DE: {
    id: 'deutsche_post',
    carrier: 'Deutsche Post / DHL Paket',
    url: null,
    paidOnDelivery: true,
    source:
      'paketda.de "Auslagepauschale" and "Zoll bei Paketen von Deutsche Post DHL" (secondary): import charges and a ' +
      'EUR 6 fee are paid in cash to the carrier on delivery; no online payment for Deutsche Post / DHL Paket',
    asOf: CHECKED,
    confidence: 'unverified',
  },
  PL: {
    id: 'poczta_polska',
    carrier: 'Poczta Polska',
    url: null,
    paidOnDelivery: true,
    source:
      'okbrok.pl and ksiegowosc.infor.pl (2021-07, secondary): Poczta Polska files the declaration and collects VAT, ' +
      'duty and a PLN 8.50 fee from the recipient on delivery (cash to the postman, card to the courier)',
    asOf: '2021-07-01',
    confidence: 'unverified',
  },
  CH: {
    id: 'swiss_post',
    carrier: 'Swiss Post',
    url: 'https://www.post.ch/en/receiving-mail/customs-clearance-fees',
    source:
      'Swiss Post "Customs clearance fees" (stored copy): basic fee CHF 16 for goods from outside DE/FR/IT/AT, plus 3% ' +
      'of the value, at most CHF 70, excl. VAT',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  IL: {
    id: 'israel_post',
    carrier: 'Israel Post',
    url: 'https://israelpost.co.il/',
    source:
      'Israel Police via mynet.co.il and Israel Post via globes.co.il (press): check the parcel and the customs payment ' +
      'in the personal area of the official israelpost.co.il site; the deep link was not found',
    asOf: CHECKED,
    confidence: 'unverified',
  },
  AU: {
    id: 'australia_post',
    carrier: 'Australia Post',
    url: 'https://auspost.com.au/',
    source:
      'Australia Post statements quoted by psnews.com.au and upnewsinfo.com (press): track and act only on the ' +
      'official auspost.com.au site or app; no payment page found',
    asOf: CHECKED,
    confidence: 'unverified',
  },
};

export const COURIER_PAYMENT_PAGES: Readonly<Record<Courier, PaymentPage>> = {
  dhl_express: {
    id: 'dhl_express',
    carrier: 'DHL Express',
    url: 'https://ebilling.dhl.com/gpp/web/faq/de/',
    source:
      'DHL Global Payment Portal FAQ (ebilling.dhl.com, stored copy); dhlexpress.nl fraud page: a DHL Express payment ' +
      'request always carries the waybill number, and DHL mail ends with dhl.com',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  fedex: {
    id: 'fedex',
    carrier: 'FedEx',
    url: 'https://www.fedex.com/en-gb/customer-support/faq/duties-taxes-imported-goods/paying-duties-taxes/how-to-pay-duties-taxes.html',
    source: 'FedEx "How can I pay the duties and taxes?" (stored copy): payment portal, Billing Online, transfer',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  ups: {
    id: 'ups',
    carrier: 'UPS',
    url: 'https://www.ups.com/us/en/support/international-tools-resources/understanding-customs.page',
    source:
      'UPS "Understanding customs" (stored copy) explains who pays; paying from the UPS tracking page is described by ' +
      'secondary guides only',
    asOf: CHECKED,
    confidence: 'unverified',
  },
};

/** FedEx's own tool for US recipients. */
const FEDEX_US: PaymentPage = {
  id: 'fedex',
  carrier: 'FedEx',
  url: 'https://www.fedex.com/en-us/shipping/international/duties-and-taxes/fedex-import-tool.html',
  source: 'FedEx Import Tool (FiT) page (stored copy): official tool for US recipients, link by e-mail or SMS',
  asOf: CHECKED,
  confidence: 'confirmed',
};

/** Which courier a carrier name or tracking page names, if any. */
export function courierOf(carrier: string | undefined): Courier | undefined {
  if (!carrier) return undefined;
  const c = carrier.toLowerCase();
  // Plain "DHL" is also Deutsche Post's parcel arm (DHL Paket), which bills through the post: only Express counts.
  if (/\bdhl\s*express\b/.test(c)) return 'dhl_express';
  if (/\bfed\s*ex\b/.test(c)) return 'fedex';
  if (/\bups\b/.test(c)) return 'ups';
  return undefined;
}

/**
 * The official payment page for a parcel: the courier's when the last mile is a courier, else the
 * national post's. Undefined when the table knows neither.
 */
export function officialPaymentPage(country: string | undefined, carrier?: string): PaymentPage | undefined {
  const code = country?.trim().toUpperCase();
  return paymentPageVia(
    code,
    code && Object.hasOwn(POST_PAYMENT_PAGES, code) ? POST_PAYMENT_PAGES[code] : undefined,
    carrier,
  );
}

/** The same when the destination's post page is already known (destinationOf, gathered once for the panel's view). */
export function paymentPageVia(
  code: string | undefined,
  postPage: PaymentPage | undefined,
  carrier?: string,
): PaymentPage | undefined {
  const courier = courierOf(carrier);
  if (courier === 'fedex' && code === 'US') return FEDEX_US;
  if (courier) return COURIER_PAYMENT_PAGES[courier];
  return postPage;
}

/**
 * What a shown payment link must be, whatever table it came from: https, no credentials. The panel checks
 * this on the link its destination module gave; isOfficialPaymentUrl also checks the host against every table.
 */
export function isSafePaymentLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * Every host a payment link may point to: those of the table, nothing else. Built on first use, so a
 * bundle that never checks a link (the on-page panel) does not carry every table for it.
 */
let officialHosts: ReadonlySet<string> | undefined;
export function officialPaymentHosts(): ReadonlySet<string> {
  officialHosts ??= new Set(
    [...Object.values(POST_PAYMENT_PAGES), ...Object.values(COURIER_PAYMENT_PAGES), FEDEX_US]
      .map((p) => (p.url ? new URL(p.url).hostname : ''))
      .filter(Boolean),
  );
  return officialHosts;
}

/** Only https links on a host of the table may be shown as a place to pay. */
export function isOfficialPaymentUrl(url: string): boolean {
  try {
    return isSafePaymentLink(url) && officialPaymentHosts().has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** What a carrier adds for clearing a parcel, in its currency. */
export type CarrierFee = Sourced & {
  carrier: string;
  currency: string;
  /** Fee on a parcel that owes duty (over the duty relief), and on one that owes VAT only. */
  low: number;
  high: number;
  /** Plus this share of the value (Swiss Post 3%), capped at `cap`. */
  percentOfValue?: number;
  cap?: number;
};

/**
 * Carrier clearance fees known to us, per destination (the national post). A country missing here means
 * the fee is unknown: the estimate then says so instead of guessing.
 */
export const CARRIER_FEES: Readonly<Record<string, CarrierFee>> = {
  GB: {
    carrier: 'Royal Mail',
    currency: 'GBP',
    low: 8,
    high: 8,
    source: 'Royal Mail help a_id 143 (stored copy): "a Royal Mail handling fee of £8"; ask.ofcom.org.uk',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  NL: {
    carrier: 'PostNL',
    currency: 'EUR',
    low: 10,
    high: 12,
    source:
      'PostNL "Customs clearance costs" (two stored copies): over EUR 150, EUR 10 or EUR 12 online (EUR 17 at a ' +
      'PostNL point); up to EUR 150, EUR 6',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  CH: {
    carrier: 'Swiss Post',
    currency: 'CHF',
    low: 16,
    high: 16,
    percentOfValue: 3,
    cap: 70,
    source:
      'Swiss Post "Customs clearance fees" (stored copy): CHF 16 from other countries + 3% of the value, max CHF 70',
    asOf: CHECKED,
    confidence: 'confirmed',
  },
  DE: {
    carrier: 'Deutsche Post / DHL Paket',
    currency: 'EUR',
    low: 6,
    high: 6,
    source: 'paketda.de "Auslagepauschale" (secondary): EUR 6 per dutiable parcel since March 2018',
    asOf: CHECKED,
    confidence: 'unverified',
  },
  PL: {
    carrier: 'Poczta Polska',
    currency: 'PLN',
    low: 8.5,
    high: 8.5,
    source: 'okbrok.pl (2021-07, secondary): PLN 8.50 flat fee for the customs declaration',
    asOf: '2021-07-01',
    confidence: 'unverified',
  },
  ES: {
    carrier: 'Correos',
    currency: 'EUR',
    // Over EUR 150 Correos quotes the ordinary DUA by e-mail; only the simplified DUA fee was found.
    low: 14.98,
    high: 18.13,
    source:
      'Correos tariff popup (correos.es, stored copy, undated): simplified import DUA EUR 14.98 + VAT (EUR 18.13); ' +
      'the ordinary DUA over EUR 150 is quoted per parcel',
    asOf: CHECKED,
    confidence: 'unverified',
  },
};

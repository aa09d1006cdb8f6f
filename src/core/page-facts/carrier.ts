/**
 * The carrier named on a tracking page ("AliExpress Standard Shipping", "Cainiao Super Economy", "Correos"…).
 * Only shown to the buyer and used to pick a local-post link; a page that names none loses nothing else.
 */

const CARRIER =
  /AliExpress (?:Standard|Selection|Premium|Saver|Direct) Shipping|Cainiao(?: [A-Z][\w-]*){0,3}|YunExpress|Yun Express|4PX(?: [A-Z][\w-]*){0,2}|Yanwen|China Post(?: [A-Z][\w-]*){0,3}|SunYou|J&T Express|Correos(?: Express)?|CTT|DHL(?: [A-Z][\w-]*)?|UPS|FedEx|USPS|La Poste|Colissimo|Chronopost|PostNL|InPost|Poczta Polska|Royal Mail|Evri|Israel Post|דואר ישראל|Correios|Poste Italiane|Deutsche Post|Australia Post|Canada Post|Posten/;

export function carrierFromText(text: string): string | null {
  return CARRIER.exec(text)?.[0] ?? null;
}

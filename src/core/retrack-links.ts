/**
 * Where else a buyer can look a parcel up: 17TRACK and ParcelsApp (which merge every carrier's scans),
 * Cainiao's own page, and the destination's postal operator, which often knows more once the parcel is
 * in the country.
 */
import { countryRule, type PostalOperator } from './knowledge/countries.ts';
import { normalizeTrackingNumber } from './tracking-number.ts';

export type RetrackLink = { id: '17track' | 'parcelsapp' | 'cainiao' | 'local_post'; label: string; url: string };

/** The links for a destination, from the full tables (popup). */
export function retrackLinks(number: string, destCountry?: string): RetrackLink[] {
  return retrackLinksVia(number, countryRule(destCountry)?.postal);
}

/** The links when the destination's post is already known (destinationOf, gathered once for the panel's view). */
export function retrackLinksVia(number: string, postal: PostalOperator | undefined): RetrackLink[] {
  const n = normalizeTrackingNumber(number);
  if (!n) return [];
  const q = encodeURIComponent(n);
  const links: RetrackLink[] = [
    { id: '17track', label: '17TRACK', url: `https://t.17track.net/en#nums=${q}` },
    { id: 'parcelsapp', label: 'ParcelsApp', url: `https://parcelsapp.com/en/tracking/${q}` },
    { id: 'cainiao', label: 'Cainiao', url: `https://global.cainiao.com/newDetail.htm?mailNoList=${q}` },
  ];
  if (postal?.trackingUrlTemplate) {
    links.push({ id: 'local_post', label: postal.name, url: postal.trackingUrlTemplate.replaceAll('{number}', q) });
  }
  return links;
}

/**
 * Brands and product kinds that customs often checks for trademark infringement. A match in an item
 * title explains a longer inspection; it says nothing about whether the item is genuine, and the advice
 * is worded that way.
 */
import type { Sourced } from './sourced.ts';

export type CounterfeitEntry = Sourced & {
  /** Shown in the reason; a brand name or a product kind in English. */
  label: string;
  kind: 'brand' | 'category';
  /** Pattern over the lowercased, accent-free title. */
  pattern: RegExp;
};

const EU_IPR: Sourced = {
  source:
    'European Commission, "EU enforcement of intellectual property rights: results at the EU border" (annual report, ' +
    'https://taxation-customs.ec.europa.eu/customs-4/prohibitions-and-restrictions/intellectual-property-rights_en); ' +
    'OECD/EUIPO "Global trade in fakes" (2021, 2025)',
  asOf: '2024-11-01',
  confidence: 'unverified',
};

const brand = (label: string, pattern: RegExp): CounterfeitEntry => ({ label, kind: 'brand', pattern, ...EU_IPR });
const category = (label: string, pattern: RegExp): CounterfeitEntry => ({
  label,
  kind: 'category',
  pattern,
  ...EU_IPR,
});

export const COUNTERFEIT_PRONE: readonly CounterfeitEntry[] = [
  brand('Apple', /\b(?:apple|airpods?|iphone|ipad|macbook|apple watch)\b/),
  brand('Samsung', /\bsamsung\b/),
  brand('Beats', /\bbeats (?:by dr|studio|solo|pro)\b/),
  brand('Nike', /\bnike\b|\bair jordan\b|\bair force 1\b/),
  brand('Adidas', /\badidas\b|\byeezy\b/),
  brand('Rolex', /\brolex\b/),
  brand('Omega', /\bomega (?:seamaster|speedmaster)\b/),
  brand('Cartier', /\bcartier\b/),
  brand('Pandora', /\bpandora\b/),
  brand('Louis Vuitton', /\blouis vuitton\b|\blv (?:bag|monogram)\b/),
  brand('Gucci', /\bgucci\b/),
  brand('Chanel', /\bchanel\b/),
  brand('Dior', /\bdior\b/),
  brand('Hermès', /\bhermes (?:bag|belt|birkin|kelly)\b|\bbirkin\b/),
  brand('Prada', /\bprada\b/),
  brand('Ray-Ban', /\bray ?ban\b/),
  brand('The North Face', /\bnorth face\b/),
  brand('Dyson', /\bdyson\b/),
  brand('Lego', /\blego\b/),
  brand('Pokémon', /\bpokemon\b/),
  category('perfume', /\b(?:perfume|parfum|fragrance|eau de toilette|cologne)\b/),
  category('cosmetics', /\b(?:lipstick|mascara|foundation makeup|eyeshadow palette|cosmetics?)\b/),
  category('watches', /\b(?:luxury|automatic|mechanical) watch(?:es)?\b/),
];

// "Case for iPhone 15", "Strap compatible with Apple Watch": accessories name the brand they fit, not
// their own. The two words after such a lead-in are dropped before matching.
const FITS_BRAND =
  /\b(?:for|compatible with|fits?|para|pour|fur|per|dla|voor|compatibile con|compativel com|kompatibel mit)\s+\S+(?:\s+\S+)?/g;

/** The first counterfeit-prone brand or kind named in any of the titles, if any. */
export function counterfeitProneMatch(titles: readonly string[]): CounterfeitEntry | undefined {
  const normalized = titles.map((t) =>
    t
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(FITS_BRAND, ' '),
  );
  for (const entry of COUNTERFEIT_PRONE) {
    if (normalized.some((t) => entry.pattern.test(t))) return entry;
  }
  return undefined;
}

/**
 * One canonical form for tracking-status text, so that phrase tables, deduplication and tests compare like
 * with like whatever the source: case, accents, curly quotes, spacing and Cainiao's "[City]" prefixes are
 * all noise for the question "which customs stage is this?".
 */

// Combining marks that only ever decorate Latin, Greek or Cyrillic letters. Stripping *all* marks would
// damage Japanese dakuten (U+3099), Thai vowels, Hebrew points and Arabic harakat, so only these go.
const LATIN_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

// Letters NFKD does not decompose but readers treat as their base letter.
const FOLD: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const FOLD_RE = /[łøđðħıßæœþ]/g;

// NFKD splits Thai ำ (sara am) into nikhahit + sara aa and NFC does not join them again.
const THAI_SARA_AM = /\u0e4d\u0e32/g;

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02bc\u02b9\uff07]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02]/g;

// A leading "[Shenzhen]", "【深圳】" or "(Madrid)" is where the event happened, not what happened.
const BRACKET_PREFIX = /^\s*[[【(（「][^\]】)）」]{1,60}[\]】)）」]\s*/u;
// "MADRID, Arrived at customs" / "Shenzhen - Departed": one to three capitalised words before a dash, or
// before a comma followed by a capital. Capitalisation is checked on the original text, where it still
// exists. A past participle ("Delivered, Signed by…", Correios' "Fiscalizado ANATEL - …") is the status
// itself, not a place.
const PLACE_PREFIX =
  /^\s*(?!\S*(?:ed|ado|ada|ido|ida)\b)(\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2})\s*(?:,\s*(?=\p{Lu})|\s[-–—]\s)\s*(?=\S+\s+\S)/u;

// Punctuation, spaces and symbols of the scripts we read separate words. Listed as ranges rather than
// [^\p{L}\p{N}\p{M}'] because Unicode property classes made this step three times slower.
const SEPARATORS =
  /[\s -&(-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u0589\u05be\u05c0\u05c3\u05f3\u05f4\u060c\u061b\u061f\u066a-\u066d\u06d4\u0e4f\u0e5a\u0e5b\u2000-\u2bff\u3000-\u3003\u3008-\u3020\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;
const STRAY_APOSTROPHES = /(^|\s)'+|'+(?=\s|$)/g;

const ASCII = /^[\t\n\r -~]*$/;
const NEEDS_DECOMPOSING = /[\u00a0-\u04ff\u1e00-\u1fff\u2000-\u2bff\u3000\u3099-\u309c\ufb00-\ufdff\ufe30-\uffef]/;
const ASCII_SEPARATORS = /[^a-z0-9']+/g;
const STARTS_WITH_BRACKET = /^\s*[[【(（「]/;

/** Lowercased, accent-free (for Latin, Greek and Cyrillic), single-spaced text without place prefixes. */
export function normalizeStatusText(s: string): string {
  let text = STARTS_WITH_BRACKET.test(s) ? s.replace(BRACKET_PREFIX, '') : s;
  if (text.includes(',') || text.includes(' -') || text.includes(' –') || text.includes(' —')) {
    text = text.replace(PLACE_PREFIX, '');
  }
  if (ASCII.test(text)) {
    // Most statuses: nothing to decompose, fold or unify.
    text = text.toLowerCase().replace(ASCII_SEPARATORS, ' ');
    return (text.includes("'") ? text.replace(STRAY_APOSTROPHES, '$1') : text).trim();
  }
  // toLowerCase is locale-insensitive by definition (unlike toLocaleLowerCase): "İ" becomes "i̇", whose
  // dot is a combining mark that the next step removes.
  text = text.toLowerCase();
  // Decomposing is the slow part and only changes accented Latin/Greek/Cyrillic letters and compatibility
  // forms (full-width, half-width, presentation forms); Hebrew, Arabic, CJK, Thai and Hangul skip it.
  if (NEEDS_DECOMPOSING.test(text)) text = text.normalize('NFKD').replace(LATIN_MARKS, '').normalize('NFC');
  text = text.replace(FOLD_RE, (c) => FOLD[c] ?? c).replace(THAI_SARA_AM, '\u0e33');
  text = text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  return text.replace(SEPARATORS, ' ').replace(STRAY_APOSTROPHES, '$1').trim();
}

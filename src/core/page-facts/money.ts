/**
 * Money as AliExpress prints it in every storefront ("€182.00", "US $45.10", "182,00 €", "R$ 250,90",
 * "₪120", "1.234,56 zł"): amount and ISO currency, and the order total found after its label. Pure text
 * patterns, so a redesign of the order page cannot break it.
 */
export type Money = { amount: number; currency: string };

/** Symbols and words → ISO 4217. Longer prefixes first ("US $" before "$"). Bare "kr" is ambiguous: skipped. */
const SYMBOLS: Array<[string, string]> = [
  ['US $', 'USD'],
  ['US$', 'USD'],
  ['CA $', 'CAD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU $', 'AUD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ $', 'NZD'],
  ['NZ$', 'NZD'],
  ['MX $', 'MXN'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  ['CLP $', 'CLP'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₪', 'ILS'],
  ['zł', 'PLN'],
  ['₩', 'KRW'],
  ['JP¥', 'JPY'],
  ['¥', 'JPY'],
  ['₽', 'RUB'],
  ['руб.', 'RUB'],
  ['руб', 'RUB'],
  ['₺', 'TRY'],
  ['TL', 'TRY'],
  ['Kč', 'CZK'],
  ['ر.س', 'SAR'],
  ['$', 'USD'],
];
const ISO = /^[A-Z]{3}$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SYMBOL_ALT = SYMBOLS.map(([s]) => escapeRegExp(s)).join('|');
const NUMBER = String.raw`\d{1,3}(?:[., \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
// Symbol or ISO code before the number, or after it. The lookarounds keep "12 TL" from matching inside words.
const MONEY = new RegExp(
  String.raw`(?<![\p{L}])(${SYMBOL_ALT}|[A-Z]{3})\s?(${NUMBER})(?![\d])|(?<![\d.,])(${NUMBER})\s?(${SYMBOL_ALT}|[A-Z]{3})(?![\p{L}])`,
  'gu',
);

/** "1.234,56" → 1234.56, "1,234.56" → 1234.56, "182,00" → 182, "12,000" → 12000, "1 234,5" → 1234.5. */
export function parseAmount(raw: string): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normal = compact.split(thousands).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = compact.split(sep);
    // One separator followed by 1–2 digits is a decimal mark; otherwise it groups thousands.
    normal = parts.length === 2 && (parts[1]?.length ?? 0) <= 2 ? parts.join('.') : parts.join('');
  } else {
    normal = compact;
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

function currencyOf(token: string): string | null {
  const known = SYMBOLS.find(([symbol]) => symbol === token);
  if (known) return known[1];
  return ISO.test(token) ? token : null;
}

/** Every amount of money in a text, in order. */
export function findMoney(text: string): Money[] {
  const found: Money[] = [];
  for (const m of text.matchAll(MONEY)) {
    const symbol = m[1] ?? m[4] ?? '';
    const number = m[2] ?? m[3] ?? '';
    const currency = currencyOf(symbol);
    const amount = parseAmount(number);
    if (currency && amount !== null) found.push({ amount, currency });
  }
  return found;
}

/** The first amount of money in a text, or null. */
export function parseMoney(text: string): Money | null {
  return findMoney(text)[0] ?? null;
}

/** "Total" labels of the order summary, in the storefronts' languages ("Subtotal" is not one). */
const TOTAL_LABEL =
  /(?<![\p{L}])(?:order total|grand total|total|importe total|total del pedido|total de la commande|montant total|gesamtbetrag|gesamtsumme|summe|total do pedido|valor total|razem|suma|łącznie|do zapłaty|סה"כ|סה״כ|סך הכל|итого|toplam|totale|合計)(?![\p{L}])/giu;

/**
 * The order total: the first amount after the last "Total"-like label (the summary puts the grand total
 * last, after subtotal and shipping). Null when no label is followed by an amount.
 */
export function findOrderTotal(text: string): Money | null {
  let total: Money | null = null;
  for (const m of text.matchAll(TOTAL_LABEL)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    const money = parseMoney(after);
    if (money) total = money;
  }
  return total;
}

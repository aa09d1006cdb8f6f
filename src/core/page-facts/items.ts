/** How many items an order holds, from "3 items", "2 artículos", "2 Artikel", "2 פריטים"… */

const ITEMS =
  /(?<![\d.,])(\d{1,3})\s*(?:items?|artículos?|productos?|articles?|artikel|itens|produtos?|produkty|produktów|przedmioty|przedmiotów|פריטים|articoli|товар(?:а|ов)?|ürün|artikelen)(?![\p{L}])/iu;

/** The first item count in a text, or null. */
export function itemCount(text: string): number | null {
  const m = ITEMS.exec(text);
  const value = m?.[1] ? Number(m[1]) : null;
  return value !== null && value > 0 ? value : null;
}

/**
 * The buyer-protection countdown AliExpress shows on an order ("Buyer protection: 12 days left",
 * "Protección del comprador: quedan 12 días", "Käuferschutz: noch 12 Tage", "הגנת הקונה: נותרו 12 ימים"…),
 * as whole days left. It decides whether the advice says "open a dispute before it runs out".
 */

/** "Buyer protection" in the storefronts' languages. */
const LABEL =
  /buyer protection|purchase protection|protección (?:del|al) comprador|protection (?:de l'|des |)acheteurs?|käuferschutz|proteção (?:do|ao) comprador|ochrona kupującego|הגנת (?:ה)?קונה|protezione (?:dell'|)acquirente|защита покупателя|alıcı koruma|kopersbescherming/iu;

/** "<n> days" in the same languages ("12d" is the compact countdown "12d 05:33:21"). */
const DAYS =
  /(\d{1,3})\s*(?:days?|d(?=\s*\d{1,2}:)|días?|jours?|j(?=\s*\d{1,2}[:h])|tage?n?|dias?|dni|dzień|dnia|ימים|יום|giorni|giorno|дн(?:я|ей|ь)|gün|dagen|dag)(?![\p{L}])/iu;

/** Whole days of buyer protection left, or null when the page shows no countdown. */
export function buyerProtectionDays(text: string): number | null {
  const label = LABEL.exec(text);
  if (!label) return null;
  const window = text.slice(label.index + label[0].length, label.index + label[0].length + 80);
  const days = DAYS.exec(window);
  if (!days?.[1]) return null;
  const value = Number(days[1]);
  return value >= 0 && value <= 365 ? value : null;
}

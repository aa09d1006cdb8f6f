/** The AliExpress order id printed on a page ("Order ID: 8180000000000001", "N.º de pedido", "Bestellnummer"…). */

const ORDER_ID =
  /(?:order\s*(?:id|no\.?|number|#)|n\.?º\s*de\s*pedido|número\s*de\s*pedido|id\s*del\s*pedido|numéro\s*de\s*commande|n°\s*de\s*commande|bestellnummer|bestell-nr\.?|número\s*do\s*pedido|numer\s*zamówienia|מספר\s*הזמנה|номер\s*заказа|sipariş\s*no)\s*[:#：]?\s*(\d{12,20})(?!\d)/iu;

export function orderIdFromText(text: string): string | null {
  return ORDER_ID.exec(text)?.[1] ?? null;
}

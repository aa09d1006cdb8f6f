/**
 * The AliExpress order id printed on a page, under every label the storefronts have used: "Order ID:"
 * (≤ 2025), "Ref. Number:" (live since 2026), Spanish "Nº de pedido:" / "N° de pedido:" (with a no-break
 * space before the id), "Numéro de commande", "Bestellnummer", Korean "주문 번호"…
 */

const ORDER_ID =
  /(?:order\s*(?:id|no\.?|number|#)|ref\.?\s*(?:number|no\.?)|n\.?\s*[º°o]\.?\s*d[eo]\s*pedido|número\s*d[eo]\s*pedido|id\s*del\s*pedido|numéro\s*de\s*commande|n\.?\s*[º°o]\.?\s*de\s*commande|bestellnummer|bestell-nr\.?|numer\s*zamówienia|מספר\s*הזמנה|номер\s*заказа|sipariş\s*(?:no|numarası)|numero\s*(?:d['’]\s*)?ordine|bestelnummer|주문\s*번호|注文番号|订单号)\s*[:#：]?\s*(\d{12,20})(?!\d)/iu;

export function orderIdFromText(text: string): string | null {
  return ORDER_ID.exec(text)?.[1] ?? null;
}

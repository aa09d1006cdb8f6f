/** es: customs charges, official payment and scam warning (see ../en/charges.ts). */
import type en from '../en/charges.ts';
import type { Translation } from '../types.ts';

export default {
  charges_title: 'Lo que podrías pagar',
  charges_prepaid: 'Los impuestos se pagaron al comprar: no deberías pagar nada más a la llegada.',
  charges_prepaid_ioss: 'AliExpress cobra el IVA de {country} al comprar en pedidos de hasta {limit} (IOSS de la UE).',
  charges_prepaid_uk_vat: 'AliExpress cobra el IVA británico al comprar en pedidos de hasta {limit}.',
  charges_prepaid_gst: 'AliExpress cobra el GST de {country} al comprar en productos de hasta {limit}.',
  charges_prepaid_voec: 'AliExpress cobra el IVA noruego al comprar (VOEC) en productos de menos de {limit} cada uno.',
  charges_prepaid_ch_platform: 'Desde 2025 AliExpress cobra el IVA suizo al comprar en todos los pedidos.',
  charges_prepaid_cl_iva: 'AliExpress cobra el IVA chileno al comprar en compras de hasta {limit}.',
  charges_prepaid_remessa_conforme:
    'Con Remessa Conforme, el impuesto de importación y el ICMS se cobran al comprar hasta {limit}.',
  charges_extra_flat_duty:
    'Arancel fijo de la UE de {fee} por tipo de artículo ({range}), normalmente también cobrado al comprar.',
  charges_extra_national_fee: 'Tasa nacional de gestión de {fee} ({range}), que pueden pedirte a la entrega.',
  charges_contest:
    'Si aun así te piden pagar, no pagues enseguida: compara el cobro con la línea de impuestos de tu pedido y reclama al transportista con la factura del pedido.',
  charges_double_ch:
    'Un cobro de IVA suizo por este paquete es muy probablemente un doble cobro (la etiqueta no lleva el número de IVA suizo de AliExpress): reclámalo a Swiss Post o al transportista con la factura.',
  charges_double_eu_ioss:
    'Si el transportista pide IVA, probablemente no se transmitió el número IOSS: muéstrale la factura con el IVA pagado, o paga y pide al soporte de AliExpress que te devuelva el segundo IVA.',
  charges_double_uk:
    'Si Royal Mail o un mensajero piden IVA por este pedido, es un segundo cobro: guarda la factura, reclámalo al transportista y pide el reembolso al soporte de AliExpress si pagaste.',
  charges_nothing_due:
    'Los pedidos de hasta {limit} no pagan impuestos de importación en {country}: este no debería pagar nada.',
  charges_estimate: 'Cargos estimados a la llegada: {range}.',
  charges_fee_unknown: 'Más la tasa de gestión del transportista, que no conocemos.',
  charges_cautious: 'Estimación aproximada: algunas cifras no están confirmadas o se convirtieron de otra moneda.',
  charges_line_vat: 'IVA/GST {rate}: {range}',
  charges_line_duty: 'Arancel {rate}, según el producto: {range}',
  charges_line_flat_rate: 'Tasa global de importación {rate}: {range}',
  charges_line_fee: 'Tasa de gestión del transportista ({fee}): {range}',
  charges_why: '¿De dónde salen estas cifras?',
  charges_source_line: '{source} — a fecha de {date}',
  charges_unconfirmed: 'sin confirmar',
  charges_unknown: 'No podemos estimar este pedido.',
  charges_unknown_no_country: 'La página no muestra el país de destino.',
  charges_unknown_no_rule: 'No tenemos reglas aduaneras fiables para {country}.',
  charges_unknown_no_total: 'La página no muestra el total del pedido.',
  charges_unknown_no_rate: 'No tenemos tipo de cambio para esta moneda.',
  charges_unknown_near_limit: 'El total está demasiado cerca del límite de {country} para decidirlo.',
  charges_unknown_per_item: 'El límite es por artículo y la página no muestra el precio de cada uno.',
  charges_unknown_excluded_goods:
    'Algunos artículos (suplementos, medicamentos, tabaco) nunca llevan el IVA cobrado al comprar.',
  charges_unknown_formal_entry: 'Un pedido tan grande pasa por una declaración aduanera formal.',
  charges_unknown_us_changing:
    'Las reglas de aranceles de EE. UU. cambiaron varias veces en 2025–2026; mira la línea de impuestos de tu pedido: a menudo ya están pagados.',
  charges_unknown_no_rates: 'No tenemos los tipos impositivos de {country}.',
  charges_unknown_over_duty_free:
    'Por encima de este valor se suman otros impuestos al IVA; pregunta el importe al transportista.',
  charges_pay_official: 'Paga solo en el sitio oficial: {carrier}',
  charges_pay_on_delivery: '{carrier} cobra los cargos a la entrega; no hay pago en línea.',
  charges_scam_title: 'Cuidado con los mensajes falsos de tasas de aduana',
  charges_scam_rule_no_link: 'La aduana y Correos nunca piden pagar mediante un enlace en un SMS.',
  charges_scam_rule_check_official:
    'Comprueba el importe en el sitio o la app oficial del transportista, escribiendo tú la dirección.',
  charges_scam_rule_no_small_fee: 'Una pequeña «tasa de liberación» redonda con plazo de horas es una estafa.',
  charges_scam_says_no_messages: '{carrier} dice que no envía correos ni mensajes pidiendo pagos de aduana.',
  charges_scam_says_no_direct_link: '{carrier} dice que nunca envía un enlace de pago directo.',
  charges_scam_says_no_phone: '{carrier} dice que nunca te llamará para pedirte un pago.',
  charges_scam_says_no_bank_codes:
    '{carrier} dice que nunca pide un código bancario de un solo uso ni vincular una cuenta.',
  charges_scam_says_no_unsolicited: '{carrier} dice que nunca te contacta sin más para pedirte un pago.',
  charges_scam_says_waybill_number: 'Las solicitudes de pago reales de {carrier} siempre muestran tu número de guía.',
  charges_popup_pay: 'Pagar la aduana: {carrier}',
} as const satisfies Translation<typeof en>;

/** es advice strings. */
import type en from '../en/advice.ts';
import type { Translation } from '../types.ts';

export default {
  advice_meaning_export_clearance:
    'El paquete está pasando la aduana de exportación en China. Es un trámite habitual y suele durar uno o dos días.',
  advice_meaning_import_received:
    'El paquete ha llegado a la aduana de tu país, que revisa la documentación antes de dejarlo entrar.',
  advice_meaning_inspection:
    'La aduana de tu país está revisando el paquete con más detalle. Es frecuente y suele terminar en una semana. La X roja junto a este estado no significa que algo haya ido mal.',
  advice_meaning_delay:
    'El despacho está tardando más de lo normal, casi siempre porque la aduana tiene mucho trabajo. El paquete no se ha perdido.',
  advice_meaning_action_required:
    'La aduana o la empresa de reparto necesita algo de ti antes de entregarlo: normalmente el pago de impuestos de importación y, a veces, un documento.',
  advice_meaning_released: 'La aduana ha dejado entrar el paquete. Va camino de la empresa de reparto local.',
  advice_meaning_returned:
    'La aduana ha rechazado, devuelto o retenido definitivamente el paquete. No te llegará, así que pide que te devuelvan el dinero.',
  advice_reason_vat_not_collected:
    'Tu pedido ({total}) supera los {limit}, el máximo sobre el que se puede cobrar el IVA al pagar. Por encima de esa cifra, el IVA de importación (y a menudo aranceles y una tasa de gestión) se cobra al llegar, así que la aduana retiene el paquete hasta que se paga.',
  advice_reason_vat_check:
    'Tu pedido ({total}) no llega a {limit}, así que lo más probable es que el IVA se pagara al comprar. Aun así, la aduana puede comprobar que el paquete coincide con lo declarado.',
  advice_reason_several_items:
    'El paquete contiene {count, plural, one {# artículo} other {# artículos}}. Los paquetes con varios artículos tardan más en cotejarse con la declaración.',
  advice_reason_counterfeit_check:
    'Tu pedido incluye artículos de {brand}. La aduana revisa a menudo estos paquetes por derechos de marca, lo que lleva más tiempo. No dice nada de tu pedido en sí.',
  advice_reason_peak_singles_day:
    'Es la temporada de más envíos del año (del 11.11 a mediados de enero): aduanas y transportistas tramitan muchos más paquetes de lo normal.',
  advice_reason_peak_black_friday:
    'Están llegando los pedidos del Black Friday y el Cyber Monday, así que las colas en aduana son más largas de lo normal.',
  advice_reason_peak_chinese_new_year:
    'Las vacaciones del Año Nuevo chino ralentizan los envíos y los trámites en China durante dos a cuatro semanas.',
  advice_reason_backlog_ca_holidays:
    'Canada Post y la aduana canadiense suelen acumular retrasos en las fiestas, así que es normal esperar una o dos semanas más.',
  advice_reason_duties_due:
    'Los paquetes a {country} de más de {limit} pagan impuestos de importación al llegar ({total} en este caso). La empresa de reparto suele pedirte el pago antes de entregarlo.',
  advice_reason_duties_due_us:
    'Estados Unidos ya no deja entrar sin aranceles los paquetes de poco valor: para productos de China y Hong Kong desde el 2 de mayo de 2025, para todos los países desde el 29 de agosto de 2025. Se pagan aranceles por cada paquete; si no se incluyeron al comprar, la empresa de reparto te pedirá que los pagues.',
  advice_reason_duties_every_parcel:
    'En {country} se pagan impuestos de importación sobre paquetes de cualquier valor. Si no se pagaron al comprar, la empresa de reparto te los pedirá.',
  advice_reason_prepaid_programme:
    'Los impuestos de los pedidos a Brasil (el impuesto federal de importación y el ICMS del estado) normalmente se pagan al comprar con {programme}. Si Correios pide un pago, compruébalo en “Minhas Importações” en la web de Correios antes de pagar.',
  advice_usual_days: 'Este paso suele durar entre {min} y {max, plural, one {# día} other {# días}}.',
  advice_usual_days_busy:
    'En esta época del año, este paso suele durar entre {min} y {max, plural, one {# día} other {# días}}.',
  advice_usual_days_none: 'No hay nada que esperar: el paquete no va a llegarte.',
  advice_step_wait:
    'Espera un poco más: la mayoría de los paquetes siguen su camino en {days, plural, one {# día} other {# días}} como mucho. Por ahora no tienes que hacer nada.',
  advice_step_wait_export: 'No tienes que hacer nada: la aduana de exportación en China es un trámite habitual.',
  advice_step_watch: 'Sigue este paquete: Customs Lens te avisará en cuanto salga de la aduana.',
  advice_step_watch_released: 'Sigue este paquete para saber cuándo lo tiene la empresa de reparto local.',
  advice_step_retrack:
    'Busca el número en 17TRACK, ParcelsApp o {carrier}: a menudo muestran movimientos que AliExpress no enseña.',
  advice_step_retrack_generic:
    'Busca el número en 17TRACK o ParcelsApp: a menudo muestran movimientos que AliExpress no enseña.',
  advice_step_pay_duties:
    'Paga los cargos de importación solo en la web oficial de la empresa de reparto o con el aviso que te haya enviado. Los SMS con enlaces de pago inesperados son una estafa habitual.',
  advice_step_contact_seller:
    'Pide ayuda al vendedor: puede reclamar a la empresa de logística y enviar la factura a la aduana si hace falta. Abajo tienes un mensaje listo para enviar.',
  advice_step_contact_seller_extend:
    'Pide al vendedor que amplíe tu protección al comprador (solo el vendedor puede hacerlo): termina en {days, plural, one {# día} other {# días}} y el paquete sigue en aduanas.',
  advice_step_open_dispute:
    'Abre una disputa antes de que termine tu protección al comprador, en {days, plural, one {# día} other {# días}}, y no confirmes la recepción antes de que llegue el paquete. AliExpress aún acepta una disputa por no recibido hasta {after, plural, one {# día} other {# días}} después de completarse el pedido, pero no cuentes con ese margen.',
  advice_step_open_dispute_returned: 'Abre una disputa para que te devuelvan el dinero: el paquete no va a llegarte.',
  advice_meaning_action_required_prepaid:
    'La empresa de reparto o la aduana te pide algo, normalmente un pago. Los impuestos de este pedido muy probablemente ya se pagaron al comprar, así que compruébalo antes de pagar nada.',
  advice_reason_vat_paid_platform:
    'Desde el 1 de enero de 2025 AliExpress cobra el IVA de {country} al comprar en todos los pedidos, y la mayoría de los productos no pagan arancel allí. Una factura de IVA a la llegada es muy probablemente un cobro doble, a menudo porque la etiqueta no lleva el número de IVA de la plataforma.',
  advice_reason_checkout_excluded:
    'Tu pedido incluye productos que el régimen de IVA al comprar de {country} nunca cubre (alimentos, suplementos, alcohol, tabaco, medicamentos): siempre pagan impuestos en la frontera, sea cual sea su valor.',
  advice_reason_flat_rate:
    'Los paquetes de China a {country} pagan una tasa de importación única del {rate} de su valor (hasta {limit}). Si no estaba incluida en tu pedido, la empresa de reparto te la pedirá antes de entregarlo.',
  advice_reason_eu_flat_duty:
    'Desde el 1 de julio de 2026 los paquetes de menos de {limit} pagan un arancel fijo de {amount} por tipo de artículo. El vendedor suele cobrarlo al comprar junto con el IVA; si no, el transportista puede pedírtelo.',
  advice_reason_handling_fee_line:
    '{country} añade su propia tasa de gestión a estos paquetes ({fee} por línea de artículo), que el transportista puede cobrarte a la entrega.',
  advice_reason_handling_fee_parcel:
    '{country} añade su propia tasa de gestión a estos paquetes ({fee} por paquete), que el transportista puede cobrarte a la entrega.',
  advice_step_contest_vat:
    'No pagues dos veces: compara la factura con el IVA de tu pedido de AliExpress y, si ya se cobró al comprar, reclama la factura a {carrier} enviándole los datos fiscales del pedido.',
} satisfies Translation<typeof en>;

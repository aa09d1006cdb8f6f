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
    'El paquete contiene {count} artículos. Los paquetes con varios artículos tardan más en cotejarse con la declaración.',
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
    'Desde el 29 de agosto de 2025, Estados Unidos cobra aranceles a todos los paquetes importados, sea cual sea su valor. Si no se incluyeron al pagar, la empresa de reparto te pedirá que los pagues.',
  advice_reason_duties_every_parcel:
    'En {country} se pagan impuestos de importación sobre paquetes de cualquier valor. Si no se pagaron al comprar, la empresa de reparto te los pedirá.',
  advice_reason_prepaid_programme:
    'Los impuestos de los pedidos a Brasil normalmente se pagan al comprar gracias a {programme}. Si Correios te pide un pago, compruébalo en «Minhas Importações» de la web de Correios antes de pagar.',
  advice_usual_days: 'Este paso suele durar entre {min} y {max} días.',
  advice_usual_days_busy: 'En esta época del año, este paso suele durar entre {min} y {max} días.',
  advice_usual_days_none: 'No hay nada que esperar: el paquete no va a llegarte.',
  advice_step_wait:
    'Espera un poco más: la mayoría de los paquetes siguen su camino en {days} días como mucho. Por ahora no tienes que hacer nada.',
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
    'Pide al vendedor que amplíe tu protección al comprador: termina en {days} días y el paquete sigue en la aduana.',
  advice_step_open_dispute:
    'Abre una disputa antes de que termine tu protección al comprador dentro de {days} días, para poder recuperar el dinero si el paquete no llega.',
  advice_step_open_dispute_returned: 'Abre una disputa para que te devuelvan el dinero: el paquete no va a llegarte.',
} satisfies Translation<typeof en>;

/** es popup strings. */
import type en from '../en/popup.ts';
import type { Translation } from '../types.ts';

export default {
  popup_title: 'Paquetes vigilados',
  popup_list_label: 'Paquetes vigilados, los más urgentes primero',
  popup_loading: 'Cargando…',
  popup_empty_title: 'Aún no vigilas ningún paquete',
  popup_empty_body:
    'Abre la página de seguimiento de un pedido de AliExpress. Si el paquete está en aduanas, Customs Lens te explica por qué, y «Vigilar este paquete» te avisa en cuanto salga.',
  popup_empty_step_open: 'Abre la página de seguimiento de un pedido en AliExpress.',
  popup_empty_step_watch: 'Pulsa «Vigilar este paquete» en el panel de Customs Lens.',
  popup_empty_step_wait: 'Recibe un aviso en cuanto salga de aduanas.',
  popup_empty_or_add: 'O añade un número de seguimiento a mano:',
  popup_open_options: 'Ajustes',
  popup_check_all: 'Comprobar todo',
  popup_check_now: 'Comprobar ahora',
  popup_check_now_label: 'Comprobar {number} ahora',
  popup_checking: 'Comprobando…',
  popup_check_done: 'Comprobación terminada. Paquetes comprobados: {count}.',
  popup_check_done_errors: 'Comprobación terminada con problemas. Paquetes comprobados: {count}. {errors}',
  popup_check_failed: 'No se pudo comprobar: {error}',
  popup_open_tracking: 'Seguimiento',
  popup_open_tracking_label: 'Abrir el seguimiento de {number} en una pestaña nueva',
  popup_retrack: 'Seguir en otro sitio',
  popup_retrack_label: '{retrack}: {number}',
  popup_stop: 'Dejar de vigilar',
  popup_stop_label: 'Dejar de vigilar {number}',
  popup_stopped: 'Has dejado de vigilar {name}.',
  popup_undo: 'Deshacer',
  popup_restored: 'Vuelves a vigilar {name}.',
  popup_dismiss: 'Cerrar',
  popup_days_at_customs: '{days} en aduanas',
  popup_stage_waiting: 'Esperando la primera comprobación',
  popup_no_events: 'Aún no hay eventos de seguimiento.',
  popup_last_checked: 'Comprobado {when} con {tracker}',
  popup_not_checked: 'Aún sin comprobar',
  popup_tracker_error: '{tracker} falló: {error}',
  popup_tracker_retry: 'Próximo intento {when}.',
  popup_add_open: 'Añadir un número de seguimiento',
  popup_add_heading: 'Vigilar un paquete por su número de seguimiento',
  popup_add_label: 'Número de seguimiento',
  popup_add_placeholder: 'p. ej. LP00123456789012',
  popup_add_title_label: '¿Qué es? (opcional)',
  popup_add_title_placeholder: 'p. ej. Zapatillas de correr',
  popup_add_submit: 'Vigilar',
  popup_add_anyway: 'Vigilar de todos modos',
  popup_add_cancel: 'Cancelar',
  popup_add_empty: 'Escribe o pega el número de seguimiento del pedido.',
  popup_add_invalid:
    'Esto no es un número de seguimiento: usa las letras y cifras del pedido (de 8 a 30 caracteres, sin otros símbolos).',
  popup_add_unknown:
    'Customs Lens no reconoce este formato. Compruébalo con el pedido; puedes vigilarlo igualmente, pero quizá los rastreadores no lo conozcan.',
  popup_add_check_digit:
    'La última cifra de este número postal no cuadra con las demás: revisa si hay una errata. Puedes vigilarlo igualmente.',
  popup_add_recognised: 'Formato reconocido: {kind}.',
  popup_add_exists: '{number} ya está vigilado.',
  popup_add_done: 'Vigilando {number}.',
  popup_add_failed: 'No se pudo añadir el paquete: {error}',
  popup_notice_store:
    'Customs Lens encontró datos guardados que no podía leer. Guardó una copia aparte (no se borró nada) y empezó de cero.',
  popup_notice_parcels:
    'Algunos paquetes vigilados no se podían leer. Se guardaron aparte, no se borraron; los demás están bien.',
  popup_notice_dismiss: 'Entendido',
  popup_error_not_ready:
    'Esta parte de Customs Lens aún no está lista. Inténtalo de nuevo tras la próxima actualización.',
  popup_error_no_answer: 'El segundo plano de la extensión no respondió. Cierra y vuelve a abrir esta ventana.',
} satisfies Translation<typeof en>;

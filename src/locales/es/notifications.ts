/** es notifications strings. */
import type en from '../en/notifications.ts';
import type { Translation } from '../types.ts';

export default {
  notifications_title_left_customs: 'Salió de aduanas: {parcel}',
  notifications_title_action_required: 'La aduana te necesita: {parcel}',
  notifications_title_returned: 'Devuelto o retenido por la aduana: {parcel}',
  notifications_title_delivered: 'Entregado: {parcel}',
  notifications_body: '{event}',
  notifications_body_where: '{event} — {place}',
  notifications_summary_title: 'Novedades de {count, plural, one {# paquete vigilado} other {# paquetes vigilados}}',
  notifications_summary_more: '…y {count} más',
  notifications_storage_full:
    'Customs Lens no tiene más espacio en el almacenamiento del navegador. Deja de vigilar los paquetes que ya no necesites o borra datos antiguos en los ajustes. No se ha perdido nada de lo guardado.',
  notifications_parcel_order: 'pedido {orderId}',
  notifications_button_open: 'Abrir seguimiento',
  notifications_button_stop: 'Dejar de seguir',
  notifications_check_too_soon:
    'Se comprobó hace un momento. Vuelve a intentarlo en {seconds, plural, one {# segundo} other {# segundos}}.',
  notifications_offline: 'Estás sin conexión. Customs Lens volverá a comprobar cuando vuelva la red.',
  notifications_tracker_paused:
    '{tracker} está en pausa hasta las {time}: pidió a Customs Lens que preguntara con menos frecuencia.',
  notifications_check_busy: 'Ya hay una comprobación en curso.',
  notifications_error_network: 'No se pudo contactar con {tracker}. Customs Lens lo intentará más tarde.',
  notifications_error_http: '{tracker} respondió con un error. Customs Lens lo intentará más tarde.',
  notifications_error_rate_limited:
    '{tracker} pidió ir más despacio. Customs Lens esperará antes de volver a preguntar.',
  notifications_error_quota: 'Se agotó tu cuota de {tracker}. Las comprobaciones se reanudarán cuando se renueve.',
  notifications_error_auth: '{tracker} no aceptó tu clave de API. Revísala en los ajustes.',
  notifications_error_malformed: '{tracker} envió una respuesta que Customs Lens no pudo leer. Lo intentará más tarde.',
  notifications_error_refused: '{tracker} rechazó la solicitud. Customs Lens lo intentará más tarde.',
  notifications_error_no_key: 'Primero introduce tu clave de API de {tracker} en los ajustes.',
  notifications_key_ok: '{tracker} aceptó la clave.',
  notifications_tracker_needs_access:
    'No se consultó {tracker}: necesita tu permiso. Vuelve a activarlo en los ajustes.',
} satisfies Translation<typeof en>;

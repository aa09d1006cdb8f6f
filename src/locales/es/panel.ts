/** es panel strings (keys as in ../en/panel.ts). */
import type en from '../en/panel.ts';
import type { Translation } from '../types.ts';

export default {
  panel_label: 'Customs Lens: qué significa este estado de aduanas',
  panel_days_at_customs: '{days, plural, one {# día} other {# días}} en aduanas',
  panel_day_at_customs: '1 día en aduanas',
  panel_today_at_customs: 'En aduanas desde hoy',
  panel_usual_days: 'lo habitual: {min}–{max, plural, one {# día} other {# días}}',
  panel_overdue: 'más de lo habitual',
  panel_expand: 'Ver detalles',
  panel_collapse: 'Ocultar detalles',
  panel_dismiss: 'Ocultar el panel de Customs Lens para este pedido',
  panel_restore: 'Mostrar',
  panel_dismissed: 'Customs Lens: {stage}',
  panel_latest_status: 'Último estado en esta página',
  panel_reasons_title: 'Por qué puede estar pasando con este pedido',
  panel_steps_title: 'Qué hacer ahora',
  panel_likely: 'probable',
  panel_possible: 'posible',
  panel_retrack_title: 'Seguirlo en otro sitio',
  panel_retrack_link: 'Seguir en {name} (se abre en una pestaña nueva)',
  panel_local_post: 'Correo local',
  panel_copy_message: 'Copiar un mensaje para el vendedor',
  panel_copied: 'Copiado',
  panel_copy_failed: 'No se pudo copiar: selecciona el texto de abajo',
  panel_open_chat: 'Abrir el chat con el vendedor',
  panel_watch: 'Vigilar este paquete',
  panel_watching: 'Vigilando',
  panel_watch_hint: 'Customs Lens revisa el paquete en segundo plano y te avisa cuando salga de aduanas.',
  panel_watch_failed: 'No se pudo contactar con Customs Lens. Recarga la página e inténtalo de nuevo.',
  panel_protection_days: 'Protección al comprador: {days, plural, one {queda # día} other {quedan # días}}',
  panel_protection_soon:
    'La protección al comprador termina en {days, plural, one {# día} other {# días}}: si el paquete sigue retenido, abre una disputa antes de que se acabe.',
  panel_badge_tooltip: '{stage}: abre la página de seguimiento para ver la explicación',
  panel_badge_label: 'Customs Lens: {stage}. Abrir la página de seguimiento de este pedido',
  panel_unread_title: 'Customs Lens no pudo leer esta página',
  panel_unread_hint:
    'No encontró aquí el historial de seguimiento. Para informarlo, copia una descripción de la estructura de la página (solo nombres de clases y recuentos: sin textos, ni datos del pedido ni personales) y pégala en tu informe.',
  panel_unread_copy: 'Copiar descripción de la página',
  panel_unread_copy_failed: 'No se pudo copiar. Inténtalo de nuevo.',
  panel_unread_close: 'Ocultar esta nota',
} satisfies Translation<typeof en>;

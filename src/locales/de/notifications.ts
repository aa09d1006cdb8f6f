/** de notifications strings. */
import type en from '../en/notifications.ts';
import type { Translation } from '../types.ts';

export default {
  notifications_title_left_customs: 'Zoll verlassen: {parcel}',
  notifications_title_action_required: 'Der Zoll braucht dich: {parcel}',
  notifications_title_returned: 'Vom Zoll zurückgeschickt oder beschlagnahmt: {parcel}',
  notifications_title_delivered: 'Zugestellt: {parcel}',
  notifications_body: '{event}',
  notifications_body_where: '{event} — {place}',
  notifications_summary_title:
    'Neuigkeiten zu {count, plural, one {# beobachteten Sendung} other {# beobachteten Sendungen}}',
  notifications_summary_more: '…und {count} weitere',
  notifications_storage_full:
    'Customs Lens hat keinen Platz mehr im Speicher des Browsers. Beobachte keine Sendungen mehr, die du nicht mehr brauchst, oder lösche alte Daten in den Einstellungen. Nichts Gespeichertes ging verloren.',
  notifications_parcel_order: 'Bestellung {orderId}',
  notifications_button_open: 'Sendungsverfolgung öffnen',
  notifications_button_stop: 'Nicht mehr beobachten',
  notifications_check_too_soon:
    'Gerade erst geprüft. Versuche es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.',
  notifications_offline: 'Sie sind offline. Customs Lens prüft erneut, sobald das Netz wieder da ist.',
  notifications_tracker_paused:
    '{tracker} pausiert bis {time}: der Dienst hat Customs Lens gebeten, langsamer zu fragen.',
  notifications_check_busy: 'Es läuft bereits eine Prüfung.',
  notifications_error_network: '{tracker} ist nicht erreichbar. Customs Lens versucht es später erneut.',
  notifications_error_http: '{tracker} hat mit einem Fehler geantwortet. Customs Lens versucht es später erneut.',
  notifications_error_rate_limited: '{tracker} bittet um weniger Anfragen. Customs Lens wartet, bevor es erneut fragt.',
  notifications_error_quota:
    'Dein {tracker}-Kontingent ist aufgebraucht. Prüfungen laufen weiter, sobald es sich erneuert.',
  notifications_error_auth: '{tracker} hat deinen API-Schlüssel nicht akzeptiert. Prüfe ihn in den Einstellungen.',
  notifications_error_malformed:
    '{tracker} hat eine Antwort geschickt, die Customs Lens nicht lesen konnte. Später neuer Versuch.',
  notifications_error_refused: '{tracker} hat die Anfrage abgelehnt. Customs Lens versucht es später erneut.',
  notifications_error_no_key: 'Gib zuerst deinen {tracker}-API-Schlüssel in den Einstellungen ein.',
  notifications_key_ok: '{tracker} hat den Schlüssel akzeptiert.',
  notifications_tracker_needs_access:
    '{tracker} wurde nicht gefragt: Es braucht deine Erlaubnis. Schalte es in den Einstellungen erneut ein.',
} satisfies Translation<typeof en>;

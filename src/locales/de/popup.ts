/** de popup strings. */
import type en from '../en/popup.ts';
import type { Translation } from '../types.ts';

export default {
  popup_title: 'Beobachtete Sendungen',
  popup_list_label: 'Beobachtete Sendungen, dringendste zuerst',
  popup_loading: 'Wird geladen…',
  popup_empty_title: 'Noch keine Sendung beobachtet',
  popup_empty_step_open: 'Öffne die Sendungsverfolgung einer Bestellung auf AliExpress.',
  popup_empty_step_watch: 'Klicke im Customs-Lens-Feld auf „Dieses Paket beobachten“.',
  popup_empty_step_wait: 'Erhalte eine Benachrichtigung, sobald es den Zoll verlässt.',
  popup_empty_or_add: 'Oder füge eine Sendungsnummer von Hand hinzu',
  popup_open_options: 'Einstellungen',
  popup_check_all: 'Alle prüfen',
  popup_check_now: 'Jetzt prüfen',
  popup_check_now_label: '{number} jetzt prüfen',
  popup_checking: 'Wird geprüft…',
  popup_check_done: 'Prüfung beendet. Geprüfte Sendungen: {count}.',
  popup_check_done_errors: 'Prüfung mit Problemen beendet. Geprüfte Sendungen: {count}. {errors}',
  popup_check_failed: 'Prüfen nicht möglich: {error}',
  popup_open_tracking: 'Sendungsverfolgung',
  popup_open_tracking_label: 'Sendungsverfolgung von {number} in neuem Tab öffnen',
  popup_retrack: 'Woanders verfolgen',
  popup_retrack_label: '{retrack}: {number}',
  popup_stop: 'Nicht mehr beobachten',
  popup_stop_label: '{number} nicht mehr beobachten',
  popup_stopped: '{name} wird nicht mehr beobachtet.',
  popup_undo: 'Rückgängig',
  popup_restored: '{name} wird wieder beobachtet.',
  popup_dismiss: 'Schließen',
  popup_days_at_customs: '{days} beim Zoll',
  popup_stage_left: 'Hat den Zoll verlassen',
  popup_stage_waiting: 'Wartet auf die erste Prüfung',
  popup_no_events: 'Noch keine Sendungsereignisse.',
  popup_last_checked: 'Geprüft {when} über {tracker}',
  popup_not_checked: 'Noch nicht geprüft',
  popup_tracker_error: '{tracker} fehlgeschlagen: {error}',
  popup_tracker_retry: 'Nächster Versuch {when}.',
  popup_add_open: 'Sendungsnummer hinzufügen',
  popup_add_heading: 'Eine Sendung über ihre Sendungsnummer beobachten',
  popup_add_label: 'Sendungsnummer',
  popup_add_placeholder: 'z. B. LP00123456789012',
  popup_add_title_label: 'Was ist es? (optional)',
  popup_add_title_placeholder: 'z. B. Laufschuhe',
  popup_add_submit: 'Beobachten',
  popup_add_anyway: 'Trotzdem beobachten',
  popup_add_cancel: 'Abbrechen',
  popup_add_empty: 'Gib die Sendungsnummer aus der Bestellung ein oder füge sie ein.',
  popup_add_invalid:
    'Das ist keine Sendungsnummer: Verwende die Buchstaben und Ziffern aus der Bestellung (8 bis 30 Zeichen, keine anderen Zeichen).',
  popup_add_unknown:
    'Customs Lens kennt dieses Format nicht. Vergleiche es mit der Bestellung; du kannst es trotzdem beobachten, aber Tracker kennen es vielleicht nicht.',
  popup_add_check_digit:
    'Die letzte Ziffer dieser Postnummer passt nicht zu den anderen: Prüfe auf Tippfehler. Du kannst sie trotzdem beobachten.',
  popup_add_recognised: 'Erkanntes Format: {kind}.',
  popup_add_exists: '{number} wird bereits beobachtet.',
  popup_add_done: '{number} wird jetzt beobachtet.',
  popup_add_failed: 'Die Sendung konnte nicht hinzugefügt werden: {error}',
  popup_notice_store:
    'Customs Lens hat gespeicherte Daten gefunden, die es nicht lesen konnte. Eine Kopie wurde beiseitegelegt (nichts wurde gelöscht) und neu begonnen.',
  popup_notice_parcels:
    'Einige beobachtete Sendungen konnten nicht gelesen werden. Sie wurden beiseitegelegt, nicht gelöscht; die anderen sind in Ordnung.',
  popup_notice_dismiss: 'Verstanden',
  popup_error_not_ready:
    'Dieser Teil von Customs Lens ist noch nicht fertig. Versuche es nach dem nächsten Update erneut.',
  popup_error_no_answer:
    'Der Hintergrund der Erweiterung hat nicht geantwortet. Schließe dieses Fenster und öffne es erneut.',
} satisfies Translation<typeof en>;

/** de panel strings (keys as in ../en/panel.ts). */
import type en from '../en/panel.ts';
import type { Translation } from '../types.ts';

export default {
  panel_label: 'Customs Lens: was dieser Zollstatus bedeutet',
  panel_days_at_customs: '{days, plural, one {# Tag} other {# Tage}} beim Zoll',
  panel_day_at_customs: '1 Tag beim Zoll',
  panel_today_at_customs: 'Seit heute beim Zoll',
  panel_usual_days: 'üblich: {min}–{max, plural, one {# Tag} other {# Tage}}',
  panel_overdue: 'länger als üblich',
  panel_expand: 'Details anzeigen',
  panel_collapse: 'Details ausblenden',
  panel_dismiss: 'Customs-Lens-Feld für diese Bestellung ausblenden',
  panel_restore: 'Anzeigen',
  panel_dismissed: 'Customs Lens: {stage}',
  panel_latest_status: 'Letzter Status auf dieser Seite',
  panel_reasons_title: 'Warum es bei dieser Bestellung passieren kann',
  panel_steps_title: 'Was jetzt zu tun ist',
  panel_likely: 'wahrscheinlich',
  panel_possible: 'möglich',
  panel_retrack_title: 'Woanders verfolgen',
  panel_retrack_link: 'Bei {name} verfolgen (neuer Tab)',
  panel_local_post: 'Lokale Post',
  panel_copy_message: 'Nachricht an den Verkäufer kopieren',
  panel_copied: 'Kopiert',
  panel_copy_failed: 'Kopieren fehlgeschlagen: Text unten markieren',
  panel_open_chat: 'Chat mit dem Verkäufer öffnen',
  panel_watch: 'Dieses Paket beobachten',
  panel_watching: 'Wird beobachtet',
  panel_watch_hint: 'Customs Lens prüft das Paket im Hintergrund und meldet sich, sobald es den Zoll verlässt.',
  panel_watch_failed: 'Customs Lens ist nicht erreichbar. Seite neu laden und erneut versuchen.',
  panel_protection_days: 'Käuferschutz: noch {days, plural, one {# Tag} other {# Tage}}',
  panel_protection_soon:
    'Der Käuferschutz endet in {days, plural, one {# Tag} other {# Tagen}}: Hängt das Paket noch fest, eröffne vorher einen Streitfall.',
  panel_badge_tooltip: '{stage} – Sendungsverfolgung mit Erklärung öffnen',
  panel_badge_label: 'Customs Lens: {stage}. Sendungsverfolgung dieser Bestellung öffnen',
  panel_unread_title: 'Customs Lens konnte diese Seite nicht lesen',
  panel_unread_hint:
    'Hier wurde kein Sendungsverlauf gefunden. Um das zu melden, kopiere eine Beschreibung des Seitenaufbaus (nur Klassennamen und Anzahlen: kein Text, keine Bestell- oder persönlichen Daten) und füge sie in deine Meldung ein.',
  panel_unread_copy: 'Seitenbeschreibung kopieren',
  panel_unread_copy_failed: 'Kopieren fehlgeschlagen. Bitte erneut versuchen.',
  panel_unread_close: 'Diesen Hinweis ausblenden',
} satisfies Translation<typeof en>;

/** pl notifications strings. */
import type en from '../en/notifications.ts';
import type { Translation } from '../types.ts';

export default {
  notifications_title_left_customs: 'Opuściła urząd celny: {parcel}',
  notifications_title_action_required: 'Urząd celny czeka na Ciebie: {parcel}',
  notifications_title_returned: 'Zwrócona lub zatrzymana przez urząd celny: {parcel}',
  notifications_title_delivered: 'Doręczona: {parcel}',
  notifications_body: '{event}',
  notifications_body_where: '{event} — {place}',
  notifications_summary_title:
    'Nowe informacje o {count, plural, one {# obserwowanej przesyłce} few {# obserwowanych przesyłkach} many {# obserwowanych przesyłkach} other {# obserwowanej przesyłki}}',
  notifications_summary_more: '…i jeszcze {count}',
  notifications_storage_full:
    'Customs Lens nie ma już miejsca w pamięci przeglądarki. Przestań obserwować niepotrzebne przesyłki albo usuń stare dane w ustawieniach. Nic z zapisanych danych nie zginęło.',
  notifications_parcel_order: 'zamówienie {orderId}',
  notifications_button_open: 'Otwórz śledzenie',
  notifications_button_stop: 'Przestań obserwować',
  notifications_check_too_soon:
    'Sprawdzono przed chwilą. Spróbuj ponownie za {seconds, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}.',
  notifications_offline: 'Jesteś offline. Customs Lens sprawdzi ponownie, gdy sieć wróci.',
  notifications_tracker_paused:
    '{tracker} jest wstrzymany do {time}: usługa poprosiła Customs Lens o rzadsze zapytania.',
  notifications_check_busy: 'Sprawdzanie już trwa.',
  notifications_error_network: 'Brak połączenia z {tracker}. Customs Lens spróbuje ponownie później.',
  notifications_error_http: '{tracker} odpowiedział błędem. Customs Lens spróbuje ponownie później.',
  notifications_error_rate_limited:
    '{tracker} prosi o wolniejsze tempo. Customs Lens odczeka przed kolejnym zapytaniem.',
  notifications_error_quota: 'Limit {tracker} został wyczerpany. Sprawdzanie wznowi się po jego odnowieniu.',
  notifications_error_auth: '{tracker} nie przyjął Twojego klucza API. Sprawdź go w ustawieniach.',
  notifications_error_malformed:
    '{tracker} przysłał odpowiedź, której Customs Lens nie umie odczytać. Ponowi próbę później.',
  notifications_error_refused: '{tracker} odrzucił zapytanie. Customs Lens spróbuje ponownie później.',
  notifications_error_no_key: 'Najpierw wpisz klucz API {tracker} w ustawieniach.',
  notifications_key_ok: '{tracker} przyjął klucz.',
  notifications_tracker_needs_access:
    'Nie zapytano {tracker}: potrzebna jest Twoja zgoda. Włącz go ponownie w ustawieniach.',
} satisfies Translation<typeof en>;

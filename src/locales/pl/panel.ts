/** pl panel strings (keys as in ../en/panel.ts). */
import type en from '../en/panel.ts';
import type { Translation } from '../types.ts';

export default {
  panel_label: 'Customs Lens: co oznacza ten status celny',
  panel_days_at_customs: '{days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} w urzędzie celnym',
  panel_day_at_customs: '1 dzień w urzędzie celnym',
  panel_today_at_customs: 'W urzędzie celnym od dziś',
  panel_usual_days: 'zwykle {min}–{max, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}',
  panel_overdue: 'dłużej niż zwykle',
  panel_expand: 'Pokaż szczegóły',
  panel_collapse: 'Ukryj szczegóły',
  panel_dismiss: 'Ukryj panel Customs Lens dla tego zamówienia',
  panel_restore: 'Pokaż',
  panel_dismissed: 'Customs Lens: {stage}',
  panel_latest_status: 'Ostatni status na tej stronie',
  panel_latest_from: 'Nowszy niż na tej stronie, według {tracker}',
  panel_reasons_title: 'Dlaczego może się to dziać z tym zamówieniem',
  panel_steps_title: 'Co zrobić teraz',
  panel_likely: 'prawdopodobne',
  panel_possible: 'możliwe',
  panel_retrack_title: 'Śledź gdzie indziej',
  panel_retrack_link: 'Śledź w {name} (nowa karta)',
  panel_local_post: 'Poczta lokalna',
  panel_copy_message: 'Kopiuj wiadomość do sprzedawcy',
  panel_copied: 'Skopiowano',
  panel_copy_failed: 'Nie udało się skopiować: zaznacz tekst poniżej',
  panel_open_chat: 'Otwórz czat ze sprzedawcą',
  panel_watch: 'Obserwuj tę paczkę',
  panel_watching: 'Obserwowana',
  panel_watch_hint: 'Customs Lens sprawdza paczkę w tle i powiadomi Cię, gdy opuści urząd celny.',
  panel_watch_failed: 'Brak połączenia z Customs Lens. Odśwież stronę i spróbuj ponownie.',
  panel_protection_days:
    'Ochrona kupującego: {days, plural, one {został # dzień} few {zostały # dni} many {zostało # dni} other {zostało # dnia}}',
  panel_protection_soon:
    'Ochrona kupującego kończy się za {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}: jeśli paczka nadal stoi, otwórz spór przed końcem.',
  panel_badge_tooltip: '{stage} — otwórz stronę śledzenia z wyjaśnieniem',
  panel_badge_label: 'Customs Lens: {stage}. Otwórz stronę śledzenia tego zamówienia',
  panel_unread_title: 'Customs Lens nie mógł odczytać tej strony',
  panel_unread_hint:
    'Nie znaleziono tu historii śledzenia. Aby to zgłosić, skopiuj opis układu strony (tylko nazwy klas i liczby: bez tekstu, danych zamówienia ani danych osobowych) i wklej go do zgłoszenia.',
  panel_unread_copy: 'Kopiuj opis strony',
  panel_unread_copy_failed: 'Nie udało się skopiować. Spróbuj ponownie.',
  panel_unread_close: 'Ukryj tę notatkę',
} satisfies Translation<typeof en>;

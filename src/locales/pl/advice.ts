/** pl advice strings. */
import type en from '../en/advice.ts';
import type { Translation } from '../types.ts';

export default {
  advice_meaning_export_clearance:
    'Paczka przechodzi odprawę wywozową w Chinach. To rutyna, która zwykle trwa dzień lub dwa.',
  advice_meaning_import_received:
    'Paczka dotarła do urzędu celnego w Twoim kraju, który sprawdza dokumenty, zanim ją wpuści.',
  advice_meaning_inspection:
    'Urząd celny w Twoim kraju dokładniej sprawdza paczkę. To częste i zwykle kończy się w ciągu tygodnia. Czerwony X przy tym statusie nie oznacza, że coś poszło źle.',
  advice_meaning_delay:
    'Odprawa trwa dłużej niż zwykle, najczęściej dlatego, że urząd celny ma dużo pracy. Paczka nie zaginęła.',
  advice_meaning_action_required:
    'Urząd celny lub firma doręczająca czegoś od Ciebie potrzebuje przed doręczeniem: zwykle opłaty podatków importowych, czasem dokumentu.',
  advice_meaning_released: 'Urząd celny wpuścił paczkę. Jest w drodze do lokalnego przewoźnika.',
  advice_meaning_returned:
    'Urząd celny odrzucił, zwrócił lub zajął paczkę. Nie dotrze do Ciebie, więc poproś o zwrot pieniędzy.',
  advice_reason_vat_not_collected:
    'Twoje zamówienie ({total}) przekracza {limit}, czyli najwyższą kwotę, od której VAT można pobrać przy zakupie. Powyżej niej VAT importowy (a często też cło i opłata manipulacyjna) jest pobierany po przybyciu, więc urząd celny zatrzymuje paczkę do czasu zapłaty.',
  advice_reason_vat_check:
    'Twoje zamówienie ({total}) nie przekracza {limit}, więc VAT najpewniej zapłacono przy zakupie. Urząd celny może jednak sprawdzić, czy paczka zgadza się ze zgłoszeniem.',
  advice_reason_several_items:
    'W paczce {count, plural, one {jest # produkt} few {są # produkty} many {jest # produktów} other {jest # produktu}}. Paczki z wieloma produktami dłużej porównuje się ze zgłoszeniem celnym.',
  advice_reason_counterfeit_check:
    'Zamówienie zawiera produkty marki {brand}. Urząd celny rutynowo sprawdza takie paczki pod kątem praw do znaków towarowych, co wymaga czasu. Nie mówi to nic o samym zamówieniu.',
  advice_reason_peak_singles_day:
    'To najbardziej zatłoczony okres w roku (od 11.11 do połowy stycznia): urzędy celne i przewoźnicy obsługują znacznie więcej paczek niż zwykle.',
  advice_reason_peak_black_friday:
    'Docierają zamówienia z Black Friday i Cyber Monday, więc kolejki w urzędzie celnym są dłuższe niż zwykle.',
  advice_reason_peak_chinese_new_year:
    'Święta Chińskiego Nowego Roku spowalniają wysyłki i formalności po stronie chińskiej na dwa do czterech tygodni.',
  advice_reason_backlog_ca_holidays:
    'Canada Post i kanadyjski urząd celny zwykle mają zaległości w okresie świątecznym, więc tydzień lub dwa dłużej to nic nadzwyczajnego.',
  advice_reason_duties_due:
    'Od paczek do kraju {country} o wartości powyżej {limit} pobiera się podatki importowe po przybyciu (tutaj {total}). Firma doręczająca zwykle prosi o zapłatę przed doręczeniem.',
  advice_reason_duties_due_us:
    'Stany Zjednoczone nie wpuszczają już tanich paczek bez cła: towarów z Chin i Hongkongu od 2 maja 2025 r., z pozostałych krajów od 29 sierpnia 2025 r. Cło należy się od każdej paczki; jeśli nie zostało doliczone przy zakupie, firma kurierska poprosi cię o zapłatę.',
  advice_reason_duties_every_parcel:
    'W kraju {country} podatki importowe obowiązują paczki o dowolnej wartości. Jeśli nie zapłacono ich przy zakupie, firma doręczająca poprosi Cię o nie.',
  advice_reason_prepaid_programme:
    'Podatki od zamówień do Brazylii (federalny podatek importowy i stanowy ICMS) zwykle płaci się przy zakupie w ramach {programme}. Jeśli Correios prosi o zapłatę, sprawdź ją w „Minhas Importações” na stronie Correios, zanim zapłacisz.',
  advice_usual_days:
    'Ten etap trwa zwykle od {min} do {max, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}.',
  advice_usual_days_busy:
    'O tej porze roku ten etap trwa zwykle od {min} do {max, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}.',
  advice_usual_days_none: 'Nie ma na co czekać: paczka do Ciebie nie dotrze.',
  advice_step_wait:
    'Poczekaj jeszcze trochę: większość paczek rusza dalej w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}. Na razie nie musisz nic robić.',
  advice_step_wait_export: 'Nie musisz nic robić: odprawa wywozowa w Chinach to rutyna.',
  advice_step_watch: 'Obserwuj tę paczkę: Customs Lens da znać, gdy tylko opuści urząd celny.',
  advice_step_watch_released: 'Obserwuj tę paczkę, aby wiedzieć, kiedy odbierze ją lokalny przewoźnik.',
  advice_step_retrack:
    'Sprawdź numer w 17TRACK, ParcelsApp lub u przewoźnika {carrier}: często pokazują etapy, których nie widać w AliExpress.',
  advice_step_retrack_generic:
    'Sprawdź numer w 17TRACK lub ParcelsApp: często pokazują etapy, których nie widać w AliExpress.',
  advice_step_pay_duties:
    'Opłaty importowe płać tylko na oficjalnej stronie firmy doręczającej lub przez wysłane przez nią powiadomienie. SMS-y z nieoczekiwanymi linkami do płatności to częste oszustwo.',
  advice_step_contact_seller:
    'Poproś sprzedawcę o pomoc: może ponaglić firmę logistyczną i w razie potrzeby wysłać fakturę do urzędu celnego. Gotowa wiadomość jest poniżej.',
  advice_step_contact_seller_extend:
    'Poproś sprzedawcę o przedłużenie ochrony kupującego (tylko sprzedawca może to zrobić): kończy się za {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}, a paczka jest wciąż w urzędzie celnym.',
  advice_step_open_dispute:
    'Otwórz spór, zanim ochrona kupującego skończy się za {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}, i nie potwierdzaj odbioru przed dotarciem paczki. AliExpress przyjmuje spór o nieotrzymaną paczkę jeszcze do {after, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} po zakończeniu zamówienia, ale nie licz na ten zapas.',
  advice_step_open_dispute_returned: 'Otwórz spór, aby odzyskać pieniądze: paczka do Ciebie nie dotrze.',
  advice_meaning_action_required_prepaid:
    'Firma kurierska lub urząd celny czegoś od ciebie chce, zwykle zapłaty. Podatki od tego zamówienia najpewniej zostały już opłacone przy zakupie, więc sprawdź to, zanim cokolwiek zapłacisz.',
  advice_reason_vat_paid_platform:
    'Od 1 stycznia 2025 r. AliExpress pobiera VAT kraju {country} przy zakupie w każdym zamówieniu, a większość towarów nie podlega tam cłu. Rachunek za VAT przy odbiorze to najpewniej podwójne obciążenie, często dlatego, że na etykiecie brakuje numeru VAT platformy.',
  advice_reason_checkout_excluded:
    'Twoje zamówienie zawiera towary, których system VAT przy zakupie w kraju {country} nigdy nie obejmuje (żywność, suplementy, alkohol, tytoń, leki): zawsze są opodatkowane na granicy, niezależnie od wartości.',
  advice_reason_flat_rate:
    'Paczki z Chin do kraju {country} płacą jedną zryczałtowaną opłatę importową w wysokości {rate} wartości (do {limit}). Jeśli nie była wliczona w zamówienie, firma kurierska zażąda jej przed doręczeniem.',
  advice_reason_eu_flat_duty:
    'Od 1 lipca 2026 r. paczki o wartości poniżej {limit} podlegają zryczałtowanemu cłu w wysokości {amount} za każdy rodzaj towaru. Sprzedawca zwykle pobiera je przy zakupie razem z VAT; jeśli nie, przewoźnik może go zażądać.',
  advice_reason_handling_fee_line:
    '{country} dolicza do takich paczek własną opłatę manipulacyjną ({fee} za pozycję), której przewoźnik może zażądać przy doręczeniu.',
  advice_reason_handling_fee_parcel:
    '{country} dolicza do takich paczek własną opłatę manipulacyjną ({fee} za paczkę), której przewoźnik może zażądać przy doręczeniu.',
  advice_step_contest_vat:
    'Nie płać dwa razy: porównaj rachunek z VAT w zamówieniu na AliExpress, a jeśli został pobrany przy zakupie, zakwestionuj rachunek u {carrier} i wyślij dane podatkowe zamówienia.',
} satisfies Translation<typeof en>;

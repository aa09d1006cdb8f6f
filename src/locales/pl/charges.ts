/** pl: customs charges, official payment and scam warning (see ../en/charges.ts). */
import type en from '../en/charges.ts';
import type { Translation } from '../types.ts';

export default {
  charges_title: 'Ile możesz zapłacić',
  charges_prepaid: 'Podatki zapłacono przy zakupie: po przybyciu nie powinno być już nic do zapłaty.',
  charges_prepaid_ioss: 'AliExpress pobiera VAT kraju {country} przy zakupie za zamówienia do {limit} (unijny IOSS).',
  charges_prepaid_uk_vat: 'AliExpress pobiera brytyjski VAT przy zakupie za zamówienia do {limit}.',
  charges_prepaid_gst: 'AliExpress pobiera GST kraju {country} przy zakupie za towary do {limit}.',
  charges_prepaid_voec: 'AliExpress pobiera norweski VAT przy zakupie (VOEC) za towary poniżej {limit} za sztukę.',
  charges_prepaid_ch_platform: 'Od 2025 r. AliExpress pobiera szwajcarski VAT przy zakupie od każdego zamówienia.',
  charges_prepaid_cl_iva: 'AliExpress pobiera chilijski IVA przy zakupie do {limit}.',
  charges_prepaid_remessa_conforme:
    'W programie Remessa Conforme podatek importowy i ICMS pobiera się przy zakupie do {limit}.',
  charges_extra_flat_duty: 'Unijne cło ryczałtowe {fee} za rodzaj towaru ({range}), zwykle też pobierane przy zakupie.',
  charges_extra_national_fee: 'Krajowa opłata manipulacyjna {fee} ({range}), której mogą zażądać przy doręczeniu.',
  charges_contest:
    'Jeśli mimo to żądają zapłaty, nie płać od razu: porównaj kwotę z pozycją podatku w zamówieniu i zgłoś reklamację u przewoźnika, z fakturą zamówienia.',
  charges_double_ch:
    'Rachunek za szwajcarski VAT za tę paczkę to najpewniej podwójne obciążenie (na etykiecie brak szwajcarskiego numeru VAT AliExpress): zakwestionuj go w Poczcie Szwajcarskiej lub u przewoźnika, z fakturą.',
  charges_double_eu_ioss:
    'Jeśli przewoźnik żąda VAT, numer IOSS prawdopodobnie nie został przekazany: pokaż fakturę z zapłaconym VAT albo zapłać i poproś pomoc AliExpress o zwrot drugiego VAT.',
  charges_double_uk:
    'Jeśli Royal Mail lub kurier żąda VAT za to zamówienie, to drugie obciążenie: zachowaj fakturę, zakwestionuj je u przewoźnika i poproś AliExpress o zwrot, jeśli zapłaciłeś.',
  charges_nothing_due:
    'Zamówienia do {limit} nie płacą podatków importowych (kraj: {country}): to nie powinno nic kosztować.',
  charges_estimate: 'Szacowane opłaty po przybyciu: {range}.',
  charges_fee_unknown: 'Do tego opłata przewoźnika, której nie znamy.',
  charges_cautious: 'Zgrubny szacunek: część liczb nie jest potwierdzona lub przeliczono je z innej waluty.',
  charges_line_vat: 'VAT/GST {rate}: {range}',
  charges_line_duty: 'Cło {rate}, zależnie od towaru: {range}',
  charges_line_flat_rate: 'Ryczałtowa stawka importowa {rate}: {range}',
  charges_line_fee: 'Opłata przewoźnika ({fee}): {range}',
  charges_why: 'Skąd te liczby?',
  charges_source_line: '{source} — stan na {date}',
  charges_unconfirmed: 'niepotwierdzone',
  charges_unknown: 'Nie możemy oszacować tego zamówienia.',
  charges_unknown_no_country: 'Strona nie pokazuje kraju docelowego.',
  charges_unknown_no_rule: 'Nie mamy wiarygodnych przepisów celnych dla kraju {country}.',
  charges_unknown_no_total: 'Strona nie pokazuje kwoty zamówienia.',
  charges_unknown_no_rate: 'Nie mamy kursu wymiany dla tej waluty.',
  charges_unknown_near_limit: 'Kwota jest zbyt blisko progu (kraj: {country}), by to rozstrzygnąć.',
  charges_unknown_per_item: 'Próg dotyczy każdej sztuki, a strona nie pokazuje cen poszczególnych towarów.',
  charges_unknown_excluded_goods:
    'Niektóre towary (suplementy, leki, tytoń) nigdy nie są objęte VAT pobranym przy zakupie.',
  charges_unknown_formal_entry: 'Tak duże zamówienie wymaga formalnego zgłoszenia celnego.',
  charges_unknown_us_changing:
    'Amerykańskie przepisy celne zmieniały się kilka razy w latach 2025–2026; sprawdź pozycję podatku w zamówieniu: cło jest często opłacone z góry.',
  charges_unknown_no_rates: 'Nie znamy stawek podatkowych kraju {country}.',
  charges_unknown_over_duty_free: 'Powyżej tej wartości do VAT dochodzą inne podatki; zapytaj przewoźnika o kwotę.',
  charges_pay_official: 'Płać tylko na oficjalnej stronie: {carrier}',
  charges_pay_on_delivery: '{carrier} pobiera opłaty przy doręczeniu; nie ma płatności online.',
  charges_scam_title: 'Uwaga na fałszywe wiadomości o opłatach celnych',
  charges_scam_rule_no_link: 'Urząd celny i poczta nigdy nie proszą o zapłatę przez link w SMS-ie.',
  charges_scam_rule_check_official:
    'Sprawdź kwotę na oficjalnej stronie lub w aplikacji przewoźnika, wpisując adres samodzielnie.',
  charges_scam_rule_no_small_fee: 'Mała, okrągła „opłata za zwolnienie paczki” z terminem kilku godzin to oszustwo.',
  charges_scam_says_no_messages: '{carrier} informuje, że nie wysyła e-maili ani wiadomości z prośbą o opłaty celne.',
  charges_scam_says_no_direct_link: '{carrier} informuje, że nigdy nie wysyła bezpośredniego linku do płatności.',
  charges_scam_says_no_phone: '{carrier} informuje, że nigdy nie dzwoni z prośbą o zapłatę.',
  charges_scam_says_no_bank_codes:
    '{carrier} informuje, że nigdy nie prosi o jednorazowy kod z banku ani o powiązanie konta.',
  charges_scam_says_no_unsolicited: '{carrier} informuje, że nigdy nie kontaktuje się bez powodu z prośbą o zapłatę.',
  charges_scam_says_waybill_number: 'Prawdziwe prośby o zapłatę od {carrier} zawsze podają numer listu przewozowego.',
  charges_popup_pay: 'Zapłać cło: {carrier}',
} as const satisfies Translation<typeof en>;

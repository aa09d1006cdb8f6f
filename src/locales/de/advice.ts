/** de advice strings. */
import type en from '../en/advice.ts';
import type { Translation } from '../types.ts';

export default {
  advice_meaning_export_clearance:
    'Das Paket wird in China für die Ausfuhr verzollt. Das ist Routine und dauert meist ein bis zwei Tage.',
  advice_meaning_import_received:
    'Das Paket ist beim Zoll in deinem Land angekommen. Der Zoll prüft die Unterlagen, bevor er es hereinlässt.',
  advice_meaning_inspection:
    'Der Zoll in deinem Land sieht sich das Paket genauer an. Das ist häufig und meist innerhalb einer Woche erledigt. Das rote X neben diesem Status bedeutet nicht, dass etwas schiefgegangen ist.',
  advice_meaning_delay:
    'Die Verzollung dauert länger als üblich, meistens weil der Zoll viel zu tun hat. Das Paket ist nicht verloren.',
  advice_meaning_action_required:
    'Der Zoll oder der Zusteller braucht etwas von dir, bevor er liefern kann: meistens die Zahlung der Einfuhrabgaben, manchmal ein Dokument.',
  advice_meaning_released: 'Der Zoll hat das Paket freigegeben. Es ist auf dem Weg zum Zusteller in deinem Land.',
  advice_meaning_returned:
    'Der Zoll hat das Paket abgelehnt, zurückgeschickt oder beschlagnahmt. Es kommt nicht bei dir an, also fordere dein Geld zurück.',
  advice_reason_vat_not_collected:
    'Deine Bestellung ({total}) liegt über {limit}, dem Höchstbetrag, auf den die Mehrwertsteuer schon beim Kauf erhoben werden kann. Darüber werden Einfuhrumsatzsteuer (und oft Zoll und eine Bearbeitungsgebühr) bei der Ankunft fällig, und der Zoll hält das Paket fest, bis bezahlt ist.',
  advice_reason_vat_check:
    'Deine Bestellung ({total}) liegt unter {limit}, die Mehrwertsteuer wurde also sehr wahrscheinlich beim Kauf bezahlt. Der Zoll kann trotzdem prüfen, ob das Paket zur Anmeldung passt.',
  advice_reason_several_items:
    'Das Paket enthält {count} Artikel. Pakete mit mehreren Artikeln brauchen länger beim Abgleich mit der Zollanmeldung.',
  advice_reason_counterfeit_check:
    'Deine Bestellung enthält Artikel von {brand}. Der Zoll prüft solche Pakete routinemäßig auf Markenrechte, das kostet Zeit. Über deine Bestellung selbst sagt das nichts aus.',
  advice_reason_peak_singles_day:
    'Es ist die verkehrsreichste Zeit des Jahres (vom 11.11. bis Mitte Januar): Zoll und Zusteller bearbeiten viel mehr Pakete als sonst.',
  advice_reason_peak_black_friday:
    'Die Bestellungen von Black Friday und Cyber Monday kommen an, deshalb sind die Warteschlangen beim Zoll länger als sonst.',
  advice_reason_peak_chinese_new_year:
    'Die Feiertage zum chinesischen Neujahr verlangsamen Versand und Papierkram in China für zwei bis vier Wochen.',
  advice_reason_backlog_ca_holidays:
    'Canada Post und der kanadische Zoll haben um die Feiertage meist einen Rückstau, ein bis zwei Wochen länger sind üblich.',
  advice_reason_duties_due:
    'Für Pakete nach {country} mit einem Wert über {limit} fallen bei der Ankunft Einfuhrabgaben an (hier {total}). Der Zusteller verlangt die Zahlung meist vor der Zustellung.',
  advice_reason_duties_due_us:
    'Seit dem 29. August 2025 erheben die USA auf jedes eingeführte Paket Zoll, unabhängig vom Wert. Wurde er beim Kauf nicht mitbezahlt, verlangt ihn der Zusteller von dir.',
  advice_reason_duties_every_parcel:
    'In {country} fallen auf Pakete jeden Werts Einfuhrabgaben an. Wurden sie beim Kauf nicht bezahlt, verlangt sie der Zusteller von dir.',
  advice_reason_prepaid_programme:
    'Steuern auf Bestellungen nach Brasilien werden über {programme} normalerweise schon beim Kauf bezahlt. Wenn Correios eine Zahlung verlangt, prüfe sie vor dem Bezahlen unter „Minhas Importações“ auf der Website von Correios.',
  advice_usual_days: 'Dieser Schritt dauert meist {min} bis {max} Tage.',
  advice_usual_days_busy: 'Zu dieser Jahreszeit dauert dieser Schritt meist {min} bis {max} Tage.',
  advice_usual_days_none: 'Es gibt nichts abzuwarten: Das Paket kommt nicht bei dir an.',
  advice_step_wait:
    'Hab noch etwas Geduld: Die meisten Pakete sind innerhalb von {days} weiteren Tagen wieder unterwegs. Du musst noch nichts tun.',
  advice_step_wait_export: 'Nichts zu tun: Die Ausfuhrabfertigung in China ist Routine.',
  advice_step_watch: 'Beobachte dieses Paket: Customs Lens meldet sich, sobald es den Zoll verlässt.',
  advice_step_watch_released: 'Beobachte dieses Paket, um zu erfahren, wann der Zusteller in deinem Land es hat.',
  advice_step_retrack:
    'Such die Nummer bei 17TRACK, ParcelsApp oder {carrier}: Dort stehen oft Schritte, die AliExpress nicht zeigt.',
  advice_step_retrack_generic:
    'Such die Nummer bei 17TRACK oder ParcelsApp: Dort stehen oft Schritte, die AliExpress nicht zeigt.',
  advice_step_pay_duties:
    'Bezahle die Einfuhrabgaben nur auf der offiziellen Website des Zustellers oder über die Benachrichtigung, die er dir geschickt hat. SMS mit unerwarteten Zahlungslinks sind eine verbreitete Betrugsmasche.',
  advice_step_contact_seller:
    'Bitte den Verkäufer um Hilfe: Er kann beim Logistikunternehmen nachhaken und dem Zoll bei Bedarf eine Rechnung schicken. Eine fertige Nachricht findest du unten.',
  advice_step_contact_seller_extend:
    'Bitte den Verkäufer, deinen Käuferschutz zu verlängern: Er endet in {days} Tagen und das Paket ist noch beim Zoll.',
  advice_step_open_dispute:
    'Eröffne einen Streitfall, bevor dein Käuferschutz in {days} Tagen endet, damit du dein Geld zurückbekommst, falls das Paket nicht ankommt.',
  advice_step_open_dispute_returned:
    'Eröffne einen Streitfall, um dein Geld zurückzubekommen: Das Paket kommt nicht bei dir an.',
} satisfies Translation<typeof en>;

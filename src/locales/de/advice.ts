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
    'Das Paket enthält {count, plural, one {# Artikel} other {# Artikel}}. Pakete mit mehreren Artikeln brauchen länger beim Abgleich mit der Zollanmeldung.',
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
    'Die USA lassen günstige Pakete nicht mehr zollfrei ein: für Waren aus China und Hongkong seit dem 2. Mai 2025, für alle Länder seit dem 29. August 2025. Auf jedes Paket wird Zoll fällig; wurde er nicht beim Kauf berechnet, verlangt ihn der Zusteller von dir.',
  advice_reason_duties_every_parcel:
    'In {country} fallen auf Pakete jeden Werts Einfuhrabgaben an. Wurden sie beim Kauf nicht bezahlt, verlangt sie der Zusteller von dir.',
  advice_reason_prepaid_programme:
    'Die Steuern auf Bestellungen nach Brasilien (Bundes-Einfuhrsteuer und die ICMS des Bundesstaats) werden normalerweise beim Kauf über {programme} bezahlt. Wenn Correios eine Zahlung verlangt, prüfe sie vor dem Bezahlen unter „Minhas Importações“ auf der Website von Correios.',
  advice_usual_days: 'Dieser Schritt dauert meist {min} bis {max, plural, one {# Tag} other {# Tage}}.',
  advice_usual_days_busy:
    'Zu dieser Jahreszeit dauert dieser Schritt meist {min} bis {max, plural, one {# Tag} other {# Tage}}.',
  advice_usual_days_none: 'Es gibt nichts abzuwarten: Das Paket kommt nicht bei dir an.',
  advice_step_wait:
    'Hab noch etwas Geduld: Die meisten Pakete sind innerhalb {days, plural, one {eines weiteren Tages} other {von # weiteren Tagen}} wieder unterwegs. Du musst noch nichts tun.',
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
    'Bitte den Verkäufer, deinen Käuferschutz zu verlängern (nur er kann das): Er endet in {days, plural, one {# Tag} other {# Tagen}} und das Paket ist noch beim Zoll.',
  advice_step_open_dispute:
    'Eröffne einen Streitfall, bevor dein Käuferschutz in {days, plural, one {# Tag} other {# Tagen}} endet, und bestätige den Empfang nicht, bevor das Paket da ist. AliExpress nimmt einen Streitfall wegen Nichterhalt noch bis {after, plural, one {# Tag} other {# Tage}} nach Abschluss der Bestellung an, aber verlass dich nicht auf diese Frist.',
  advice_step_open_dispute_returned:
    'Eröffne einen Streitfall, um dein Geld zurückzubekommen: Das Paket kommt nicht bei dir an.',
  advice_meaning_action_required_prepaid:
    'Der Zusteller oder der Zoll möchte etwas von dir, meist eine Zahlung. Die Steuern dieser Bestellung wurden sehr wahrscheinlich schon beim Kauf bezahlt: Prüfe das, bevor du etwas bezahlst.',
  advice_reason_vat_paid_platform:
    'Seit dem 1. Januar 2025 berechnet AliExpress die Mehrwertsteuer von {country} bei jeder Bestellung schon beim Kauf, und für die meisten Waren fällt dort kein Zoll an. Eine Mehrwertsteuer-Rechnung bei der Ankunft ist sehr wahrscheinlich eine doppelte Belastung, oft weil auf dem Etikett die Mehrwertsteuernummer der Plattform fehlt.',
  advice_reason_checkout_excluded:
    'Deine Bestellung enthält Waren, die das Mehrwertsteuerverfahren beim Kauf in {country} nie abdeckt (Lebensmittel, Nahrungsergänzung, Alkohol, Tabak, Medikamente): Sie werden immer an der Grenze versteuert, egal wie viel sie wert sind.',
  advice_reason_flat_rate:
    'Pakete aus China nach {country} zahlen eine pauschale Einfuhrabgabe von {rate} ihres Werts (bis {limit}). Wenn sie nicht in deiner Bestellung enthalten war, verlangt der Zusteller sie vor der Zustellung.',
  advice_reason_eu_flat_duty:
    'Seit dem 1. Juli 2026 zahlen Pakete unter {limit} einen pauschalen Zoll von {amount} pro Warenart. Der Verkäufer berechnet ihn normalerweise beim Kauf mit der Mehrwertsteuer; sonst kann der Zusteller ihn verlangen.',
  advice_reason_handling_fee_line:
    '{country} erhebt auf solche Pakete eine eigene Bearbeitungsgebühr ({fee} pro Artikelzeile), die der Zusteller bei der Zustellung verlangen kann.',
  advice_reason_handling_fee_parcel:
    '{country} erhebt auf solche Pakete eine eigene Bearbeitungsgebühr ({fee} pro Paket), die der Zusteller bei der Zustellung verlangen kann.',
  advice_step_contest_vat:
    'Zahle nicht doppelt: Vergleiche die Rechnung mit der Mehrwertsteuer deiner AliExpress-Bestellung und erhebe, falls sie schon beim Kauf bezahlt wurde, bei {carrier} Einspruch gegen die Rechnung, mit den Steuerangaben der Bestellung.',
} satisfies Translation<typeof en>;

/** de: customs charges, official payment and scam warning (see ../en/charges.ts). */
import type en from '../en/charges.ts';
import type { Translation } from '../types.ts';

export default {
  charges_title: 'Was Sie zahlen könnten',
  charges_prepaid: 'Die Steuern wurden beim Kauf bezahlt: Bei der Ankunft sollten Sie nichts mehr schulden.',
  charges_prepaid_ioss:
    'AliExpress berechnet die Mehrwertsteuer von {country} beim Kauf für Bestellungen bis {limit} (EU-IOSS).',
  charges_prepaid_uk_vat: 'AliExpress berechnet die britische Mehrwertsteuer beim Kauf für Bestellungen bis {limit}.',
  charges_prepaid_gst: 'AliExpress berechnet die GST von {country} beim Kauf für Waren bis {limit}.',
  charges_prepaid_voec:
    'AliExpress berechnet die norwegische Mehrwertsteuer beim Kauf (VOEC) für Waren unter {limit} je Stück.',
  charges_prepaid_ch_platform:
    'Seit 2025 berechnet AliExpress die Schweizer Mehrwertsteuer beim Kauf auf jede Bestellung.',
  charges_prepaid_cl_iva: 'AliExpress berechnet die chilenische IVA beim Kauf bis {limit}.',
  charges_prepaid_remessa_conforme:
    'Mit Remessa Conforme werden Einfuhrsteuer und ICMS bis {limit} beim Kauf berechnet.',
  charges_extra_flat_duty: 'EU-Pauschalzoll von {fee} je Warenart ({range}), meist ebenfalls beim Kauf berechnet.',
  charges_extra_national_fee:
    'Nationale Bearbeitungsgebühr von {fee} ({range}), die bei der Zustellung verlangt werden kann.',
  charges_contest:
    'Falls Sie trotzdem zahlen sollen, nicht sofort zahlen: Vergleichen Sie mit der Steuerzeile Ihrer Bestellung und widersprechen Sie beim Zusteller mit der Rechnung.',
  charges_double_ch:
    'Eine Schweizer Mehrwertsteuer-Rechnung für dieses Paket ist sehr wahrscheinlich doppelt (auf dem Etikett fehlt die Schweizer MWST-Nummer von AliExpress): beanstanden Sie sie mit der Rechnung bei der Post oder beim Zusteller.',
  charges_double_eu_ioss:
    'Verlangt der Zusteller Mehrwertsteuer, wurde die IOSS-Nummer wohl nicht übermittelt: Zeigen Sie die Rechnung mit bezahlter Mehrwertsteuer, oder zahlen Sie und verlangen Sie vom AliExpress-Support die Erstattung der zweiten Steuer.',
  charges_double_uk:
    'Verlangen Royal Mail oder ein Kurier Mehrwertsteuer für diese Bestellung, ist das eine zweite Belastung: Rechnung aufbewahren, beim Zusteller widersprechen und bei AliExpress die Erstattung verlangen, falls Sie gezahlt haben.',
  charges_nothing_due:
    'Bestellungen bis {limit} sind in {country} frei von Einfuhrabgaben: Für diese sollte nichts anfallen.',
  charges_estimate: 'Geschätzte Kosten bei Ankunft: {range}.',
  charges_fee_unknown: 'Dazu kommt die Gebühr des Zustellers, die wir nicht kennen.',
  charges_cautious: 'Grobe Schätzung: Einige Zahlen sind unbestätigt oder aus einer anderen Währung umgerechnet.',
  charges_line_vat: 'Mehrwertsteuer {rate}: {range}',
  charges_line_duty: 'Zoll {rate}, je nach Ware: {range}',
  charges_line_flat_rate: 'Pauschaler Einfuhrsatz {rate}: {range}',
  charges_line_fee: 'Gebühr des Zustellers ({fee}): {range}',
  charges_why: 'Woher stammen diese Zahlen?',
  charges_source_line: '{source} — Stand {date}',
  charges_unconfirmed: 'unbestätigt',
  charges_unknown: 'Diese Bestellung können wir nicht schätzen.',
  charges_unknown_no_country: 'Die Seite zeigt das Zielland nicht.',
  charges_unknown_no_rule: 'Für {country} haben wir keine verlässlichen Zollregeln.',
  charges_unknown_no_total: 'Die Seite zeigt den Bestellbetrag nicht.',
  charges_unknown_no_rate: 'Für diese Währung haben wir keinen Wechselkurs.',
  charges_unknown_near_limit: 'Der Betrag liegt zu nah an der Grenze von {country}, um es zu entscheiden.',
  charges_unknown_per_item: 'Die Grenze gilt je Artikel, und die Seite zeigt die Einzelpreise nicht.',
  charges_unknown_excluded_goods:
    'Manche Artikel (Nahrungsergänzung, Medikamente, Tabak) sind nie von der Mehrwertsteuer beim Kauf gedeckt.',
  charges_unknown_formal_entry: 'Eine so große Bestellung braucht eine förmliche Zollanmeldung.',
  charges_unknown_us_changing:
    'Die US-Zollregeln haben sich 2025–2026 mehrmals geändert; sehen Sie in die Steuerzeile Ihrer Bestellung: Zölle sind oft vorausbezahlt.',
  charges_unknown_no_rates: 'Die Steuersätze von {country} kennen wir nicht.',
  charges_unknown_over_duty_free:
    'Über diesem Wert kommen weitere Steuern zur Mehrwertsteuer; fragen Sie den Zusteller nach dem Betrag.',
  charges_pay_official: 'Zahlen Sie nur auf der offiziellen Seite: {carrier}',
  charges_pay_on_delivery: '{carrier} kassiert die Abgaben bei der Zustellung; eine Onlinezahlung gibt es nicht.',
  charges_scam_title: 'Vorsicht vor gefälschten Zollgebühr-Nachrichten',
  charges_scam_rule_no_link: 'Zoll und Post verlangen nie eine Zahlung über einen Link in einer SMS.',
  charges_scam_rule_check_official:
    'Prüfen Sie den Betrag auf der offiziellen Seite oder App des Zustellers und tippen Sie die Adresse selbst ein.',
  charges_scam_rule_no_small_fee: 'Eine kleine, runde „Freigabegebühr“ mit Frist von wenigen Stunden ist Betrug.',
  charges_scam_says_no_messages:
    '{carrier} sagt, dass es keine E-Mails oder Nachrichten mit Zahlungsaufforderungen für den Zoll verschickt.',
  charges_scam_says_no_direct_link: '{carrier} sagt, dass es nie einen direkten Zahlungslink schickt.',
  charges_scam_says_no_phone: '{carrier} sagt, dass es Sie nie anruft, um eine Zahlung zu verlangen.',
  charges_scam_says_no_bank_codes:
    '{carrier} sagt, dass es nie nach einem Einmalcode der Bank fragt oder ein Konto verknüpfen lässt.',
  charges_scam_says_no_unsolicited: '{carrier} sagt, dass es Sie nie unaufgefordert zur Zahlung auffordert.',
  charges_scam_says_waybill_number: 'Echte Zahlungsaufforderungen von {carrier} nennen immer Ihre Frachtbriefnummer.',
  charges_popup_pay: 'Zoll bezahlen: {carrier}',
} as const satisfies Translation<typeof en>;

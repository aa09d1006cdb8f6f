/** English advice strings: the reference catalog every other language is checked against. */
export default {
  advice_meaning_export_clearance:
    'The parcel is going through export customs in China. This is routine and usually takes a day or two.',
  advice_meaning_import_received:
    'The parcel has reached customs in your country. Customs checks the paperwork before letting it in.',
  advice_meaning_inspection:
    'Customs in your country is taking a closer look at the parcel. This is common and usually over within a week. A red X next to this status does not mean anything went wrong.',
  advice_meaning_delay:
    'Clearance is taking longer than usual, most often because customs is busy. The parcel is not lost.',
  advice_meaning_action_required:
    'Customs or the delivery company needs something from you before it can deliver: usually a payment of import tax, sometimes a document.',
  advice_meaning_released: 'Customs has let the parcel in. It is on its way to the local delivery company.',
  advice_meaning_returned:
    'Customs refused, returned or seized the parcel. It will not reach you, so ask for your money back.',
  advice_reason_vat_not_collected:
    'Your order ({total}) is over {limit}, the most on which VAT can be charged at checkout. Above that, import VAT (and often duty and a handling fee) is collected on arrival, so customs holds the parcel until it is paid.',
  advice_reason_vat_check:
    'Your order ({total}) is under {limit}, so VAT was most likely paid at checkout. Customs may still check that the parcel matches its declaration.',
  advice_reason_several_items:
    'The parcel holds {count, plural, one {# item} other {# items}}. Parcels with several items take longer to check against the declaration.',
  advice_reason_counterfeit_check:
    'Your order includes {brand} items. Customs routinely checks such parcels for trademark rights, which takes extra time. It says nothing about your order itself.',
  advice_reason_peak_singles_day:
    'It is the busiest season of the year (from 11.11 to mid-January): customs and carriers handle far more parcels than usual.',
  advice_reason_peak_black_friday:
    'Black Friday and Cyber Monday orders are arriving, so customs queues are longer than usual.',
  advice_reason_peak_chinese_new_year:
    'The Chinese New Year holidays slow down shipping and paperwork on the Chinese side for two to four weeks.',
  advice_reason_backlog_ca_holidays:
    'Canada Post and Canadian customs usually have a backlog around the holidays, so holds of one or two weeks longer are common.',
  advice_reason_duties_due:
    'Parcels to {country} worth over {limit} owe import taxes on arrival ({total} here). The delivery company usually asks you to pay before it delivers.',
  advice_reason_duties_due_us:
    'The United States no longer lets low-value parcels in duty-free: for goods from China and Hong Kong since 2 May 2025, for all countries since 29 August 2025. Duties are due on every parcel; if they were not included at checkout, the delivery company will ask you to pay them.',
  advice_reason_duties_every_parcel:
    'In {country}, import tax is due on parcels of any value. If it was not paid at checkout, the delivery company will ask you for it.',
  advice_reason_prepaid_programme:
    'Taxes on orders to Brazil (federal import tax and the state ICMS) are normally paid at checkout under {programme}. If Correios asks for a payment, check it in “Minhas Importações” on the Correios website before paying.',
  advice_usual_days: 'This step usually takes {min} to {max, plural, one {# day} other {# days}}.',
  advice_usual_days_busy:
    'At this time of year this step usually takes {min} to {max, plural, one {# day} other {# days}}.',
  advice_usual_days_none: 'There is nothing to wait for: the parcel is not coming to you.',
  advice_step_wait:
    'Give it a little more time: most parcels move on within {days, plural, one {# more day} other {# more days}}. Nothing is needed from you yet.',
  advice_step_wait_export: 'Nothing to do: export clearance in China is routine.',
  advice_step_watch: 'Watch this parcel: Customs Lens tells you the moment it leaves customs.',
  advice_step_watch_released: 'Watch this parcel to know when the local delivery company has it.',
  advice_step_retrack:
    'Look the number up on 17TRACK, ParcelsApp or {carrier}: they often show scans that AliExpress does not.',
  advice_step_retrack_generic:
    'Look the number up on 17TRACK or ParcelsApp: they often show scans that AliExpress does not.',
  advice_step_pay_duties:
    'Pay the import charges only on the delivery company’s official website or through the notice it sent you. Text messages with unexpected payment links are a common scam.',
  advice_step_contact_seller:
    'Ask the seller for help: they can chase the logistics company and send customs an invoice if needed. A ready-to-send message is below.',
  advice_step_contact_seller_extend:
    'Ask the seller to extend your buyer protection (only the seller can): it ends in {days, plural, one {# day} other {# days}} and the parcel is still at customs.',
  advice_step_open_dispute:
    'Open a dispute before your buyer protection ends in {days, plural, one {# day} other {# days}}, and do not confirm receipt before the parcel arrives. AliExpress still accepts a not-received dispute up to {after, plural, one {# day} other {# days}} after the order completes, but do not count on that margin.',
  advice_step_open_dispute_returned: 'Open a dispute to get a refund: the parcel is not coming to you.',
  advice_meaning_action_required_prepaid:
    'The delivery company or customs is asking for something, usually a payment. The taxes on this order were most likely paid at checkout already, so check before you pay anything.',
  advice_reason_vat_paid_platform:
    "AliExpress has charged {country}'s VAT at checkout on every order since 1 January 2025, and most goods owe no customs duty there. A VAT bill on arrival is most likely a double charge, often because the label lacks the platform's VAT number.",
  advice_reason_checkout_excluded:
    "Your order includes goods that {country}'s checkout VAT scheme never covers (food, supplements, alcohol, tobacco, medicines): they are always taxed at the border, whatever their value.",
  advice_reason_flat_rate:
    'Parcels from China to {country} pay one flat import charge of {rate} of their value (up to {limit}). If it was not included in your order, the delivery company asks for it before delivering.',
  advice_reason_eu_flat_duty:
    'Since 1 July 2026 parcels under {limit} owe a flat customs duty of {amount} per kind of item. The seller normally charges it at checkout with the VAT; if not, the carrier may ask for it.',
  advice_reason_handling_fee_line:
    '{country} adds its own handling fee on such parcels ({fee} per item line), which the carrier may ask for on delivery.',
  advice_reason_handling_fee_parcel:
    '{country} adds its own handling fee on such parcels ({fee} per parcel), which the carrier may ask for on delivery.',
  advice_step_contest_vat:
    "Do not pay twice: compare the bill with the VAT on your AliExpress order, and if it was charged at checkout, contest the bill with {carrier} and send them the order's tax details.",
} as const;

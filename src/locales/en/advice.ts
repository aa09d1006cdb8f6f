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
    'The parcel holds {count} items. Parcels with several items take longer to check against the declaration.',
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
    'Since 29 August 2025 the United States charges duties on every imported parcel, whatever its value. If they were not included at checkout, the delivery company will ask you to pay them.',
  advice_reason_duties_every_parcel:
    'In {country}, import tax is due on parcels of any value. If it was not paid at checkout, the delivery company will ask you for it.',
  advice_reason_prepaid_programme:
    'Taxes on orders to Brazil are normally paid at checkout under {programme}. If Correios asks for a payment, check it in “Minhas Importações” on the Correios website before paying.',
  advice_usual_days: 'This step usually takes {min} to {max} days.',
  advice_usual_days_busy: 'At this time of year this step usually takes {min} to {max} days.',
  advice_usual_days_none: 'There is nothing to wait for: the parcel is not coming to you.',
  advice_step_wait:
    'Give it a little more time: most parcels move on within {days} more days. Nothing is needed from you yet.',
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
    'Ask the seller to extend your buyer protection: it ends in {days} days and the parcel is still at customs.',
  advice_step_open_dispute:
    'Open a dispute before your buyer protection ends in {days} days, so you can still get a refund if the parcel does not arrive.',
  advice_step_open_dispute_returned: 'Open a dispute to get a refund: the parcel is not coming to you.',
} as const;

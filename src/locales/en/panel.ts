/** English panel strings: the reference catalog every other language is checked against. */
export default {
  panel_label: 'Customs Lens: what this customs status means',
  panel_meaning_export_clearance:
    'The parcel is clearing export customs in China. This is routine and usually takes a day or two.',
  panel_meaning_import_received:
    'The parcel has reached customs in your country, which is checking it before letting it in.',
  panel_meaning_inspection:
    'Customs in your country is taking a closer look at the parcel before letting it in. It usually moves again within a week. The red X next to it does not mean clearance failed.',
  panel_meaning_delay:
    'Clearance is taking longer than usual, often because the customs office is busy. The parcel is not lost.',
  panel_meaning_action_required:
    'Customs or the local carrier needs something from you, usually a payment of import tax or a document.',
  panel_meaning_released: 'Customs has let the parcel in. It is on its way to the local carrier.',
  panel_meaning_returned:
    'Customs refused, returned or seized the parcel. Contact the seller and open a dispute for a refund.',
} as const;

/** English common strings: the reference catalog every other language is checked against. */
export default {
  ext_name: 'Customs Lens for AliExpress',
  ext_description:
    'Explains AliExpress customs statuses in plain words and tells you the moment your parcel leaves customs.',
  stage_export_clearance: 'Export customs',
  stage_import_received: 'At import customs',
  stage_inspection: 'Customs inspection',
  stage_delay: 'Customs delay',
  stage_action_required: 'Customs needs you',
  stage_released: 'Released by customs',
  stage_returned: 'Returned or seized',
  stage_none: 'Not at customs',
} as const;

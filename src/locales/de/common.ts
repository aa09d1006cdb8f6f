/** de common strings: the extension's name and description, and the customs stage names. */

import type en from '../en/common.ts';
import type { Translation } from '../types.ts';

export default {
  ext_name: 'Customs Lens für AliExpress',
  ext_description:
    'Erklärt Zollmeldungen bei AliExpress in einfachen Worten und sagt dir sofort, wenn dein Paket den Zoll verlässt.',
  stage_export_clearance: 'Ausfuhrzoll',
  stage_import_received: 'Beim Zoll im Zielland',
  stage_inspection: 'Zollkontrolle',
  stage_delay: 'Verzögerung beim Zoll',
  stage_action_required: 'Der Zoll braucht dich',
  stage_released: 'Vom Zoll freigegeben',
  stage_returned: 'Zurückgeschickt oder beschlagnahmt',
  stage_none: 'Nicht beim Zoll',
} satisfies Translation<typeof en>;

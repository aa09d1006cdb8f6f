/** fr common strings: the extension's name and description, and the customs stage names. */

import type en from '../en/common.ts';
import type { Translation } from '../types.ts';

export default {
  ext_name: 'Customs Lens pour AliExpress',
  ext_description:
    'Explique simplement les statuts de douane d’AliExpress et vous prévient dès que votre colis sort de la douane.',
  stage_export_clearance: 'Douane à l’export',
  stage_import_received: 'À la douane d’arrivée',
  stage_inspection: 'Contrôle douanier',
  stage_delay: 'Retard en douane',
  stage_action_required: 'Action requise',
  stage_released: 'Libéré par la douane',
  stage_returned: 'Renvoyé ou saisi',
  stage_none: 'Pas en douane',
} satisfies Translation<typeof en>;

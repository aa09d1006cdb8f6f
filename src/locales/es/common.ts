/** es common strings: the extension's name and description, and the customs stage names. */

import type en from '../en/common.ts';
import type { Translation } from '../types.ts';

export default {
  ext_name: 'Customs Lens para AliExpress',
  ext_description:
    'Explica con palabras sencillas los estados de aduanas de AliExpress y te avisa en cuanto tu paquete sale de la aduana.',
  stage_export_clearance: 'Aduana de exportación',
  stage_import_received: 'En la aduana de destino',
  stage_inspection: 'Inspección de aduanas',
  stage_delay: 'Retraso en aduanas',
  stage_action_required: 'La aduana te necesita',
  stage_released: 'Liberado por la aduana',
  stage_returned: 'Devuelto o retenido',
  stage_none: 'No está en aduanas',
} satisfies Translation<typeof en>;

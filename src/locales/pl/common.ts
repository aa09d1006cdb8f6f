/** pl common strings: the extension's name and description, and the customs stage names. */

import type en from '../en/common.ts';
import type { Translation } from '../types.ts';

export default {
  ext_name: 'Customs Lens dla AliExpress',
  ext_description:
    'Wyjaśnia prostymi słowami statusy celne na AliExpress i od razu daje znać, gdy paczka opuści urząd celny.',
  stage_export_clearance: 'Odprawa eksportowa',
  stage_import_received: 'W urzędzie celnym w kraju',
  stage_inspection: 'Kontrola celna',
  stage_delay: 'Opóźnienie w urzędzie celnym',
  stage_action_required: 'Wymagane działanie',
  stage_released: 'Zwolniona przez urząd celny',
  stage_returned: 'Zwrócona lub zatrzymana',
  stage_none: 'Nie jest w urzędzie celnym',
} satisfies Translation<typeof en>;

/** pt_BR common strings: the extension's name and description, and the customs stage names. */

import type en from '../en/common.ts';
import type { Translation } from '../types.ts';

export default {
  ext_name: 'Customs Lens para AliExpress',
  ext_description:
    'Explica em palavras simples os status de alfândega do AliExpress e avisa você assim que o pacote sair da alfândega.',
  stage_export_clearance: 'Alfândega de exportação',
  stage_import_received: 'Na alfândega de destino',
  stage_inspection: 'Fiscalização aduaneira',
  stage_delay: 'Atraso na alfândega',
  stage_action_required: 'A alfândega precisa de você',
  stage_released: 'Liberado pela alfândega',
  stage_returned: 'Devolvido ou apreendido',
  stage_none: 'Fora da alfândega',
} satisfies Translation<typeof en>;

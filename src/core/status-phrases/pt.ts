/** Portuguese tracking-status vocabulary (AliExpress pt, Correios Brazil, CTT Portugal). */
import type { PhraseTable } from './types.ts';

export const pt: PhraseTable = {
  lang: 'pt',
  script: 'latin',
  concepts: {
    // Correios says "fiscalização" for the customs check; Portugal says "alfândega".
    customs: ['\\balfandeg', '\\baduan', '\\bdesembaraco', '\\bfiscalizacao\\b', '\\breceita federal\\b'],
    duties: [
      '\\bimpostos?\\b',
      '\\btributos?\\b',
      '\\btaxas?\\b',
      '\\bicms\\b',
      '\\bdespacho postal\\b',
      '\\bdireitos aduaneiros\\b',
    ],
    import: ['\\bimportac', '\\bimportad'],
    export: ['\\bexportac', '\\bexportad'],
    started: ['\\binici', '\\bcomec'],
    processing: ['\\bem (?:andamento|processamento|curso)\\b', '\\baguardando\\b', '\\bpendente\\b'],
    arrived: ['\\bcheg', '\\brecebid', '\\bencaminhad[oa]\\b', '\\bentregue (?:a|na) alfandega'],
    completed: [
      '\\bconclu',
      '\\bfinaliz',
      '\\bcomplet',
      '\\bliberad',
      '\\bdesembaracad',
      '\\bcom sucesso\\b',
      '\\bautorizad',
    ],
    left: ['\\bsaiu da (?:alfandega|fiscalizacao)'],
    delayed: ['\\batras', '\\bdemora'],
    problem: ['\\bexcec', '\\bfalh', '\\berro\\b', '\\bproblema\\b', '\\banomalia\\b'],
    inspecting: ['\\binspec', '\\bverificac', '\\bvistori', '\\bexame\\b', '\\bem analise\\b'],
    held: ['\\bretid', '\\bbloquead'],
    pay: ['\\bpagament', '\\bpagar\\b', '\\bboleto\\b'],
    documents: [
      '\\bdocument',
      '\\bnota fiscal\\b',
      '\\bcpf\\b',
      '\\binformac(?:ao|oes) (?:adicionais|complementares)\\b',
    ],
    returned: ['\\bdevolvid', '\\bdevoluc', '\\brecusad', '\\bretornad', '\\bdestruid'],
    seized: ['\\bapreendid', '\\bapreensao\\b', '\\bconfiscad', '\\bperdimento\\b'],
    declaration: ['\\bdeclarac'],
    warning: ['\\bsera\\b', '\\bcaso contrario\\b', '\\bsenao\\b'],
  },
  idioms: [['\\bestamos inspecionando (?:o )?seu pedido\\b', 'inspection']],
};

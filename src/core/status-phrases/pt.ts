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
    problem: ['\\bexcec', '\\bfalh', '\\berro\\b', '\\bproblema\\b', '\\banomalia\\b', '\\bincorret', '\\bausente\\b'],
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
  /**
   * Correios' SRO customs events (PAR/FC/BDE codes), most of which name neither customs nor a concept
   * word; the order matters (specific before general). Source: Correios event list in a public SRO
   * client (knowledge-2026.md, "Correios SRO event table").
   */
  idioms: [
    ['\\bestamos inspecionando (?:o )?seu pedido\\b', 'inspection'],
    // Nothing to pay: taxes prepaid under Remessa Conforme, exempt, released without tax, paid.
    ['\\bdespacho postal pago na origem\\b', 'import_received'],
    ['\\bdispensad[oa] do pagamento\\b', 'released'],
    ['\\bliberad[oa] sem tributacao\\b', 'released'],
    ['^pagamento confirmado$', 'import_received'],
    ['\\baguardando confirmacao de pagamento\\b', 'import_received'],
    // The buyer must act.
    ['^aguardando pagamento$', 'action_required'],
    ['\\bpagamento nao confirmado\\b', 'action_required'],
    ['\\bfaltam informacoes\\b', 'action_required'],
    ['\\bsua acao e necessaria\\b', 'action_required'],
    ['\\bfiscalizado anatel\\b', 'action_required'],
    ['\\bobjeto tributado\\b', 'action_required'],
    ['\\bsujeito a tributacao\\b', 'action_required'],
    ['\\brevisao de tributos? concluida objeto liberado\\b', 'released'],
    ['\\brevisao de tributos? concluida tributo (?:alterado|mantido)\\b', 'action_required'],
    ['\\brevisao d[eo]s? tributos?\\b', 'inspection'],
    ['\\binformacoes prestadas pelo cliente\\b', 'inspection'],
    // Another agency inspects (ANATEL, ANVISA, INMETRO…) or the Receita Federal itself.
    ['\\bfiscalizacao (?:anatel|anvisa|inmetro|vigiagro|policia federal|exercito|ibama)\\b', 'inspection'],
    ['\\bem fiscalizacao pela receita federal\\b', 'inspection'],
    ['\\baguardando orgao anuente\\b', 'delay'],
    // Deadline missed, entry refused, seized, refused by the buyer: the parcel is not coming.
    ['\\bprazo de pagamento encerrado\\b', 'returned'],
    ['\\bpagamento nao efetuado no prazo\\b', 'returned'],
    ['\\bacao necessaria a liberacao do objeto nao realizada\\b', 'returned'],
    ['\\bnao foi autorizada a entrada\\b', 'returned'],
    ['\\bentrada do objeto no \\w+ nao foi autorizada\\b', 'returned'],
    ['\\bobjeto apreendido\\b', 'returned'],
    ['\\bobjeto devolvido ao pais de origem\\b', 'returned'],
    ['\\bdestinatario recusou o objeto\\b', 'returned'],
    // Released without saying customs.
    ['^objeto liberado$', 'released'],
    ['\\bsaida do centro internacional\\b', 'released'],
  ],
  nothingToPay: [
    '\\bpago na origem\\b',
    '\\bdispensad[oa] do pagamento\\b',
    '\\bsem tributacao\\b',
    '\\bisent[oa]s? (?:de|do|dos) (?:impostos?|tributos?|taxas?|pagamento)\\b',
    '\\b(?:impostos?|tributos?|taxas?) (?:ja )?pag[oa]s\\b',
    '\\bja pag[oa]s?\\b',
    '\\bnada a pagar\\b',
    '\\bnao ha (?:impostos|tributos|taxas|nada) a pagar\\b',
    '^pagamento confirmado$',
    '\\baguardando confirmacao de pagamento\\b',
  ],
};

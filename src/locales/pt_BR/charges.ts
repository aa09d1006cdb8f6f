/** pt_BR: customs charges, official payment and scam warning (see ../en/charges.ts). */
import type en from '../en/charges.ts';
import type { Translation } from '../types.ts';

export default {
  charges_title: 'Quanto você pode pagar',
  charges_prepaid: 'Os impostos foram pagos na compra: você não deve dever mais nada na chegada.',
  charges_prepaid_ioss: 'O AliExpress cobra o IVA de {country} na compra em pedidos de até {limit} (IOSS da UE).',
  charges_prepaid_uk_vat: 'O AliExpress cobra o IVA britânico na compra em pedidos de até {limit}.',
  charges_prepaid_gst: 'O AliExpress cobra o GST de {country} na compra em produtos de até {limit}.',
  charges_prepaid_voec: 'O AliExpress cobra o IVA norueguês na compra (VOEC) em produtos abaixo de {limit} cada.',
  charges_prepaid_ch_platform: 'Desde 2025 o AliExpress cobra o IVA suíço na compra em todos os pedidos.',
  charges_prepaid_cl_iva: 'O AliExpress cobra o IVA chileno na compra em compras de até {limit}.',
  charges_prepaid_remessa_conforme:
    'No Remessa Conforme, o imposto de importação e o ICMS são cobrados na compra até {limit}.',
  charges_extra_flat_duty:
    'Imposto aduaneiro fixo da UE de {fee} por tipo de item ({range}), em geral também cobrado na compra.',
  charges_extra_national_fee: 'Taxa nacional de manuseio de {fee} ({range}), que pode ser cobrada na entrega.',
  charges_contest:
    'Se mesmo assim pedirem pagamento, não pague na hora: compare a cobrança com a linha de impostos do pedido e conteste com a transportadora, com a nota do pedido.',
  charges_double_ch:
    'Uma cobrança de IVA suíço por este pacote é muito provavelmente dupla (a etiqueta não traz o número de IVA suíço do AliExpress): conteste com os Correios suíços ou a transportadora, com a nota.',
  charges_double_eu_ioss:
    'Se a transportadora pedir IVA, o número IOSS provavelmente não foi repassado: mostre a nota com o IVA pago, ou pague e peça ao suporte do AliExpress o reembolso do segundo IVA.',
  charges_double_uk:
    'Se o Royal Mail ou um courier pedir IVA neste pedido, é uma segunda cobrança: guarde a nota, conteste com a transportadora e peça reembolso ao AliExpress se pagou.',
  charges_nothing_due: 'Pedidos de até {limit} não pagam imposto de importação em {country}: este não deve pagar nada.',
  charges_estimate: 'Cobrança estimada na chegada: {range}.',
  charges_fee_unknown: 'Mais a taxa de manuseio da transportadora, que não conhecemos.',
  charges_cautious: 'Estimativa aproximada: alguns números não estão confirmados ou foram convertidos de outra moeda.',
  charges_line_vat: 'IVA/GST {rate}: {range}',
  charges_line_duty: 'Imposto de importação {rate}, conforme o produto: {range}',
  charges_line_flat_rate: 'Alíquota fixa de importação {rate}: {range}',
  charges_line_fee: 'Taxa da transportadora ({fee}): {range}',
  charges_why: 'De onde vêm esses números?',
  charges_source_line: '{source} — em {date}',
  charges_unconfirmed: 'não confirmado',
  charges_unknown: 'Não conseguimos estimar este pedido.',
  charges_unknown_no_country: 'A página não mostra o país de destino.',
  charges_unknown_no_rule: 'Não temos regras aduaneiras confiáveis para {country}.',
  charges_unknown_no_total: 'A página não mostra o total do pedido.',
  charges_unknown_no_rate: 'Não temos taxa de câmbio para esta moeda.',
  charges_unknown_near_limit: 'O total está perto demais do limite de {country} para decidir.',
  charges_unknown_per_item: 'O limite vale por item, e a página não mostra o preço de cada um.',
  charges_unknown_excluded_goods: 'Alguns itens (suplementos, remédios, tabaco) nunca entram no IVA cobrado na compra.',
  charges_unknown_formal_entry: 'Um pedido desse valor passa por uma declaração aduaneira formal.',
  charges_unknown_us_changing:
    'As regras de tarifas dos EUA mudaram várias vezes em 2025–2026; veja a linha de impostos do pedido: muitas vezes já estão pagos.',
  charges_unknown_no_rates: 'Não temos as alíquotas de {country}.',
  charges_unknown_over_duty_free:
    'Acima deste valor outros impostos se somam ao IVA; pergunte o valor à transportadora.',
  charges_pay_official: 'Pague só no site oficial: {carrier}',
  charges_pay_on_delivery: '{carrier} cobra na entrega; não há pagamento online.',
  charges_scam_title: 'Cuidado com mensagens falsas de taxa alfandegária',
  charges_scam_rule_no_link: 'Alfândega e correios nunca pedem pagamento por link em SMS.',
  charges_scam_rule_check_official:
    'Confira o valor no site ou app oficial da transportadora, digitando você mesmo o endereço.',
  charges_scam_rule_no_small_fee: 'Uma pequena “taxa de liberação” redonda com prazo de horas é golpe.',
  charges_scam_says_no_messages: '{carrier} diz que não envia e-mails nem mensagens cobrando taxas de alfândega.',
  charges_scam_says_no_direct_link: '{carrier} diz que nunca envia link direto de pagamento.',
  charges_scam_says_no_phone: '{carrier} diz que nunca liga para pedir pagamento.',
  charges_scam_says_no_bank_codes: '{carrier} diz que nunca pede código bancário de uso único nem vincular conta.',
  charges_scam_says_no_unsolicited: '{carrier} diz que nunca entra em contato do nada para pedir pagamento.',
  charges_scam_says_waybill_number:
    'Pedidos de pagamento reais da {carrier} sempre mostram o número do conhecimento de transporte.',
  charges_popup_pay: 'Pagar a alfândega: {carrier}',
} as const satisfies Translation<typeof en>;

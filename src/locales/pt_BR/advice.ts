/** pt_BR advice strings. */
import type en from '../en/advice.ts';
import type { Translation } from '../types.ts';

export default {
  advice_meaning_export_clearance:
    'O pacote está passando pela alfândega de exportação na China. É um procedimento de rotina e costuma levar um ou dois dias.',
  advice_meaning_import_received:
    'O pacote chegou à alfândega do seu país, que confere a documentação antes de liberar a entrada.',
  advice_meaning_inspection:
    'A alfândega do seu país está examinando o pacote com mais atenção. Isso é comum e costuma terminar em até uma semana. O X vermelho ao lado deste status não quer dizer que algo deu errado.',
  advice_meaning_delay:
    'A liberação está demorando mais que o normal, quase sempre porque a alfândega está sobrecarregada. O pacote não se perdeu.',
  advice_meaning_action_required:
    'A alfândega ou a transportadora precisa de algo seu antes da entrega: geralmente o pagamento de impostos de importação, às vezes um documento.',
  advice_meaning_released: 'A alfândega liberou o pacote. Ele está a caminho da transportadora local.',
  advice_meaning_returned:
    'A alfândega recusou, devolveu ou apreendeu o pacote. Ele não vai chegar até você, então peça o reembolso.',
  advice_reason_vat_not_collected:
    'Seu pedido ({total}) passa de {limit}, o valor máximo sobre o qual o imposto pode ser cobrado na compra. Acima disso, o imposto de importação (e muitas vezes uma taxa de despacho) é cobrado na chegada, e a alfândega segura o pacote até o pagamento.',
  advice_reason_vat_check:
    'Seu pedido ({total}) está abaixo de {limit}, então o imposto provavelmente foi pago na compra. Mesmo assim, a alfândega pode conferir se o pacote corresponde à declaração.',
  advice_reason_several_items:
    'O pacote tem {count, plural, one {# item} other {# itens}}. Pacotes com vários itens demoram mais para ser conferidos com a declaração.',
  advice_reason_counterfeit_check:
    'Seu pedido inclui itens da marca {brand}. A alfândega costuma verificar esses pacotes por direitos de marca, o que leva mais tempo. Isso não diz nada sobre o seu pedido.',
  advice_reason_peak_singles_day:
    'É a época de maior movimento do ano (do 11.11 até meados de janeiro): alfândegas e transportadoras lidam com muito mais pacotes que o normal.',
  advice_reason_peak_black_friday:
    'Os pedidos da Black Friday e da Cyber Monday estão chegando, por isso as filas na alfândega estão maiores que o normal.',
  advice_reason_peak_chinese_new_year:
    'O feriado do Ano Novo Chinês deixa os envios e a papelada na China mais lentos por duas a quatro semanas.',
  advice_reason_backlog_ca_holidays:
    'O Canada Post e a alfândega canadense costumam acumular atrasos nas festas de fim de ano; esperar uma ou duas semanas a mais é comum.',
  advice_reason_duties_due:
    'Pacotes para {country} acima de {limit} pagam impostos de importação na chegada ({total} neste caso). A transportadora geralmente pede o pagamento antes de entregar.',
  advice_reason_duties_due_us:
    'Os Estados Unidos não deixam mais entrar pacotes de baixo valor sem tarifas: para produtos da China e de Hong Kong desde 2 de maio de 2025, para todos os países desde 29 de agosto de 2025. Há tarifas sobre todo pacote; se elas não foram incluídas na compra, a transportadora vai pedir que você pague.',
  advice_reason_duties_every_parcel:
    'Em {country}, há imposto de importação sobre pacotes de qualquer valor. Se ele não foi pago na compra, a transportadora vai cobrá-lo de você.',
  advice_reason_prepaid_programme:
    'Os impostos de pedidos para o Brasil (imposto federal de importação e ICMS do estado) normalmente são pagos na compra pelo {programme}. Se os Correios pedirem um pagamento, confira em “Minhas Importações”, no site dos Correios, antes de pagar.',
  advice_usual_days: 'Esta etapa costuma levar de {min} a {max, plural, one {# dia} other {# dias}}.',
  advice_usual_days_busy:
    'Nesta época do ano, esta etapa costuma levar de {min} a {max, plural, one {# dia} other {# dias}}.',
  advice_usual_days_none: 'Não há o que esperar: o pacote não vai chegar até você.',
  advice_step_wait:
    'Aguarde mais um pouco: a maioria dos pacotes segue viagem em até {days, plural, one {# dia} other {# dias}}. Por enquanto você não precisa fazer nada.',
  advice_step_wait_export: 'Nada a fazer: a alfândega de exportação na China é um procedimento de rotina.',
  advice_step_watch: 'Acompanhe este pacote: o Customs Lens avisa assim que ele sair da alfândega.',
  advice_step_watch_released: 'Acompanhe este pacote para saber quando a transportadora local o receber.',
  advice_step_retrack:
    'Consulte o código no 17TRACK, no ParcelsApp ou em {carrier}: eles costumam mostrar etapas que o AliExpress não mostra.',
  advice_step_retrack_generic:
    'Consulte o código no 17TRACK ou no ParcelsApp: eles costumam mostrar etapas que o AliExpress não mostra.',
  advice_step_pay_duties:
    'Pague as taxas de importação apenas no site oficial da transportadora ou pelo aviso que ela enviou. Mensagens de texto com links de pagamento inesperados são um golpe comum.',
  advice_step_contact_seller:
    'Peça ajuda ao vendedor: ele pode cobrar a transportadora e enviar a nota fiscal à alfândega, se for preciso. Há uma mensagem pronta para enviar logo abaixo.',
  advice_step_contact_seller_extend:
    'Peça ao vendedor para estender sua proteção ao comprador (só o vendedor pode fazer isso): ela termina em {days, plural, one {# dia} other {# dias}} e o pacote ainda está na alfândega.',
  advice_step_open_dispute:
    'Abra uma disputa antes que sua proteção ao comprador termine, em {days, plural, one {# dia} other {# dias}}, e não confirme o recebimento antes de o pacote chegar. O AliExpress ainda aceita uma disputa por não recebimento até {after, plural, one {# dia} other {# dias}} depois de o pedido ser concluído, mas não conte com essa margem.',
  advice_step_open_dispute_returned: 'Abra uma disputa para receber o reembolso: o pacote não vai chegar até você.',
  advice_meaning_action_required_prepaid:
    'A transportadora ou a alfândega está pedindo algo, geralmente um pagamento. Os impostos deste pedido muito provavelmente já foram pagos na compra, então confira antes de pagar qualquer coisa.',
  advice_reason_vat_paid_platform:
    'Desde 1º de janeiro de 2025 o AliExpress cobra o IVA de {country} na compra em todos os pedidos, e a maioria dos produtos não paga imposto de importação lá. Uma cobrança de IVA na chegada é muito provavelmente uma cobrança em dobro, muitas vezes porque a etiqueta não traz o número de IVA da plataforma.',
  advice_reason_checkout_excluded:
    'Seu pedido inclui produtos que o regime de IVA na compra de {country} nunca cobre (alimentos, suplementos, álcool, tabaco, remédios): eles sempre são tributados na fronteira, qualquer que seja o valor.',
  advice_reason_flat_rate:
    'Pacotes da China para {country} pagam uma taxa única de importação de {rate} do valor (até {limit}). Se ela não foi incluída no seu pedido, a transportadora vai cobrá-la antes de entregar.',
  advice_reason_eu_flat_duty:
    'Desde 1º de julho de 2026, pacotes abaixo de {limit} pagam um imposto de importação fixo de {amount} por tipo de item. O vendedor normalmente cobra na compra junto com o IVA; se não, a transportadora pode cobrar.',
  advice_reason_handling_fee_line:
    '{country} cobra sua própria taxa de manuseio nesses pacotes ({fee} por linha de item), que a transportadora pode pedir na entrega.',
  advice_reason_handling_fee_parcel:
    '{country} cobra sua própria taxa de manuseio nesses pacotes ({fee} por pacote), que a transportadora pode pedir na entrega.',
  advice_step_contest_vat:
    'Não pague duas vezes: compare a cobrança com o IVA do seu pedido no AliExpress e, se ele já foi pago na compra, conteste a cobrança com {carrier} enviando os dados fiscais do pedido.',
} satisfies Translation<typeof en>;

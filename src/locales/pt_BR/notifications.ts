/** pt_BR notifications strings. */
import type en from '../en/notifications.ts';
import type { Translation } from '../types.ts';

export default {
  notifications_title_left_customs: 'Saiu da alfândega: {parcel}',
  notifications_title_action_required: 'A alfândega precisa de você: {parcel}',
  notifications_title_returned: 'Devolvido ou apreendido pela alfândega: {parcel}',
  notifications_title_delivered: 'Entregue: {parcel}',
  notifications_body: '{event}',
  notifications_body_where: '{event} — {place}',
  notifications_summary_title:
    'Novidades de {count, plural, one {# pacote acompanhado} other {# pacotes acompanhados}}',
  notifications_summary_more: '…e mais {count}',
  notifications_storage_full:
    'O Customs Lens ficou sem espaço no armazenamento do navegador. Pare de acompanhar pacotes de que não precisa mais ou apague dados antigos nas configurações. Nada do que foi salvo se perdeu.',
  notifications_parcel_order: 'pedido {orderId}',
  notifications_button_open: 'Abrir rastreamento',
  notifications_button_stop: 'Parar de acompanhar',
  notifications_check_too_soon:
    'Verificado há pouco. Tente de novo em {seconds, plural, one {# segundo} other {# segundos}}.',
  notifications_offline: 'Você está off-line. O Customs Lens verificará de novo quando a rede voltar.',
  notifications_tracker_paused:
    '{tracker} está pausado até {time}: o serviço pediu ao Customs Lens para ir mais devagar.',
  notifications_check_busy: 'Já há uma verificação em andamento.',
  notifications_error_network: 'Não foi possível acessar {tracker}. O Customs Lens tentará de novo mais tarde.',
  notifications_error_http: '{tracker} respondeu com um erro. O Customs Lens tentará de novo mais tarde.',
  notifications_error_rate_limited:
    '{tracker} pediu para ir mais devagar. O Customs Lens vai esperar antes de perguntar de novo.',
  notifications_error_quota: 'Sua cota do {tracker} acabou. As verificações voltam quando ela for renovada.',
  notifications_error_auth: '{tracker} não aceitou sua chave de API. Confira nas configurações.',
  notifications_error_malformed:
    '{tracker} enviou uma resposta que o Customs Lens não conseguiu ler. Nova tentativa mais tarde.',
  notifications_error_refused: '{tracker} recusou o pedido. O Customs Lens tentará de novo mais tarde.',
  notifications_error_no_key: 'Primeiro informe sua chave de API do {tracker} nas configurações.',
  notifications_key_ok: '{tracker} aceitou a chave.',
  notifications_tracker_needs_access:
    '{tracker} não foi consultado: precisa da sua permissão. Ligue-o de novo nas configurações.',
} satisfies Translation<typeof en>;

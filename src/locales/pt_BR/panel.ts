/** pt_BR panel strings (keys as in ../en/panel.ts). */
import type en from '../en/panel.ts';
import type { Translation } from '../types.ts';

export default {
  panel_label: 'Customs Lens: o que significa este status da alfândega',
  panel_days_at_customs: '{days, plural, one {# dia} other {# dias}} na alfândega',
  panel_day_at_customs: '1 dia na alfândega',
  panel_today_at_customs: 'Na alfândega desde hoje',
  panel_usual_days: 'normalmente {min}–{max, plural, one {# dia} other {# dias}}',
  panel_overdue: 'mais que o normal',
  panel_expand: 'Ver detalhes',
  panel_collapse: 'Ocultar detalhes',
  panel_dismiss: 'Ocultar o painel do Customs Lens para este pedido',
  panel_restore: 'Mostrar',
  panel_dismissed: 'Customs Lens: {stage}',
  panel_latest_status: 'Último status nesta página',
  panel_reasons_title: 'Por que isso pode estar acontecendo com este pedido',
  panel_steps_title: 'O que fazer agora',
  panel_likely: 'provável',
  panel_possible: 'possível',
  panel_retrack_title: 'Rastrear em outro lugar',
  panel_retrack_link: 'Rastrear no {name} (abre em nova aba)',
  panel_local_post: 'Correio local',
  panel_copy_message: 'Copiar uma mensagem para o vendedor',
  panel_copied: 'Copiado',
  panel_copy_failed: 'Não foi possível copiar: selecione o texto abaixo',
  panel_open_chat: 'Abrir o chat com o vendedor',
  panel_watch: 'Acompanhar este pacote',
  panel_watching: 'Acompanhando',
  panel_watch_hint: 'O Customs Lens verifica o pacote em segundo plano e avisa quando ele sair da alfândega.',
  panel_watch_failed: 'Não foi possível falar com o Customs Lens. Recarregue a página e tente de novo.',
  panel_protection_days: 'Proteção ao comprador: {days, plural, one {# dia restante} other {# dias restantes}}',
  panel_protection_soon:
    'A proteção ao comprador termina em {days, plural, one {# dia} other {# dias}}: se o pacote ainda estiver retido, abra uma disputa antes disso.',
  panel_badge_tooltip: '{stage} — abra a página de rastreio para ver a explicação',
  panel_badge_label: 'Customs Lens: {stage}. Abrir a página de rastreio deste pedido',
  panel_unread_title: 'O Customs Lens não conseguiu ler esta página',
  panel_unread_hint:
    'Nenhum histórico de rastreio foi encontrado aqui. Para relatar, copie uma descrição da estrutura da página (só nomes de classes e contagens: sem texto, sem dados do pedido ou pessoais) e cole no seu relato.',
  panel_unread_copy: 'Copiar descrição da página',
  panel_unread_copy_failed: 'Não foi possível copiar. Tente novamente.',
  panel_unread_close: 'Ocultar esta nota',
} satisfies Translation<typeof en>;

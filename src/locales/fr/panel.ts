/** fr panel strings (keys as in ../en/panel.ts). */
import type en from '../en/panel.ts';
import type { Translation } from '../types.ts';

export default {
  panel_label: 'Customs Lens : ce que signifie ce statut de douane',
  panel_days_at_customs: '{days, plural, one {# jour} other {# jours}} en douane',
  panel_day_at_customs: '1 jour en douane',
  panel_today_at_customs: 'En douane depuis aujourd’hui',
  panel_usual_days: 'd’habitude {min} à {max, plural, one {# jour} other {# jours}}',
  panel_overdue: 'plus long que d’habitude',
  panel_expand: 'Voir les détails',
  panel_collapse: 'Masquer les détails',
  panel_dismiss: 'Masquer le panneau Customs Lens pour cette commande',
  panel_restore: 'Afficher',
  panel_dismissed: 'Customs Lens : {stage}',
  panel_latest_status: 'Dernier statut sur cette page',
  panel_reasons_title: 'Pourquoi cela peut arriver à cette commande',
  panel_steps_title: 'Que faire maintenant',
  panel_likely: 'probable',
  panel_possible: 'possible',
  panel_retrack_title: 'Suivre ailleurs',
  panel_retrack_link: 'Suivre sur {name} (nouvel onglet)',
  panel_local_post: 'Poste locale',
  panel_copy_message: 'Copier un message pour le vendeur',
  panel_copied: 'Copié',
  panel_copy_failed: 'Copie impossible : sélectionnez le texte ci-dessous',
  panel_open_chat: 'Ouvrir la discussion avec le vendeur',
  panel_watch: 'Surveiller ce colis',
  panel_watching: 'Surveillé',
  panel_watch_hint: 'Customs Lens vérifie le colis en arrière-plan et vous prévient dès qu’il sort de la douane.',
  panel_watch_failed: 'Impossible de joindre Customs Lens. Rechargez la page et réessayez.',
  panel_protection_days: 'Protection acheteur : {days, plural, one {# jour restant} other {# jours restants}}',
  panel_protection_soon:
    'La protection acheteur se termine dans {days, plural, one {# jour} other {# jours}} : si le colis est toujours bloqué, ouvrez un litige avant la fin.',
  panel_badge_tooltip: '{stage} — ouvrez la page de suivi pour une explication',
  panel_badge_label: 'Customs Lens : {stage}. Ouvrir la page de suivi de cette commande',
  panel_unread_title: 'Customs Lens n’a pas pu lire cette page',
  panel_unread_hint:
    'Aucun historique de suivi trouvé ici. Pour le signaler, copiez une description de la structure de la page (noms de classes et nombres uniquement : aucun texte, aucune donnée de commande ou personnelle) et collez-la dans votre signalement.',
  panel_unread_copy: 'Copier la description de la page',
  panel_unread_copy_failed: 'Copie impossible. Réessayez.',
  panel_unread_close: 'Masquer cette note',
} satisfies Translation<typeof en>;

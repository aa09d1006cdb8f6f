/** fr popup strings. */
import type en from '../en/popup.ts';
import type { Translation } from '../types.ts';

export default {
  popup_title: 'Colis suivis',
  popup_list_label: 'Colis suivis, les plus urgents d’abord',
  popup_loading: 'Chargement…',
  popup_empty_title: 'Aucun colis suivi pour l’instant',
  popup_empty_body:
    'Ouvrez la page de suivi d’une commande AliExpress. Si le colis est en douane, Customs Lens explique pourquoi, et « Surveiller ce colis » vous prévient dès qu’il en sort.',
  popup_empty_step_open: 'Ouvrez la page de suivi d’une commande sur AliExpress.',
  popup_empty_step_watch: 'Cliquez sur « Surveiller ce colis » dans le panneau Customs Lens.',
  popup_empty_step_wait: 'Recevez une notification dès qu’il sort de la douane.',
  popup_empty_or_add: 'Ou ajoutez un numéro de suivi à la main :',
  popup_open_options: 'Paramètres',
  popup_check_all: 'Tout vérifier',
  popup_check_now: 'Vérifier',
  popup_check_now_label: 'Vérifier {number} maintenant',
  popup_checking: 'Vérification…',
  popup_check_done: 'Vérification terminée. Colis vérifiés : {count}.',
  popup_check_done_errors: 'Vérification terminée avec des problèmes. Colis vérifiés : {count}. {errors}',
  popup_check_failed: 'Vérification impossible : {error}',
  popup_open_tracking: 'Page de suivi',
  popup_open_tracking_label: 'Ouvrir la page de suivi de {number} dans un nouvel onglet',
  popup_retrack: 'Suivre ailleurs',
  popup_retrack_label: '{retrack}: {number}',
  popup_stop: 'Ne plus surveiller',
  popup_stop_label: 'Ne plus surveiller {number}',
  popup_stopped: '{name} n’est plus surveillé.',
  popup_undo: 'Annuler',
  popup_restored: '{name} est de nouveau surveillé.',
  popup_dismiss: 'Fermer',
  popup_days_at_customs: '{days} en douane',
  popup_stage_waiting: 'En attente de la première vérification',
  popup_no_events: 'Pas encore d’événement de suivi.',
  popup_last_checked: 'Vérifié {when} via {tracker}',
  popup_not_checked: 'Pas encore vérifié',
  popup_tracker_error: 'Échec de {tracker} : {error}',
  popup_tracker_retry: 'Nouvel essai {when}.',
  popup_add_open: 'Ajouter un numéro de suivi',
  popup_add_heading: 'Surveiller un colis par son numéro de suivi',
  popup_add_label: 'Numéro de suivi',
  popup_add_placeholder: 'ex. LP00123456789012',
  popup_add_title_label: 'De quoi s’agit-il ? (facultatif)',
  popup_add_title_placeholder: 'ex. Chaussures de course',
  popup_add_submit: 'Surveiller',
  popup_add_anyway: 'Surveiller quand même',
  popup_add_cancel: 'Annuler',
  popup_add_empty: 'Saisissez ou collez le numéro de suivi de la commande.',
  popup_add_invalid:
    'Ce n’est pas un numéro de suivi : utilisez les lettres et chiffres de la commande (8 à 30 caractères, sans autres symboles).',
  popup_add_unknown:
    'Customs Lens ne reconnaît pas ce format. Vérifiez-le sur la commande ; vous pouvez quand même le surveiller, mais les services de suivi risquent de ne pas le connaître.',
  popup_add_check_digit:
    'Le dernier chiffre de ce numéro postal ne correspond pas aux autres : vérifiez qu’il n’y a pas de faute de frappe. Vous pouvez quand même le surveiller.',
  popup_add_recognised: 'Format reconnu : {kind}.',
  popup_add_exists: '{number} est déjà surveillé.',
  popup_add_done: '{number} est maintenant surveillé.',
  popup_add_failed: 'Impossible d’ajouter le colis : {error}',
  popup_notice_store:
    'Customs Lens a trouvé des données enregistrées illisibles. Il en a mis une copie de côté (rien n’a été supprimé) et a repris à zéro.',
  popup_notice_parcels:
    'Certains colis suivis étaient illisibles. Ils ont été mis de côté, pas supprimés ; les autres vont bien.',
  popup_notice_dismiss: 'Compris',
  popup_error_not_ready:
    'Cette partie de Customs Lens n’est pas encore prête. Réessayez après la prochaine mise à jour.',
  popup_error_no_answer: 'L’arrière-plan de l’extension n’a pas répondu. Fermez puis rouvrez cette fenêtre.',
} satisfies Translation<typeof en>;

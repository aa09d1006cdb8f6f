/** fr notifications strings. */
import type en from '../en/notifications.ts';
import type { Translation } from '../types.ts';

export default {
  notifications_title_left_customs: 'Sorti de la douane : {parcel}',
  notifications_title_action_required: 'La douane a besoin de vous : {parcel}',
  notifications_title_returned: 'Renvoyé ou saisi par la douane : {parcel}',
  notifications_title_delivered: 'Livré : {parcel}',
  notifications_body: '{event}',
  notifications_body_where: '{event} — {place}',
  notifications_summary_title: 'Du nouveau pour {count, plural, one {# colis suivi} other {# colis suivis}}',
  notifications_summary_more: '…et {count} de plus',
  notifications_storage_full:
    "Customs Lens n'a plus de place dans le stockage du navigateur. Arrêtez de surveiller les colis dont vous n'avez plus besoin, ou effacez d'anciennes données dans les paramètres. Rien de ce qui était enregistré n'a été perdu.",
  notifications_parcel_order: 'commande {orderId}',
  notifications_button_open: 'Ouvrir le suivi',
  notifications_button_stop: 'Ne plus suivre',
  notifications_check_too_soon:
    'Vérifié il y a un instant. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
  notifications_offline: 'Vous êtes hors ligne. Customs Lens vérifiera à nouveau dès le retour du réseau.',
  notifications_tracker_paused:
    '{tracker} est en pause jusqu’à {time} : le service a demandé à Customs Lens de ralentir.',
  notifications_check_busy: 'Une vérification est déjà en cours.',
  notifications_error_network: '{tracker} est injoignable. Customs Lens réessaiera plus tard.',
  notifications_error_http: '{tracker} a répondu par une erreur. Customs Lens réessaiera plus tard.',
  notifications_error_rate_limited: '{tracker} demande de ralentir. Customs Lens attendra avant de redemander.',
  notifications_error_quota: 'Votre quota {tracker} est épuisé. Les vérifications reprendront à son renouvellement.',
  notifications_error_auth: '{tracker} n’a pas accepté votre clé d’API. Vérifiez-la dans les réglages.',
  notifications_error_malformed: '{tracker} a envoyé une réponse illisible pour Customs Lens. Nouvel essai plus tard.',
  notifications_error_refused: '{tracker} a refusé la demande. Customs Lens réessaiera plus tard.',
  notifications_error_no_key: 'Saisissez d’abord votre clé d’API {tracker} dans les réglages.',
  notifications_key_ok: '{tracker} a accepté la clé.',
  notifications_tracker_needs_access:
    '{tracker} n’a pas été interrogé : il a besoin de votre autorisation. Réactivez-le dans les paramètres.',
} satisfies Translation<typeof en>;

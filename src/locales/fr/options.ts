/** fr options strings. */
import type en from '../en/options.ts';
import type { Translation } from '../types.ts';

export default {
  options_title: 'Paramètres de Customs Lens',
  options_intro: 'Les modifications sont enregistrées aussitôt.',
  options_saving: 'Enregistrement…',
  options_saved: 'Enregistré',
  options_save_failed: 'Non enregistré : {error}',
  options_on: 'activé',
  options_off: 'désactivé',
  options_trackers: 'Services de suivi',
  options_trackers_intro:
    'Customs Lens demande à ces services des nouvelles de vos colis surveillés. Cainiao ne demande aucun compte ; 17TRACK et ParcelsApp demandent votre propre clé d’API.',
  options_tracker_use: 'Utiliser {tracker}',
  options_tracker_about_cainiao: 'Le réseau logistique d’AliExpress. Gratuit, sans clé.',
  options_tracker_about_17track:
    'Suit aussi le colis chez la poste locale. Demande une clé d’API 17TRACK (offre gratuite disponible).',
  options_tracker_about_parcelsapp:
    'Un autre service de suivi multi-transporteurs. Demande votre propre clé d’API ParcelsApp : ses conditions n’autorisent l’API qu’avec la clé de l’utilisateur, Customs Lens n’en fournit donc aucune.',
  options_key_label: 'Clé d’API {tracker}',
  options_key_show: 'Afficher',
  options_key_hide: 'Masquer',
  options_key_show_label: 'Afficher la clé d’API {tracker}',
  options_key_hide_label: 'Masquer la clé d’API {tracker}',
  options_key_note: 'Conservée uniquement sur cet ordinateur, jamais synchronisée ni partagée, sauf avec {tracker}.',
  options_key_invalid: 'Une clé se compose de lettres, chiffres et symboles sans espace (200 au plus).',
  options_key_missing: 'Ajoutez une clé pour utiliser {tracker}.',
  options_key_test: 'Tester la clé',
  options_key_testing: 'Test en cours…',
  options_key_test_ok: 'La clé fonctionne : {message}',
  options_key_test_bad: 'La clé a été refusée : {message}',
  options_key_test_failed: 'Impossible de tester la clé : {error}',
  options_key_test_empty: 'Saisissez d’abord une clé.',
  options_interval_title: 'Fréquence des vérifications',
  options_interval_label: 'Vérifier les colis surveillés',
  options_interval_every: 'toutes les {duration}',
  options_interval_recommended: 'toutes les {duration} (recommandé)',
  options_interval_note:
    'Cainiao appartient à Alibaba, qui bloque le trafic qui semble automatisé — et un blocage peut vous priver d’AliExpress lui-même. Cainiao n’est donc interrogé automatiquement qu’une fois toutes les 3 heures au plus, quel que soit l’intervalle ; « Vérifier » dans la fenêtre de l’extension reste toujours possible.',
  options_notify_title: 'Notifications',
  options_notify_intro: 'Prévenez-moi quand un colis surveillé…',
  options_notify_leftCustoms: 'sort de la douane',
  options_notify_actionRequired: 'attend quelque chose de moi (taxes, documents)',
  options_notify_returned: 'est renvoyé ou saisi par la douane',
  options_notify_delivered: 'est livré',
  options_language_title: 'Langue',
  options_language_label: 'Langue de Customs Lens',
  options_language_auto: 'Celle du navigateur ({language})',
  options_data_title: 'Vos données',
  options_data_intro: 'Tout ce que sait Customs Lens est enregistré sur cet ordinateur uniquement.',
  options_export_title: 'Exporter',
  options_export_button: 'Exporter toutes les données',
  options_export_keys: 'Inclure les clés d’API dans le fichier',
  options_export_keys_note: 'Désactivé par défaut : quiconque a le fichier pourrait utiliser vos clés.',
  options_export_done: '{file} a été enregistré dans vos téléchargements.',
  options_import_title: 'Importer',
  options_import_choose: 'Choisir un fichier…',
  options_import_intro:
    'Ajoute les colis et paramètres d’un fichier exporté. Vous voyez ce qui change avant que rien ne soit appliqué.',
  options_import_reading: 'Lecture de {file}…',
  options_import_damaged:
    '{file} est endommagé : il s’arrête avant la fin de l’export, comme s’il avait été coupé pendant l’enregistrement ou la copie. Rien n’a été modifié. Exportez à nouveau ou utilisez une autre copie.',
  options_import_held_key:
    '{tracker} reste désactivé : le fichier l’active mais ne contient pas sa clé d’API. Ajoutez la clé dans « Services de suivi » pour l’utiliser.',
  options_import_not_json:
    '{file} n’est pas un export de Customs Lens : ce n’est pas un fichier JSON. Rien n’a été modifié.',
  options_import_error_not_export: '{file} n’est pas un export de Customs Lens. Rien n’a été modifié.',
  options_import_error_newer_version:
    '{file} provient d’une version plus récente de Customs Lens. Mettez l’extension à jour, puis importez-le. Rien n’a été modifié.',
  options_import_error_unreadable: '{file} est endommagé et illisible. Rien n’a été modifié.',
  options_import_error_other: 'Impossible de lire {file} : {error}. Rien n’a été modifié.',
  options_import_preview_title: 'Ce que fera l’import de {file}',
  options_import_add: 'Nouveaux colis ({count})',
  options_import_replace: 'Colis remplacés par la version du fichier ({count})',
  options_import_unchanged: 'Colis identiques, laissés tels quels ({count})',
  options_import_settings: 'Paramètres modifiés ({count})',
  options_import_no_settings: 'Vos paramètres restent tels quels.',
  options_import_rejected: 'Non importés, car non valides ({count})',
  options_import_nothing: 'Le fichier ne contient rien de nouveau : l’importer ne change rien.',
  options_import_problem_mismatch: '{entry} : son numéro de suivi ne correspond pas au colis, ignoré.',
  options_import_problem_setting: 'Le réglage « {entry} » a une valeur du mauvais type ; il reste tel quel.',
  options_import_problem_parcel_field:
    '{entry} : ce colis est illisible (« {field} » manque ou est incorrect), ignoré.',
  options_import_problem_parcel: '{entry} : ce colis est illisible, ignoré.',
  options_import_keep_note: 'Les colis surveillés absents du fichier restent tels quels.',
  options_import_apply: 'Importer',
  options_import_cancel: 'Annuler',
  options_import_cancelled: 'Import annulé. Rien n’a été modifié.',
  options_import_done:
    'Import terminé. Nouveaux colis : {added}. Remplacés : {replaced}. Paramètres modifiés : {settings}.',
  options_change_tracker_enabled: 'Utiliser {tracker}',
  options_change_tracker_key: 'Clé d’API {tracker}',
  options_key_set: 'définie',
  options_key_empty: 'aucune',
  options_clear_title: 'Effacer toutes les données',
  options_clear_intro:
    'Arrête la surveillance de tous les colis et réinitialise tous les paramètres, clés d’API comprises.',
  options_clear_button: 'Effacer toutes les données…',
  options_clear_confirm_title: 'Effacer toutes les données de Customs Lens ?',
  options_clear_confirm_body:
    'Cela supprime de cet ordinateur vos colis surveillés ({count}), vos paramètres et vos clés d’API. C’est irréversible ; exportez d’abord si vous pourriez en avoir besoin.',
  options_clear_confirm: 'Tout supprimer',
  options_clear_cancel: 'Garder mes données',
  options_clear_done: 'Toutes les données ont été effacées.',
  options_access_note: 'L’activer demande à votre navigateur d’autoriser Customs Lens à contacter {host}.',
  options_access_asking: 'En attente de votre réponse dans la fenêtre du navigateur…',
  options_access_refused:
    '{tracker} reste désactivé : Customs Lens n’a pas été autorisé à contacter {host}. Réactivez-le et autorisez-le pour utiliser {tracker}.',
  options_access_error: '{tracker} reste désactivé : le navigateur n’a pas pu demander l’accès à {host} ({error}).',
  options_access_missing:
    '{tracker} est activé mais n’est pas interrogé : Customs Lens ne peut plus contacter {host}. Autorisez-le de nouveau pour utiliser {tracker}.',
  options_access_allow: 'Autoriser l’accès à {host}',
  options_key_turn_on:
    'Clé enregistrée. Activez « Utiliser {tracker} » pour vous en servir : votre navigateur vous demandera d’autoriser Customs Lens à contacter {host}.',
  options_import_asks_access:
    'L’import active {tracker} : votre navigateur vous demandera d’autoriser Customs Lens à contacter {host}.',
  options_import_held_access:
    '{tracker} reste désactivé : Customs Lens n’a pas été autorisé à contacter {host}. Activez-le dans « Services de suivi » pour l’utiliser.',
} satisfies Translation<typeof en>;

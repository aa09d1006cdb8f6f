/** fr advice strings. */
import type en from '../en/advice.ts';
import type { Translation } from '../types.ts';

export default {
  advice_meaning_export_clearance:
    'Le colis passe la douane à l’exportation en Chine. C’est une formalité courante qui prend en général un ou deux jours.',
  advice_meaning_import_received:
    'Le colis est arrivé à la douane de votre pays, qui vérifie les documents avant de le laisser entrer.',
  advice_meaning_inspection:
    'La douane de votre pays examine le colis de plus près. C’est fréquent et cela se termine en général en moins d’une semaine. La croix rouge à côté de ce statut ne signifie pas qu’il y a un problème.',
  advice_meaning_delay:
    'Le dédouanement prend plus de temps que d’habitude, le plus souvent parce que la douane est débordée. Le colis n’est pas perdu.',
  advice_meaning_action_required:
    'La douane ou le transporteur attend quelque chose de votre part avant de livrer : le plus souvent le paiement de taxes d’importation, parfois un document.',
  advice_meaning_released: 'La douane a laissé entrer le colis. Il est en route vers le transporteur local.',
  advice_meaning_returned:
    'La douane a refusé, renvoyé ou saisi le colis. Il ne vous parviendra pas : demandez à être remboursé.',
  advice_reason_vat_not_collected:
    'Votre commande ({total}) dépasse {limit}, le montant maximal sur lequel la TVA peut être perçue lors de l’achat. Au-delà, la TVA à l’importation (et souvent des droits et des frais de dossier) est perçue à l’arrivée : la douane retient le colis jusqu’au paiement.',
  advice_reason_vat_check:
    'Votre commande ({total}) est inférieure à {limit} : la TVA a très probablement été payée lors de l’achat. La douane peut tout de même vérifier que le colis correspond à sa déclaration.',
  advice_reason_several_items:
    'Le colis contient {count} articles. Les colis à plusieurs articles prennent plus de temps à comparer avec la déclaration.',
  advice_reason_counterfeit_check:
    'Votre commande contient des articles {brand}. La douane contrôle souvent ces colis au titre du droit des marques, ce qui prend du temps. Cela ne dit rien de votre commande elle-même.',
  advice_reason_peak_singles_day:
    'C’est la période la plus chargée de l’année (du 11.11 à la mi-janvier) : douanes et transporteurs traitent bien plus de colis que d’habitude.',
  advice_reason_peak_black_friday:
    'Les commandes du Black Friday et du Cyber Monday arrivent : les files d’attente en douane sont plus longues que d’habitude.',
  advice_reason_peak_chinese_new_year:
    'Les congés du Nouvel An chinois ralentissent les envois et les formalités côté chinois pendant deux à quatre semaines.',
  advice_reason_backlog_ca_holidays:
    'Postes Canada et la douane canadienne accumulent souvent du retard pendant les fêtes : une à deux semaines de plus sont courantes.',
  advice_reason_duties_due:
    'Les colis à destination de ce pays ({country}) d’une valeur supérieure à {limit} sont taxés à l’arrivée ({total} ici). Le transporteur vous demande en général de payer avant de livrer.',
  advice_reason_duties_due_us:
    'Depuis le 29 août 2025, les États-Unis perçoivent des droits sur chaque colis importé, quelle que soit sa valeur. S’ils n’ont pas été payés lors de l’achat, le transporteur vous les demandera.',
  advice_reason_duties_every_parcel:
    'Dans ce pays ({country}), les taxes d’importation sont dues sur les colis de toute valeur. Si elles n’ont pas été payées lors de l’achat, le transporteur vous les demandera.',
  advice_reason_prepaid_programme:
    'Les taxes des commandes vers le Brésil sont normalement payées lors de l’achat dans le cadre de {programme}. Si Correios vous demande un paiement, vérifiez-le dans « Minhas Importações » sur le site de Correios avant de payer.',
  advice_usual_days: 'Cette étape dure en général de {min} à {max} jours.',
  advice_usual_days_busy: 'À cette période de l’année, cette étape dure en général de {min} à {max} jours.',
  advice_usual_days_none: 'Il n’y a rien à attendre : le colis ne vous parviendra pas.',
  advice_step_wait:
    'Patientez encore un peu : la plupart des colis repartent dans les {days} jours. Vous n’avez rien à faire pour l’instant.',
  advice_step_wait_export: 'Rien à faire : la douane à l’exportation en Chine est une formalité courante.',
  advice_step_watch: 'Suivez ce colis : Customs Lens vous prévient dès qu’il sort de la douane.',
  advice_step_watch_released: 'Suivez ce colis pour savoir quand le transporteur local le prend en charge.',
  advice_step_retrack:
    'Cherchez le numéro sur 17TRACK, ParcelsApp ou {carrier} : ils affichent souvent des étapes qu’AliExpress ne montre pas.',
  advice_step_retrack_generic:
    'Cherchez le numéro sur 17TRACK ou ParcelsApp : ils affichent souvent des étapes qu’AliExpress ne montre pas.',
  advice_step_pay_duties:
    'Ne payez les frais d’importation que sur le site officiel du transporteur ou via l’avis qu’il vous a envoyé. Les SMS avec un lien de paiement inattendu sont une arnaque courante.',
  advice_step_contact_seller:
    'Demandez de l’aide au vendeur : il peut relancer le transporteur et fournir la facture à la douane si besoin. Un message prêt à envoyer se trouve ci-dessous.',
  advice_step_contact_seller_extend:
    'Demandez au vendeur de prolonger votre protection acheteur : elle se termine dans {days} jours et le colis est toujours en douane.',
  advice_step_open_dispute:
    'Ouvrez un litige avant la fin de votre protection acheteur, dans {days} jours, pour pouvoir être remboursé si le colis n’arrive pas.',
  advice_step_open_dispute_returned: 'Ouvrez un litige pour être remboursé : le colis ne vous parviendra pas.',
} satisfies Translation<typeof en>;

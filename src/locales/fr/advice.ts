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
    'Le colis contient {count, plural, one {# article} other {# articles}}. Les colis à plusieurs articles prennent plus de temps à comparer avec la déclaration.',
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
    'Les États-Unis ne laissent plus entrer sans droits les colis de faible valeur : pour les marchandises de Chine et de Hong Kong depuis le 2 mai 2025, pour tous les pays depuis le 29 août 2025. Des droits sont dus sur chaque colis ; s’ils n’ont pas été inclus à l’achat, le transporteur vous demandera de les payer.',
  advice_reason_duties_every_parcel:
    'Dans ce pays ({country}), les taxes d’importation sont dues sur les colis de toute valeur. Si elles n’ont pas été payées lors de l’achat, le transporteur vous les demandera.',
  advice_reason_prepaid_programme:
    'Les taxes des commandes vers le Brésil (taxe fédérale d’importation et ICMS de l’État) sont normalement payées à l’achat dans le cadre de {programme}. Si Correios demande un paiement, vérifiez-le dans « Minhas Importações » sur le site de Correios avant de payer.',
  advice_usual_days: 'Cette étape dure en général de {min} à {max, plural, one {# jour} other {# jours}}.',
  advice_usual_days_busy:
    'À cette période de l’année, cette étape dure en général de {min} à {max, plural, one {# jour} other {# jours}}.',
  advice_usual_days_none: 'Il n’y a rien à attendre : le colis ne vous parviendra pas.',
  advice_step_wait:
    'Patientez encore un peu : la plupart des colis repartent dans {days, plural, one {# jour} other {les # jours}}. Vous n’avez rien à faire pour l’instant.',
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
    'Demandez au vendeur de prolonger votre protection acheteur (seul le vendeur peut le faire) : elle se termine dans {days, plural, one {# jour} other {# jours}} et le colis est toujours en douane.',
  advice_step_open_dispute:
    'Ouvrez un litige avant la fin de votre protection acheteur, dans {days, plural, one {# jour} other {# jours}}, et ne confirmez pas la réception avant l’arrivée du colis. AliExpress accepte encore un litige pour colis non reçu jusqu’à {after, plural, one {# jour} other {# jours}} après la clôture de la commande, mais ne comptez pas sur cette marge.',
  advice_step_open_dispute_returned: 'Ouvrez un litige pour être remboursé : le colis ne vous parviendra pas.',
  advice_meaning_action_required_prepaid:
    'Le transporteur ou la douane vous demande quelque chose, le plus souvent un paiement. Les taxes de cette commande ont très probablement déjà été payées à l’achat : vérifiez avant de payer quoi que ce soit.',
  advice_reason_vat_paid_platform:
    'Depuis le 1er janvier 2025, AliExpress facture la TVA de {country} à l’achat sur toutes les commandes, et la plupart des marchandises n’y paient pas de droits de douane. Une facture de TVA à l’arrivée est très probablement une double facturation, souvent parce que l’étiquette ne porte pas le numéro de TVA de la plateforme.',
  advice_reason_checkout_excluded:
    'Votre commande contient des produits que le régime de TVA à l’achat de {country} ne couvre jamais (aliments, compléments, alcool, tabac, médicaments) : ils sont toujours taxés à la frontière, quelle que soit leur valeur.',
  advice_reason_flat_rate:
    'Les colis de Chine vers {country} paient une taxe d’importation forfaitaire de {rate} de leur valeur (jusqu’à {limit}). Si elle n’était pas comprise dans votre commande, le transporteur la demande avant de livrer.',
  advice_reason_eu_flat_duty:
    'Depuis le 1er juillet 2026, les colis de moins de {limit} doivent un droit de douane forfaitaire de {amount} par type d’article. Le vendeur le facture normalement à l’achat avec la TVA ; sinon, le transporteur peut vous le demander.',
  advice_reason_handling_fee_line:
    '{country} ajoute ses propres frais de traitement sur ces colis ({fee} par ligne d’article), que le transporteur peut demander à la livraison.',
  advice_reason_handling_fee_parcel:
    '{country} ajoute ses propres frais de traitement sur ces colis ({fee} par colis), que le transporteur peut demander à la livraison.',
  advice_step_contest_vat:
    'Ne payez pas deux fois : comparez la facture avec la TVA de votre commande AliExpress et, si elle a été payée à l’achat, contestez la facture auprès de {carrier} en lui envoyant le détail des taxes de la commande.',
} satisfies Translation<typeof en>;

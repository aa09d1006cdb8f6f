/** fr: customs charges, official payment and scam warning (see ../en/charges.ts). */
import type en from '../en/charges.ts';
import type { Translation } from '../types.ts';

export default {
  charges_title: 'Ce que vous pourriez payer',
  charges_prepaid: 'Les taxes ont été payées à la commande : vous ne devriez rien devoir de plus à l’arrivée.',
  charges_prepaid_ioss: 'AliExpress facture la TVA de {country} à la commande jusqu’à {limit} (guichet IOSS de l’UE).',
  charges_prepaid_uk_vat: 'AliExpress facture la TVA britannique à la commande jusqu’à {limit}.',
  charges_prepaid_gst: 'AliExpress facture la GST de {country} à la commande sur les articles jusqu’à {limit}.',
  charges_prepaid_voec:
    'AliExpress facture la TVA norvégienne à la commande (VOEC) sur les articles de moins de {limit} chacun.',
  charges_prepaid_ch_platform: 'Depuis 2025, AliExpress facture la TVA suisse à la commande sur toutes les commandes.',
  charges_prepaid_cl_iva: 'AliExpress facture l’IVA chilienne à la commande jusqu’à {limit}.',
  charges_prepaid_remessa_conforme:
    'Avec Remessa Conforme, la taxe d’importation et l’ICMS sont facturés à la commande jusqu’à {limit}.',
  charges_extra_flat_duty:
    'Droit de douane forfaitaire de l’UE de {fee} par type d’article ({range}), en général aussi facturé à la commande.',
  charges_extra_national_fee:
    'Frais nationaux de traitement de {fee} ({range}), qui peuvent être demandés à la livraison.',
  charges_contest:
    'Si l’on vous demande quand même de payer, ne payez pas tout de suite : comparez avec la ligne Taxes de votre commande et contestez auprès du transporteur, facture en main.',
  charges_double_ch:
    'Une facture de TVA suisse pour ce colis est très probablement une double facturation (l’étiquette n’indique pas le numéro de TVA suisse d’AliExpress) : contestez-la auprès de la Poste suisse ou du transporteur, avec la facture.',
  charges_double_eu_ioss:
    'Si le transporteur demande la TVA, le numéro IOSS n’a sans doute pas été transmis : montrez-lui la facture avec la TVA payée, ou payez et demandez au service client d’AliExpress le remboursement de la seconde TVA.',
  charges_double_uk:
    'Si Royal Mail ou un transporteur demande la TVA sur cette commande, c’est une seconde facturation : gardez la facture, contestez auprès du transporteur et demandez un remboursement à AliExpress si vous avez payé.',
  charges_nothing_due:
    'Les commandes jusqu’à {limit} ne paient pas de taxe d’importation ({country}) : celle-ci ne devrait rien devoir.',
  charges_estimate: 'Frais estimés à l’arrivée : {range}.',
  charges_fee_unknown: 'Plus les frais de dossier du transporteur, que nous ne connaissons pas.',
  charges_cautious:
    'Estimation approximative : certains chiffres ne sont pas confirmés ou sont convertis d’une autre devise.',
  charges_line_vat: 'TVA/GST {rate} : {range}',
  charges_line_duty: 'Droits de douane {rate}, selon la marchandise : {range}',
  charges_line_flat_rate: 'Taux forfaitaire d’importation {rate} : {range}',
  charges_line_fee: 'Frais du transporteur ({fee}) : {range}',
  charges_why: 'D’où viennent ces chiffres ?',
  charges_source_line: '{source} — au {date}',
  charges_unconfirmed: 'non confirmé',
  charges_unknown: 'Nous ne pouvons pas estimer cette commande.',
  charges_unknown_no_country: 'La page n’indique pas le pays de destination.',
  charges_unknown_no_rule: 'Nous n’avons pas de règles douanières fiables pour ce pays : {country}.',
  charges_unknown_no_total: 'La page n’indique pas le total de la commande.',
  charges_unknown_no_rate: 'Nous n’avons pas de taux de change pour cette devise.',
  charges_unknown_near_limit: 'Le total est trop proche du seuil ({country}) pour trancher.',
  charges_unknown_per_item: 'Le seuil s’applique par article, et la page n’indique pas le prix de chacun.',
  charges_unknown_excluded_goods:
    'Certains articles (compléments, médicaments, tabac) ne sont jamais couverts par la TVA payée à la commande.',
  charges_unknown_formal_entry: 'Une commande de ce montant passe par une déclaration en douane formelle.',
  charges_unknown_us_changing:
    'Les règles douanières américaines ont changé plusieurs fois en 2025–2026 ; regardez la ligne Taxes de votre commande : les droits sont souvent prépayés.',
  charges_unknown_no_rates: 'Nous n’avons pas les taux de taxe de ce pays : {country}.',
  charges_unknown_over_duty_free:
    'Au-delà de ce montant, d’autres taxes s’ajoutent à la TVA ; demandez le montant au transporteur.',
  charges_pay_official: 'Payez uniquement sur le site officiel : {carrier}',
  charges_pay_on_delivery: '{carrier} encaisse les frais à la livraison ; pas de paiement en ligne.',
  charges_scam_title: 'Attention aux faux messages de frais de douane',
  charges_scam_rule_no_link: 'La douane et la poste ne demandent jamais de payer via un lien dans un SMS.',
  charges_scam_rule_check_official:
    'Vérifiez le montant sur le site ou l’appli officiels du transporteur, en tapant vous-même l’adresse.',
  charges_scam_rule_no_small_fee: 'De petits « frais de déblocage » ronds à payer dans les heures, c’est une arnaque.',
  charges_scam_says_no_messages: '{carrier} indique n’envoyer aucun e-mail ni message demandant un paiement de douane.',
  charges_scam_says_no_direct_link: '{carrier} indique ne jamais envoyer de lien de paiement direct.',
  charges_scam_says_no_phone: '{carrier} indique ne jamais appeler pour demander un paiement.',
  charges_scam_says_no_bank_codes:
    '{carrier} indique ne jamais demander de code bancaire à usage unique ni de lier un compte.',
  charges_scam_says_no_unsolicited:
    '{carrier} indique ne jamais vous contacter à l’improviste pour demander un paiement.',
  charges_scam_says_waybill_number:
    'Les vraies demandes de paiement de {carrier} indiquent toujours votre numéro de lettre de transport.',
  charges_popup_pay: 'Payer la douane : {carrier}',
} as const satisfies Translation<typeof en>;

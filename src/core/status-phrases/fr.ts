/** French tracking-status vocabulary (AliExpress fr, La Poste/Colissimo, bpost, Swiss Post). */
import type { PhraseTable } from './types.ts';

export const fr: PhraseTable = {
  lang: 'fr',
  script: 'latin',
  concepts: {
    customs: ['\\bdouan', '\\bdedouan'],
    duties: [
      "\\bdroits? (?:de douane|d'importation|et taxes)\\b",
      '\\btaxes?\\b',
      '\\btva\\b',
      "\\bfrais (?:de douane|d'importation|de dedouanement)\\b",
    ],
    import: ['\\bimport'],
    export: ['\\bexport'],
    started: ['\\bcommenc', '\\bdebut', '\\bdemarr', '\\binitie'],
    processing: ['\\ben cours\\b', '\\ben attente\\b', '\\btraitement\\b', '\\bprocedure\\b'],
    arrived: ['\\barriv', '\\brecue?\\b', '\\bpris en charge\\b', '\\bremise? (?:a|aux?) (?:la )?douane'],
    // "dédouané" (cleared) is completion; "dédouanement" (clearance) is not.
    completed: [
      '\\btermine',
      '\\bachev',
      '\\bcomplet',
      '\\bfinalis',
      '\\breussi',
      '\\bavec succes\\b',
      '\\blibere',
      '\\bdedouane(?:e|s|es)?\\b',
      '\\bautoris',
      '\\bvalide',
    ],
    left: ['\\b(?:sorti|sortie|quitte) (?:de )?la douane'],
    delayed: ['\\bretard'],
    problem: [
      '\\bexception\\b',
      '\\banomalie\\b',
      '\\bechec\\b',
      '\\bechoue',
      '\\bprobleme\\b',
      '\\bincident\\b',
      '\\berreur\\b',
    ],
    inspecting: ['\\binspect', '\\bcontrol', '\\bverif', '\\bexamen\\b'],
    held: ['\\bretenue?s?\\b', '\\bbloquee?s?\\b', '\\bimmobilis', '\\ben instance\\b'],
    pay: ['\\bpaiement\\b', '\\bpayer\\b', '\\bregl(?:er|ement)\\b', '\\bimpaye'],
    documents: [
      '\\bdocument',
      '\\bjustificatif',
      '\\bfacture\\b',
      '\\binformations? (?:complementaires?|supplementaires?|requises?|manquantes?)\\b',
    ],
    returned: ['\\bretourne', '\\brenvoy', '\\brefus', '\\breexpedi', '\\bretour\\b', '\\bdetruit'],
    seized: ['\\bsaisie?s?\\b', '\\bconfisqu'],
    declaration: ['\\bdeclaration\\b'],
    warning: ['\\bsera\\b', '\\bsinon\\b', '\\bfaute de\\b'],
  },
  idioms: [['\\bnous inspectons votre (?:commande|colis)\\b', 'inspection']],
};

/** Italian tracking-status vocabulary (AliExpress it, Poste Italiane). */
import type { PhraseTable } from './types.ts';

export const it: PhraseTable = {
  lang: 'it',
  script: 'latin',
  concepts: {
    customs: ['\\bdogan', '\\bsdogan'],
    duties: ['\\bdaz(?:i|io)\\b', '\\btasse\\b', '\\biva\\b', '\\boneri\\b', '\\bdiritti doganali\\b'],
    import: ['\\bimport'],
    export: ['\\besport'],
    started: ['\\biniziat', '\\bavviat', '\\binizio\\b'],
    processing: ['\\bin corso\\b', '\\bin lavorazione\\b', '\\bin attesa\\b', '\\bin elaborazione\\b'],
    arrived: ['\\barrivat', '\\bricevut', '\\bpresa in carico\\b', '\\bconsegnat[oa] (?:alla|in) dogana'],
    // "sdoganato" (cleared) is completion; "sdoganamento" (clearance) is not.
    completed: [
      '\\bcompletat',
      '\\bterminat',
      '\\bconclus',
      '\\bsdoganat[oaie]\\b',
      '\\brilasciat',
      '\\bsvincolat',
      '\\bsuperat',
      '\\bcon successo\\b',
    ],
    left: ['\\buscit[oa] dalla dogana'],
    delayed: ['\\britard'],
    problem: ['\\beccezione\\b', '\\banomalia\\b', '\\bproblema\\b', '\\berrore\\b', '\\bfallit'],
    inspecting: ['\\bispezion', '\\bcontroll', '\\bverific', '\\baccertament'],
    held: ['\\btrattenut', '\\bbloccat', '\\bfermo\\b', '\\bgiacenza\\b'],
    pay: ['\\bpagament', '\\bpagare\\b', '\\bversare\\b'],
    documents: ['\\bdocument', '\\bfattura\\b', '\\binformazioni aggiuntive\\b'],
    returned: ['\\brestituit', '\\breso\\b', '\\brispedit', '\\brespint', '\\brifiutat', '\\bdistrutt'],
    seized: ['\\bsequestrat', '\\bconfiscat'],
    declaration: ['\\bdichiarazione\\b'],
    warning: ['\\bsara\\b', '\\baltrimenti\\b'],
  },
  idioms: [['\\bstiamo ispezionando il tuo ordine\\b', 'inspection']],
  nothingToPay: [
    '\\bgia (?:pagat|saldat)',
    '\\b(?:dazi|tasse|iva) (?:gia )?pagat',
    '\\bnulla da pagare\\b',
    '\\besent[ei] da',
  ],
};

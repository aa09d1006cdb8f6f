/** Turkish tracking-status vocabulary (AliExpress tr, PTT). Normalised: "ı"→i, "ş"→s, "ğ"→g, "ü"→u. */
import type { PhraseTable } from './types.ts';

export const tr: PhraseTable = {
  lang: 'tr',
  script: 'latin',
  concepts: {
    // "gümrük" becomes "gümrüğe", "gümrükte": the k softens to ğ.
    customs: ['\\bgumru[kg]'],
    duties: ['\\bvergi', '\\bkdv\\b', '\\bharc'],
    import: ['\\bithal'],
    export: ['\\bihra'],
    started: ['\\bbasla'],
    processing: ['\\bdevam ediyor\\b', '\\bbekl(?:iyor|emede)\\b', '\\bislemde\\b'],
    arrived: ['\\bulast', '\\bvard', '\\bgeld', '\\bteslim alind'],
    completed: ['\\btamamland', '\\bserbest birakild', '\\bbasari', '\\bbitti\\b', '\\bonaylan'],
    left: ['\\bgumrukten cikt'],
    delayed: ['\\bgecik'],
    problem: ['\\bsorun', '\\bhata\\b', '\\bistisna\\b', '\\bbasarisiz'],
    inspecting: ['\\bincelen', '\\bkontrol', '\\bmuayene', '\\bdenetim'],
    held: ['\\balikon', '\\bbeklet', '\\btutuluyor'],
    pay: ['\\bodeme', '\\bodeyin\\b'],
    documents: ['\\bbelge', '\\bevrak', '\\bfatura'],
    returned: ['\\biade\\b', '\\bgeri gonderil', '\\breddedil', '\\bimha'],
    seized: ['\\bel kon', '\\bmusadere'],
    declaration: ['\\bbeyan'],
  },
  nothingToPay: ['\\bodenmis\\b', '\\bodendi\\b', '\\bmuaf\\b'],
};

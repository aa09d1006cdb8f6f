/** Polish tracking-status vocabulary (AliExpress pl, Poczta Polska, InPost). */
import type { PhraseTable } from './types.ts';

export const pl: PhraseTable = {
  lang: 'pl',
  script: 'latin',
  concepts: {
    // "cło" normalises to "clo"; "celny/celna/celnej…" share "celn"; "odprawa/odprawę…" share "odpraw".
    customs: ['\\bceln', '\\bcl(?:o|a|em|u)\\b', '\\bodpraw'],
    duties: ['\\bpodat', '\\bvat\\b', '\\bnaleznosc'],
    import: ['\\bprzywoz', '\\bimport'],
    export: ['\\bwywoz', '\\beksport'],
    started: ['\\brozpocz'],
    processing: ['\\bw trakcie\\b', '\\boczekuj', '\\bprzetwarz', '\\btrwa\\b'],
    arrived: ['\\bdotarl', '\\bprzyjet', '\\bprzekazan', '\\botrzyman', '\\bnadeszl'],
    completed: ['\\bzakoncz', '\\bzwolnion', '\\bukonczon', '\\bpomysln', '\\bodprawion', '\\bsukces'],
    left: ['\\bopuscil'],
    delayed: ['\\bopozni', '\\bzwlok'],
    problem: ['\\bwyjat', '\\bproblem', '\\bniepowodz', '\\bblad\\b', '\\bnieprawidlow'],
    inspecting: ['\\bkontrol', '\\bsprawdz', '\\bweryfik', '\\brewizj', '\\bbadan'],
    held: ['\\bzatrzyman', '\\bwstrzyman'],
    pay: ['\\boplat', '\\bzaplac', '\\bplatnos', '\\bdo zaplaty\\b', '\\buiszcz'],
    documents: ['\\bdokument', '\\bfaktur', '\\bdodatkow(?:e|ych) (?:informacj|dan)'],
    returned: ['\\bzwrocon', '\\bzwrot', '\\bodeslan', '\\bodmow', '\\bodrzucon', '\\bzniszczon'],
    seized: ['\\bskonfiskow', '\\bzajet', '\\bkonfiskat'],
    declaration: ['\\bdeklarac', '\\bzgloszeni'],
    warning: ['\\bzostanie\\b', '\\bw przeciwnym razie\\b'],
  },
  idioms: [['\\bsprawdzamy (?:twoje|twoja) (?:zamowienie|przesylk)', 'inspection']],
  nothingToPay: [
    '\\b(?:clo|oplat[ay]|podatek|vat|naleznosci)(?: celne)? (?:zostal[oay]? |sa )?(?:juz )?(?:oplacon|zaplacon|uiszczon)',
    '\\bjuz (?:oplacon|zaplacon)',
    '\\bbrak (?:oplat|naleznosci|cla)\\b',
    '\\bnic do zaplaty\\b',
    '\\bzwolnion[aey]? (?:z|od) (?:cla|oplat|podatku)\\b',
    '\\bplatnosc (?:potwierdzona|otrzymana|zaksiegowana)\\b',
  ],
};

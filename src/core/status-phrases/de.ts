/** German tracking-status vocabulary (AliExpress de, DHL/Deutsche Post, Austrian and Swiss Post). */
import type { PhraseTable } from './types.ts';

export const de: PhraseTable = {
  lang: 'de',
  script: 'latin',
  concepts: {
    // German compounds hide the word: Zollabfertigung, Importverzollung, Einfuhrzoll, verzollt.
    customs: ['zoll'],
    duties: [
      'abgaben\\b',
      '\\beinfuhrumsatzsteuer',
      '\\bmwst\\b',
      '\\bmehrwertsteuer',
      '\\bsteuern?\\b',
      'gebuhren?\\b',
    ],
    import: ['\\bimport', '\\beinfuhr'],
    export: ['\\bexport', '\\bausfuhr'],
    started: ['\\bbegonnen\\b', '\\bgestartet\\b', '\\beingeleitet\\b', '\\bbeginn\\b'],
    processing: ['\\bbearbeit', '\\blauft\\b', '\\bwartet\\b', '\\bausstehend\\b'],
    arrived: ['\\bangekommen\\b', '\\beingetroffen\\b', '\\bubergeben\\b', '\\beingang\\b', '\\bzugefuhrt\\b'],
    completed: [
      '\\babgeschlossen\\b',
      '\\bbeendet\\b',
      '\\berfolgreich\\b',
      '\\bfreigegeben\\b',
      '\\b(?<!wird )verzollt\\b',
      '\\bfreigabe\\b',
      '\\berledigt\\b',
    ],
    left: ['\\bzoll verlassen\\b', '\\bverlasst den zoll\\b'],
    delayed: ['\\bverzoger'],
    problem: ['\\bausnahme\\b', '\\bproblem', '\\bfehlgeschlagen\\b', '\\bfehler\\b', '\\bstorung\\b'],
    inspecting: [
      'prufung\\b',
      '\\bgepruft\\b',
      '\\buberpruf',
      'kontroll',
      '\\binspektion\\b',
      '\\bbeschau\\b',
      '\\buntersuch',
    ],
    held: ['\\bangehalten\\b', '\\bzuruckgehalten\\b', '\\bfestgehalten\\b', '\\beinbehalten\\b', '\\baufgehalten\\b'],
    pay: ['\\bzahlung', '\\bbezahl', '\\bzahlen\\b', '\\bentricht'],
    documents: [
      '\\bdokument',
      '\\bunterlagen\\b',
      '\\brechnung\\b',
      '\\bnachweis',
      '\\bweitere (?:informationen|angaben)\\b',
    ],
    returned: [
      '\\bzuruckgesendet\\b',
      '\\bzuruckgeschickt\\b',
      '\\bruck(?:sendung|versand|gesandt)',
      '\\bretour',
      '\\babgelehnt\\b',
      '\\bzuruckgewiesen\\b',
      '\\bvernichtet\\b',
    ],
    seized: ['\\bbeschlagnahm', '\\bsichergestellt\\b', '\\beingezogen\\b'],
    declaration: ['zollanmeldung\\b', 'zollinhaltserklarung\\b', '\\banmeldung\\b', '\\berklarung\\b'],
    warning: ['\\bwird\\b', '\\bandernfalls\\b', '\\bsonst\\b'],
  },
  idioms: [
    ['\\bwir (?:prufen|uberprufen) (?:ihre|deine) (?:bestellung|sendung)\\b', 'inspection'],
    // DHL: "Die für die Auslieferung der Sendung erforderlichen Daten liegen nicht vor. Die Sendung wird
    // zurückgestellt." — for parcels from outside the EU, the electronic customs data is missing.
    ['\\berforderlichen daten liegen nicht vor\\b', 'delay'],
  ],
  nothingToPay: [
    '\\bbereits (?:bezahlt|entrichtet|beglichen)\\b',
    '\\b(?:abgaben|zoll|zollgebuhren|steuern|gebuhren|einfuhrumsatzsteuer) (?:wurden |wurde |sind )?(?:bereits )?(?:bezahlt|entrichtet|beglichen)\\b',
    '\\bkeine (?:zoll)?(?:abgaben|gebuhren|kosten|steuern|zahlung) (?:zu (?:be)?zahlen|fallig|erforderlich)\\b',
    '\\bnichts zu (?:be)?zahlen\\b',
    '\\bzahlung (?:eingegangen|erhalten|bestatigt)\\b',
    '\\babgabenfrei\\b',
  ],
};

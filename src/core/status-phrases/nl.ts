/** Dutch tracking-status vocabulary (AliExpress nl, PostNL, bpost). */
import type { PhraseTable } from './types.ts';

export const nl: PhraseTable = {
  lang: 'nl',
  script: 'latin',
  concepts: {
    customs: ['\\bdouane', 'inklar', 'ingeklaard\\b', 'uitklar', 'uitgeklaard\\b'],
    duties: ['\\binvoerrechten\\b', '\\bbtw\\b', '\\bheffingen\\b', '\\bbelasting'],
    import: ['\\bimport', '\\binvoer'],
    export: ['\\bexport', '\\buitvoer', '\\buitklar', '\\buitgeklaard\\b'],
    started: ['\\bgestart\\b', '\\bbegonnen\\b'],
    processing: ['\\bin behandeling\\b', '\\bwordt verwerkt\\b', '\\bverwerking\\b', '\\bin afwachting\\b'],
    arrived: ['\\baangekomen\\b', '\\bontvangen\\b', '\\baangeboden\\b'],
    completed: [
      '\\bvoltooid\\b',
      '\\bafgerond\\b',
      '\\bvrijgegeven\\b',
      '\\bingeklaard\\b',
      '\\bgeslaagd\\b',
      '\\bsucces',
      '\\bgereed\\b',
    ],
    left: ['\\bdouane verlaten\\b'],
    delayed: ['\\bvertraag', '\\bvertraging\\b'],
    problem: ['\\buitzondering\\b', '\\bprobleem\\b', '\\bmislukt\\b', '\\bfout\\b'],
    inspecting: ['\\bcontrole\\b', '\\bgecontroleerd\\b', '\\binspectie\\b', '\\bonderzo'],
    held: ['\\bvastgehouden\\b', '\\btegengehouden\\b', '\\bgeblokkeerd\\b'],
    pay: ['\\bbetal', '\\bte betalen\\b'],
    documents: ['\\bdocument', '\\bfactuur\\b', '\\baanvullende (?:informatie|gegevens)\\b'],
    returned: ['\\bgeretourneerd\\b', '\\bretour', '\\bteruggestuurd\\b', '\\bgeweigerd\\b', '\\bvernietigd\\b'],
    seized: ['\\bin beslag genomen\\b', '\\bgeconfisqueerd\\b'],
    declaration: ['\\baangifte\\b'],
    warning: ['\\bwordt (?:geretourneerd|teruggestuurd)\\b', '\\banders\\b'],
  },
  nothingToPay: [
    '\\b(?:al|reeds) betaald\\b',
    '\\bniets te betalen\\b',
    '\\bgeen (?:kosten|invoerrechten|btw|heffingen) (?:te betalen|verschuldigd)\\b',
  ],
};
